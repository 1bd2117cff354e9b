package org.lixiang.call.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import org.lixiang.base.InvalidInputException;
import org.lixiang.base.ResearchField;
import org.lixiang.base.ui.FieldErrors;
import org.lixiang.call.AggregationRule;
import org.lixiang.call.CallDraft;
import org.lixiang.call.Programme;

/**
 * A call's text, dates, budget limits, scoring template and review rules. A plain component: it
 * fires {@link SaveEvent} and {@link PublishEvent}; the view calls the service and hands the
 * problems back, which appear next to their fields. Times are entered in the server's zone.
 */
class CallForm extends FormLayout {

    final TextField name = new TextField();
    final IntegerField year = new IntegerField();
    final Select<Programme> programme = new Select<>();
    final CheckboxGroup<ResearchField> fields = new CheckboxGroup<>();
    final TextArea description = new TextArea();
    final DateTimePicker opensAt = new DateTimePicker();
    final DateTimePicker closesAt = new DateTimePicker();
    final BigDecimalField maxBudget = new BigDecimalField();
    final BigDecimalField envelope = new BigDecimalField();
    final DatePicker projectEarliestStart = new DatePicker();
    final DatePicker projectLatestEnd = new DatePicker();
    final CriteriaEditor criteria = new CriteriaEditor();
    final IntegerField expertsPerProposal = new IntegerField();
    final Select<AggregationRule> aggregationRule = new Select<>();
    final IntegerField reviewDays = new IntegerField();
    final IntegerField publicityDays = new IntegerField();
    final BigDecimalField divergenceThreshold = new BigDecimalField();
    final Checkbox blindReview = new Checkbox();
    final Button save = new Button();
    final Button publish = new Button();
    private final ZoneId zone;

