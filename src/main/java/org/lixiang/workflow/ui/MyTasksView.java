package org.lixiang.workflow.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.lixiang.workflow.TaskInbox;
import org.lixiang.workflow.TaskSummary;

/**
 * The task inbox: every step waiting for the current user, by due date. A click opens the screen
 * the process names for the step (its form key) with the task id.
 */
@Route("tasks")
@Menu(title = "menu.tasks", order = 5)
@PermitAll
public class MyTasksView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    final Grid<TaskSummary> grid = new Grid<>();

    public MyTasksView(TaskInbox inbox, Clock clock) {
        setSizeFull();
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
        grid.setItems(q -> inbox.page(q.getOffset(), q.getLimit()).stream(), q -> (int) inbox.count());
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(e.getItem().route())));
        grid.setEmptyStateText(getTranslation("tasks.none"));
        grid.setId("my-tasks");
        add(new H2(getTranslation("menu.tasks")), grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.tasks") + " · " + getTranslation("app.name");
    }
}
