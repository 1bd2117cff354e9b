package org.lixiang.workflow.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.lixiang.workflow.TaskInbox;
import org.lixiang.workflow.TaskSummary;

/**
 * The task inbox: every step waiting for the current user, by due date. A click opens the screen
 * the process names for the step (its form key) with the task id. With tasks of more than one
 * step, a filter shows one step at a time, each with its count (after a call's due date an officer
 * finds every overdue review of the call here, among the formal reviews).
 */
@Route("tasks")
@Menu(title = "menu.tasks", order = 5)
@PermitAll
public class MyTasksView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    final Grid<TaskSummary> grid = new Grid<>();
    final Select<String> step = new Select<>();

    public MyTasksView(TaskInbox inbox, Clock clock) {
        setSizeFull();
        Map<String, Long> counts = new LinkedHashMap<>();
        inbox.steps().forEach(s -> counts.put(s.stepKey(), s.count()));
        long all = counts.values().stream().mapToLong(Long::longValue).sum();
        step.setLabel(getTranslation("tasks.step"));
        step.setEmptySelectionAllowed(true);
        String allSteps = getTranslation("label.withDetails", getTranslation("tasks.allSteps"), all);
        step.setEmptySelectionCaption(allSteps);
        step.setItems(counts.keySet());
        // the field shows the generator's text for the empty value too, so it says the same as the list
        step.setItemLabelGenerator(k -> k == null ? allSteps
                : getTranslation("label.withDetails", getTranslation("step." + k), counts.get(k)));
        step.setVisible(counts.size() > 1);
        step.setId("task-step");
        ZoneId zone = clock.getZone();
        grid.addColumn(t -> getTranslation("step." + t.stepKey())).setHeader(getTranslation("tasks.step"))
                .setAutoWidth(true);
        grid.addColumn(TaskSummary::subject).setHeader(getTranslation("tasks.subject")).setFlexGrow(3);
        grid.addComponentColumn(t -> {
            if (t.due() == null) {
                return new Span("—");
            }
            Span due = new Span(FORMAT.format(t.due().atZone(zone)));
            if (t.due().isBefore(clock.instant())) {
                due.addClassName("overdue");
                due.getElement().setAttribute("title", getTranslation("tasks.overdue"));
            }
            return due;
        }).setHeader(getTranslation("tasks.due")).setAutoWidth(true);
        grid.addColumn(t -> t.created() == null ? "" : FORMAT.format(t.created().atZone(zone)))
                .setHeader(getTranslation("tasks.created")).setAutoWidth(true);
        grid.setItems(q -> inbox.page(step.getValue(), q.getOffset(), q.getLimit()).stream(),
                q -> (int) inbox.count(step.getValue()));
        step.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(e.getItem().route())));
        grid.setEmptyStateText(getTranslation("tasks.none"));
        grid.setId("my-tasks");
        add(new H2(getTranslation("menu.tasks")), step, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.tasks") + " · " + getTranslation("app.name");
    }
}
