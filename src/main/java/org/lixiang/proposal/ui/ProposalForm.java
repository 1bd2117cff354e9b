package org.lixiang.proposal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.lixiang.base.InvalidInputException;
import org.lixiang.base.ResearchField;
import org.lixiang.base.ui.FieldErrors;
import org.lixiang.call.CallDetails;
import org.lixiang.proposal.ProposalContent;

/**
 * The proposal's content as the applicant edits it: a plain component with no service calls,
 * so it can be tested on its own; the view saves and submits what {@link #value()} returns.
 */
public class ProposalForm extends VerticalLayout {

    final TextField title = new TextField();
    final Select<ResearchField> field = new Select<>();
    final DatePicker startDate = new DatePicker();
    final DatePicker endDate = new DatePicker();
    final TextArea summary = new TextArea();
    final TextArea objectives = new TextArea();
    final TextArea outcomes = new TextArea();
    final RowsEditor<TeamRow, ProposalContent.Member> team;
    final RowsEditor<AvoidedRow, ProposalContent.Avoided> avoided;
    final BudgetTable budget;
    final Checkbox declaration = new Checkbox();
    final ErrorLine budgetError = new ErrorLine("budget-error");
    final ErrorLine declarationError = new ErrorLine("declaration-error");
    private final FieldErrors errors = new FieldErrors(this);

    public ProposalForm(CallDetails call) {
        setPadding(false);
        title.setLabel(getTranslation("proposal.title"));
        title.setMaxLength(200);
        title.setWidthFull();
        title.setId("proposal-title");
        field.setLabel(getTranslation("proposal.field"));
        field.setItems(call.fields());
        field.setItemLabelGenerator(f -> getTranslation(f.labelKey()));
        field.setId("proposal-field");
        startDate.setLabel(getTranslation("proposal.startDate"));
        endDate.setLabel(getTranslation("proposal.endDate"));
        startDate.setId("proposal-start");
        endDate.setId("proposal-end");
        if (call.projectEarliestStart() != null) {
            startDate.setMin(call.projectEarliestStart());
        }
        if (call.projectLatestEnd() != null) {
            endDate.setMax(call.projectLatestEnd());
        }
        area(summary, "proposal.summary", 2000, "proposal-summary");
        area(objectives, "proposal.objectives", 20000, "proposal-objectives");
        area(outcomes, "proposal.outcomes", 10000, "proposal-outcomes");

        team = new RowsEditor<>(getTranslation("proposal.addMember"), 30,
                () -> new TeamRow(new ProposalContent.Member("", "", "", "", false)), TeamRow::new);
        team.setId("proposal-team");
        avoided = new RowsEditor<>(getTranslation("proposal.addAvoided"), ProposalContent.MAX_AVOIDED,
                () -> new AvoidedRow(new ProposalContent.Avoided("", "", "")), AvoidedRow::new);
        avoided.setId("proposal-avoided");
        budget = new BudgetTable(call.maxBudget());
        declaration.setLabel(getTranslation("proposal.declaration"));
        declaration.setId("proposal-declaration");

        FormLayout basics = new FormLayout(title, field, startDate, endDate);
        basics.setColspan(title, 2);
        add(new H3(getTranslation("proposal.section.basics")), basics,
                new H3(getTranslation("proposal.section.content")), summary, objectives, outcomes,
                new H3(getTranslation("proposal.team")), team,
                new H3(getTranslation("proposal.avoidedExperts")), avoided,
                new H3(getTranslation("proposal.budget")), budget, budgetError, declaration, declarationError);

        errors.bind("title", title).bind("field", field).bind("startDate", startDate).bind("endDate", endDate)
                .bind("summary", summary).bind("objectives", objectives).bind("outcomes", outcomes)
                .bind("team", team).bind("avoidedExperts", avoided).bind("budget", budgetError)
                .bind("declaration", declarationError);
        budget.bind(errors);
    }