    CallForm(ZoneId zone) {
        this.zone = zone;
        name.setLabel(getTranslation("callForm.name"));
        name.setMaxLength(200);
        year.setLabel(getTranslation("call.year"));
        year.setStepButtonsVisible(true);
        programme.setLabel(getTranslation("call.programme"));
        programme.setItems(Programme.values());
        programme.setItemLabelGenerator(p -> p == null ? "" : getTranslation(p.labelKey()));
        fields.setLabel(getTranslation("call.fields"));
        fields.setItems(ResearchField.values());
        fields.setItemLabelGenerator(f -> getTranslation(f.labelKey()));
        description.setLabel(getTranslation("callForm.description"));
        description.setHelperText(getTranslation("callForm.descriptionHelp"));
        description.setMaxLength(20000);
        description.setMinHeight("12em");
        opensAt.setLabel(getTranslation("call.opensAt"));
        closesAt.setLabel(getTranslation("call.closesAt"));
        maxBudget.setLabel(getTranslation("call.maxBudget"));
        envelope.setLabel(getTranslation("call.envelope"));
        for (BigDecimalField amount : List.of(maxBudget, envelope)) {
            amount.setHelperText(getTranslation("callForm.yuan"));
        }
        projectEarliestStart.setLabel(getTranslation("call.projectEarliestStart"));
        projectLatestEnd.setLabel(getTranslation("call.projectLatestEnd"));
        projectEarliestStart.setHelperText(getTranslation("callForm.optional"));
        projectLatestEnd.setHelperText(getTranslation("callForm.optional"));
        projectEarliestStart.setClearButtonVisible(true);
        projectLatestEnd.setClearButtonVisible(true);
        expertsPerProposal.setLabel(getTranslation("call.expertsPerProposal"));
        expertsPerProposal.setHelperText(getTranslation("callForm.expertsHelp"));
        expertsPerProposal.setStepButtonsVisible(true);
        aggregationRule.setLabel(getTranslation("call.aggregationRule"));
        aggregationRule.setItems(AggregationRule.values());
        aggregationRule.setItemLabelGenerator(r -> r == null ? "" : getTranslation(r.labelKey()));
        reviewDays.setLabel(getTranslation("call.reviewDays"));
        publicityDays.setLabel(getTranslation("call.publicityDays"));
        publicityDays.setHelperText(getTranslation("callForm.publicityHelp"));
        divergenceThreshold.setLabel(getTranslation("call.divergenceThreshold"));
        divergenceThreshold.setHelperText(getTranslation("callForm.divergenceHelp"));
        blindReview.setLabel(getTranslation("call.blindReview"));

        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setDisableOnClick(true);
        save.addClickListener(e -> fireEvent(new SaveEvent(this)));
        save.setId("save-call");
        publish.setText(getTranslation("callEditor.publish"));
        publish.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        publish.setDisableOnClick(true);
        publish.addClickListener(e -> fireEvent(new PublishEvent(this)));
        publish.setId("publish-call");
        name.setId("call-name");

        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 2));
        add(name, 2);
        add(year, programme);
        add(fields, 2);
        add(description, 2);
        add(opensAt, closesAt, maxBudget, envelope, projectEarliestStart, projectLatestEnd);
        add(new H3(getTranslation("callForm.scoring")), 2);
        add(criteria, 2);
        add(new H3(getTranslation("callForm.reviewRules")), 2);
        add(expertsPerProposal, aggregationRule, reviewDays, publicityDays, divergenceThreshold);
        add(new Span(), blindReview);
        add(new HorizontalLayout(save, publish), 2);
    }

    void setValue(CallDraft d) {
        name.setValue(d.name() == null ? "" : d.name());
        year.setValue(d.year());
        programme.setValue(d.programme());
        fields.setValue(d.fields() == null ? EnumSet.noneOf(ResearchField.class) : d.fields());
        description.setValue(d.description() == null ? "" : d.description());
        opensAt.setValue(local(d.opensAt()));
        closesAt.setValue(local(d.closesAt()));
        maxBudget.setValue(d.maxBudget());
        envelope.setValue(d.envelope());
        projectEarliestStart.setValue(d.projectEarliestStart());
        projectLatestEnd.setValue(d.projectLatestEnd());
        criteria.setValue(d.criteria() == null ? List.of() : d.criteria());
        expertsPerProposal.setValue(d.expertsPerProposal());
        aggregationRule.setValue(d.aggregationRule());
        reviewDays.setValue(d.reviewDays());
        publicityDays.setValue(d.publicityDays());
        divergenceThreshold.setValue(d.divergenceThreshold());
        blindReview.setValue(d.blindReview());
    }

    CallDraft value() {
        return new CallDraft(name.getValue(), year.getValue(), programme.getValue(),
                fields.getValue().isEmpty() ? EnumSet.noneOf(ResearchField.class) : EnumSet.copyOf(fields.getValue()),
                description.getValue(), instant(opensAt.getValue()), instant(closesAt.getValue()),
                maxBudget.getValue(), envelope.getValue(), projectEarliestStart.getValue(),
                projectLatestEnd.getValue(), criteria.getValue(), expertsPerProposal.getValue(),
                aggregationRule.getValue(), publicityDays.getValue(), reviewDays.getValue(), blindReview.getValue(),
                divergenceThreshold.getValue());
    }

    /** Rules fixed (proposals exist): everything read-only, nothing to save. */
    void setLocked(boolean locked) {
        for (HasValue<?, ?> field : List.<HasValue<?, ?>>of(name, year, programme, fields, description, opensAt,
                closesAt, maxBudget, envelope, projectEarliestStart, projectLatestEnd, expertsPerProposal,
                aggregationRule, reviewDays, publicityDays, divergenceThreshold, blindReview)) {
            field.setReadOnly(locked);
        }
        criteria.setReadOnly(locked);
        save.setVisible(!locked);
    }

    /** Shows each problem next to its field (criteria rows included) and lets the user try again. */
    void showProblems(InvalidInputException e) {
        errors().show(e);
        enableButtons();
    }

    void clearProblems() {
        errors().clear();
    }

    void enableButtons() {
        save.setEnabled(true);
        publish.setEnabled(true);
    }

    /** Built on demand: the criteria rows change as the user adds and removes them. */
    private FieldErrors errors() {
        FieldErrors errors = new FieldErrors(this);
        errors.bind("name", name).bind("year", year).bind("programme", programme).bind("fields", fields)
                .bind("description", description).bind("opensAt", opensAt).bind("closesAt", closesAt)
                .bind("maxBudget", maxBudget).bind("envelope", envelope)
                .bind("projectEarliestStart", projectEarliestStart).bind("projectLatestEnd", projectLatestEnd)
                .bind("expertsPerProposal", expertsPerProposal).bind("aggregationRule", aggregationRule)
                .bind("reviewDays", reviewDays).bind("publicityDays", publicityDays)
                .bind("divergenceThreshold", divergenceThreshold);
        criteria.bindTo(errors);
        return errors;
    }

    private LocalDateTime local(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, zone);
    }

    private Instant instant(LocalDateTime local) {
        return local == null ? null : local.atZone(zone).toInstant();
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    Registration addPublishListener(ComponentEventListener<PublishEvent> listener) {
        return addListener(PublishEvent.class, listener);
    }

    /** The officer asked to save the call. */
    static class SaveEvent extends ComponentEvent<CallForm> {
        SaveEvent(CallForm source) {
            super(source, false);
        }
    }

    /** The officer asked to save and publish the call. */
    static class PublishEvent extends ComponentEvent<CallForm> {
        PublishEvent(CallForm source) {
            super(source, false);
        }
    }
}
