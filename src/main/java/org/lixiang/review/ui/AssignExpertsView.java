package org.lixiang.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import org.lixiang.base.InvalidInputException;
import org.lixiang.base.Role;
import org.lixiang.base.ui.FieldErrors;
import org.lixiang.base.ui.Notifications;
import org.lixiang.expert.ExpertCandidate;
import org.lixiang.review.AssignmentService;
import org.lixiang.review.AssignmentService.Assigned;
import org.lixiang.review.AssignmentService.DrawCase;
import org.lixiang.review.AssignmentService.Excluded;

/**
 * The officer confirms or adjusts the draw: the drawn experts, the excluded ones with the
 * reason, adding an expert (a conflict needs a written reason), and confirmation.
 */
@Route("review/assign/:taskId")
@RolesAllowed(Role.OFFICER_NAME)
public class AssignExpertsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AssignmentService assignments;
    final Grid<Assigned> drawn = new Grid<>();
    final Grid<Excluded> excluded = new Grid<>();
    final ComboBox<ExpertCandidate> expert = new ComboBox<>();
    final TextField overrideReason = new TextField();
    final Button add = new Button();
    final Button confirm = new Button();
    private final FieldErrors errors = new FieldErrors(this);
    private String taskId;

    public AssignExpertsView(AssignmentService assignments) {
        this.assignments = assignments;
        setMaxWidth("1100px");
        drawn.addColumn(Assigned::name).setHeader(getTranslation("assign.expert"));
        drawn.addColumn(Assigned::organization).setHeader(getTranslation("assign.organization"));
        drawn.addColumn(a -> a.overriddenConflict() == null ? ""
                : getTranslation("label.withColon", getTranslation(a.overriddenConflict().labelKey()))
                        + a.overrideReason())
                .setHeader(getTranslation("assign.override"));
        drawn.addComponentColumn(a -> {
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
                assignments.remove(taskId, a.assignmentId());
                refresh();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("action.remove"));
            return remove;
        }).setAutoWidth(true).setFlexGrow(0);
        drawn.setAllRowsVisible(true);
        drawn.setId("drawn-experts");
        excluded.addColumn(Excluded::name).setHeader(getTranslation("assign.expert"));
        excluded.addColumn(Excluded::organization).setHeader(getTranslation("assign.organization"));
        excluded.addColumn(e -> getTranslation(e.reason().labelKey())).setHeader(getTranslation("assign.reason"));
        excluded.setAllRowsVisible(true);
        excluded.setId("excluded-experts");

        expert.setLabel(getTranslation("assign.addExpert"));
        expert.setItemLabelGenerator(e -> e.organizationName() == null || e.organizationName().isBlank() ? e.name()
                : getTranslation("label.withDetails", e.name(), e.organizationName()));
        expert.setWidth("24em");
        expert.setId("add-expert");
        overrideReason.setLabel(getTranslation("assign.overrideReason"));
        overrideReason.setWidth("24em");
        overrideReason.setId("override-reason");
        add.setText(getTranslation("assign.add"));
        add.setId("add-expert-button");
        add.addClickListener(e -> addExpert());
        confirm.setText(getTranslation("assign.confirm"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setDisableOnClick(true);
        confirm.setId("confirm-experts");
        confirm.addClickListener(e -> {
            try {
                assignments.confirm(taskId);
                Notifications.success(getTranslation("assign.confirmed"));
                getUI().ifPresent(ui -> ui.navigate("tasks"));
            } catch (InvalidInputException problems) {
                errors.show(problems);
                confirm.setEnabled(true);
            }
        });
        errors.bind("expert", expert).bind("overrideReason", overrideReason);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        taskId = event.getRouteParameters().get("taskId").orElse("");
        expert.setItems(assignments.candidates(taskId));
        refresh();
    }

    private void refresh() {
        DrawCase c = assignments.open(taskId);
        removeAll();
        HorizontalLayout addRow = new HorizontalLayout(expert, overrideReason, add);
        addRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation("assign.title", c.number())), new Paragraph(c.title()),
                new Paragraph(getTranslation("assign.drawInfo", c.wanted(), c.drawnCount(), c.seed())),
                new H3(getTranslation("assign.drawn")), drawn, addRow, confirm,
                new H3(getTranslation("assign.excluded")), excluded);
        drawn.setItems(c.assigned());
        excluded.setItems(c.excluded());
        if (!c.exclusionCounts().isEmpty()) {
            add(new Paragraph(c.exclusionCounts().entrySet().stream()
                    .map(e -> getTranslation(e.getKey().labelKey()) + " " + e.getValue())
                    .collect(Collectors.joining(getTranslation("list.longSeparator")))));
        }
    }

    private void addExpert() {
        try {
            errors.clear();
            if (expert.getValue() == null) {
                throw InvalidInputException.of("expert", "validation.required");
            }
            assignments.add(taskId, expert.getValue().userId(), overrideReason.getValue());
            expert.clear();
            overrideReason.clear();
            refresh();
        } catch (InvalidInputException problems) {
            errors.show(problems);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("step.confirmExperts") + " · " + getTranslation("app.name");
    }
}