    private void area(TextArea area, String key, int max, String id) {
        area.setLabel(getTranslation(key));
        area.setMaxLength(max);
        area.setWidthFull();
        area.setMinHeight("6em");
        area.setValueChangeMode(ValueChangeMode.LAZY);
        area.setHelperText(getTranslation("proposal.chars", 0, max));
        area.addValueChangeListener(e -> area.setHelperText(
                getTranslation("proposal.chars", e.getValue().length(), max)));
        area.setId(id);
    }

    public void setValue(ProposalContent c) {
        title.setValue(c.title());
        field.setValue(c.field());
        startDate.setValue(c.startDate());
        endDate.setValue(c.endDate());
        summary.setValue(c.summary());
        objectives.setValue(c.objectives());
        outcomes.setValue(c.outcomes());
        team.setValues(c.team());
        avoided.setValues(c.avoidedExperts());
        budget.setValue(c.budget());
        declaration.setValue(c.declarationAccepted());
    }

    public ProposalContent value() {
        return new ProposalContent(title.getValue(), field.getValue(), summary.getValue(), objectives.getValue(),
                outcomes.getValue(), startDate.getValue(), endDate.getValue(), team.values(), avoided.values(),
                budget.value(), declaration.getValue());
    }

    public void clearProblems() {
        errors.clear();
    }

    public void showProblems(InvalidInputException e) {
        errors.show(e);
    }

    /** A team member row: name, organization, title, role; the lead (the applicant) cannot be removed. */
    static final class TeamRow implements RowsEditor.Row<ProposalContent.Member> {
        final TextField name = new TextField();
        final TextField organization = new TextField();
        final TextField title = new TextField();
        final TextField role = new TextField();
        private final boolean lead;
        private final HorizontalLayout layout;

        TeamRow(ProposalContent.Member m) {
            lead = m.lead();
            name.setValue(m.name() == null ? "" : m.name());
            organization.setValue(m.organization() == null ? "" : m.organization());
            title.setValue(m.title() == null ? "" : m.title());
            role.setValue(m.role() == null ? "" : m.role());
            // the lead's row comes first and always stays: its labels head the columns, so filled-in
            // rows still say which box is the title and which the role
            describe(name, "proposal.member.name", lead);
            describe(organization, "proposal.member.organization", lead);
            describe(title, "proposal.member.title", lead);
            describe(role, "proposal.member.role", lead);
            if (lead) {
                role.setPlaceholder(role.getTranslation("proposal.member.lead"));
            }
            name.setMaxLength(50);
            organization.setMaxLength(200);
            organization.setWidth("18em");
            layout = new HorizontalLayout(name, organization, title, role);
        }

        @Override
        public Component component() {
            return layout;
        }

        @Override
        public ProposalContent.Member value() {
            return new ProposalContent.Member(name.getValue(), organization.getValue(), title.getValue(),
                    role.getValue(), lead);
        }

        @Override
        public boolean removable() {
            return !lead;
        }
    }

    /** An expert to avoid: name, organization, reason. */
    static final class AvoidedRow implements RowsEditor.Row<ProposalContent.Avoided> {
        final TextField name = new TextField();
        final TextField organization = new TextField();
        final TextField reason = new TextField();
        private final HorizontalLayout layout;

        AvoidedRow(ProposalContent.Avoided a) {
            name.setValue(a.name() == null ? "" : a.name());
            organization.setValue(a.organization() == null ? "" : a.organization());
            reason.setValue(a.reason() == null ? "" : a.reason());
            describe(name, "proposal.member.name", false);
            describe(organization, "proposal.member.organization", false);
            describe(reason, "proposal.avoided.reason", false);
            reason.setWidth("24em");
            layout = new HorizontalLayout(name, organization, reason);
        }

        @Override
        public Component component() {
            return layout;
        }

        @Override
        public ProposalContent.Avoided value() {
            return new ProposalContent.Avoided(name.getValue(), organization.getValue(), reason.getValue());
        }

        @Override
        public boolean removable() {
            return true;
        }
    }

    /** A row's box says what it is: as placeholder while empty, to screen readers always. */
    private static void describe(TextField field, String key, boolean visibleLabel) {
        String text = field.getTranslation(key);
        field.setPlaceholder(text);
        field.setAriaLabel(text);
        if (visibleLabel) {
            field.setLabel(text);
        }
    }
}
