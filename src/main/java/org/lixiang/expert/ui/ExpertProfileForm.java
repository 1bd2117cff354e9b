package org.lixiang.expert.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.shared.Registration;
import java.time.LocalDate;
import java.util.EnumSet;
import org.lixiang.base.InvalidInputException;
import org.lixiang.base.ResearchField;
import org.lixiang.base.ui.FieldErrors;
import org.lixiang.expert.ExpertProfileDraft;
import org.lixiang.expert.ExpertTitle;

/**
 * An expert's profile: fields, title, keywords, availability, reviews at once, conflicts. A plain
 * component that fires {@link SaveEvent}; the view calls the service and hands problems back.
 */
class ExpertProfileForm extends FormLayout {

    enum Availability { ACTIVE, PAUSED }

    final MultiSelectComboBox<ResearchField> fields = new MultiSelectComboBox<>();
    final Select<ExpertTitle> title = new Select<>();
    final TextArea keywords = new TextArea();
    final RadioButtonGroup<Availability> availability = new RadioButtonGroup<>();
    final DatePicker pausedUntil = new DatePicker();
    final IntegerField maxReviews = new IntegerField();
    final NameList conflictOrganizations;
    final NameList conflictPeople;
    final Button save = new Button();
    private final FieldErrors errors = new FieldErrors(this);

    /** {@code today} is the first day a pause may end. */
    ExpertProfileForm(LocalDate today) {
        fields.setLabel(getTranslation("expert.fields"));
        fields.setItems(ResearchField.values());
        fields.setItemLabelGenerator(f -> getTranslation(f.labelKey()));
        fields.setId("expert-fields");
        title.setLabel(getTranslation("expert.title"));
        title.setItems(ExpertTitle.values());
        title.setItemLabelGenerator(t -> t == null ? "" : getTranslation(t.labelKey()));
        title.setId("expert-title");
        keywords.setLabel(getTranslation("expert.keywords"));
        keywords.setHelperText(getTranslation("expert.keywordsHelp"));
        keywords.setMaxLength(500);
        keywords.setId("expert-keywords");
        availability.setLabel(getTranslation("expert.availability"));
        availability.setItems(Availability.values());
        availability.setItemLabelGenerator(a -> getTranslation("expert.availability." + a.name()));
        availability.setValue(Availability.ACTIVE);
        availability.addValueChangeListener(e -> showPauseDate());
        availability.setId("expert-availability");
        pausedUntil.setLabel(getTranslation("expert.pausedUntil"));
        pausedUntil.setHelperText(getTranslation("expert.pausedUntilHelp"));
        pausedUntil.setMin(today);
        pausedUntil.setId("expert-paused-until");
        maxReviews.setLabel(getTranslation("expert.maxReviews"));
        maxReviews.setHelperText(getTranslation("expert.maxReviewsHelp"));
        maxReviews.setMin(1);
        maxReviews.setMax(50);
        maxReviews.setStepButtonsVisible(true);
        maxReviews.setId("expert-max-reviews");
        conflictOrganizations = new NameList(getTranslation("expert.conflictOrganizations"),
                getTranslation("expert.addConflictOrganization"),
                getTranslation("expert.conflictOrganizationPlaceholder"), 200);
        conflictOrganizations.setId("expert-conflict-organizations");
        conflictPeople = new NameList(getTranslation("expert.conflictPeople"),
                getTranslation("expert.addConflictPerson"), getTranslation("expert.conflictPersonPlaceholder"), 50);
        conflictPeople.setId("expert-conflict-people");

        save.setText(getTranslation("expert.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setDisableOnClick(true);
        save.addClickListener(e -> fireEvent(new SaveEvent(this)));
        save.setId("expert-save");

        errors.bind("fields", fields).bind("title", title).bind("keywords", keywords)
                .bind("pausedUntil", pausedUntil).bind("maxConcurrentReviews", maxReviews)
                .bind("conflictOrganizations", conflictOrganizations).bind("conflictPeople", conflictPeople);

        add(fields, title);
        add(keywords, 2);
        add(availability, pausedUntil, maxReviews);
        add(new H4(getTranslation("expert.conflicts")), 2);
        add(conflictOrganizations, conflictPeople);
        add(save, 2);
        setValue(ExpertProfileDraft.empty());
    }

    void setValue(ExpertProfileDraft d) {
        fields.setValue(d.fields());
        title.setValue(d.title());
        keywords.setValue(d.keywords() == null ? "" : d.keywords());
        availability.setValue(d.paused() ? Availability.PAUSED : Availability.ACTIVE);
        pausedUntil.setValue(d.pausedUntil());
        maxReviews.setValue(d.maxConcurrentReviews());
        conflictOrganizations.setValues(d.conflictOrganizations());
        conflictPeople.setValues(d.conflictPeople());
        showPauseDate();
    }

    ExpertProfileDraft value() {
        boolean paused = availability.getValue() == Availability.PAUSED;
        return new ExpertProfileDraft(fields.getValue().isEmpty() ? EnumSet.noneOf(ResearchField.class)
                : EnumSet.copyOf(fields.getValue()), title.getValue(), keywords.getValue(), paused,
                paused ? pausedUntil.getValue() : null, maxReviews.getValue(),
                conflictOrganizations.values(), conflictPeople.values());
    }

    private void showPauseDate() {
        pausedUntil.setVisible(availability.getValue() == Availability.PAUSED);
    }

    /** Also shows a problem about a field outside the form (the officer's pick of the user). */
    void bind(String field, HasValidation component) {
        errors.bind(field, component);
    }

    void showProblems(InvalidInputException e) {
        errors.show(e);
        save.setEnabled(true);
    }

    /** After a save (done, or refused for another reason): clears the marks, the button works again. */
    void saved() {
        errors.clear();
        save.setEnabled(true);
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    /** The user asked to save the profile. */
    static class SaveEvent extends ComponentEvent<ExpertProfileForm> {
        SaveEvent(ExpertProfileForm source) {
            super(source, false);
        }
    }
}
