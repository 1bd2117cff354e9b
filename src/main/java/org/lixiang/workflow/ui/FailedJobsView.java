package org.lixiang.workflow.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.lixiang.base.InvalidInputException;
import org.lixiang.base.Role;
import org.lixiang.base.ui.Notifications;
import org.lixiang.workflow.FailedJob;
import org.lixiang.workflow.FailedJobs;

/**
 * Jobs that failed (a service task, a timer): dead letters first, with their error; the stack
 * trace in a dialog; Retry puts a dead letter back in the job executor's queue. Admins only.
 */
@Route("admin/jobs")
@Menu(title = "menu.failedJobs", order = 95)
@RolesAllowed(Role.ADMIN_NAME)
public class FailedJobsView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private final FailedJobs jobs;
    private final ZoneId zone;
    final Grid<FailedJob> grid = new Grid<>();

    public FailedJobsView(FailedJobs jobs, Clock clock) {
        this.jobs = jobs;
        this.zone = clock.getZone();
        setSizeFull();
        grid.addColumn(j -> getTranslation(j.kind().labelKey())).setHeader(getTranslation("jobs.kind"))
                .setAutoWidth(true);
        grid.addColumn(j -> nz(j.processDefinitionKey()) + (j.businessKey() == null ? "" : " · " + j.businessKey()))
                .setHeader(getTranslation("jobs.process")).setAutoWidth(true);
        grid.addColumn(j -> j.stepName() == null ? nz(j.step()) : j.stepName() + " (" + nz(j.step()) + ")")
                .setHeader(getTranslation("jobs.step")).setAutoWidth(true);
        grid.addColumn(j -> nz(j.error())).setHeader(getTranslation("jobs.error")).setFlexGrow(3);
        grid.addColumn(FailedJob::retries).setHeader(getTranslation("jobs.retries")).setAutoWidth(true);
        grid.addColumn(j -> time(j.created())).setHeader(getTranslation("jobs.created")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setKey("actions").setHeader(getTranslation("jobs.actions"))
                .setAutoWidth(true);
        grid.setItems(q -> jobs.page(q.getOffset(), q.getLimit()).stream(), q -> (int) jobs.count());
        grid.setEmptyStateText(getTranslation("jobs.none"));
        grid.setId("failed-jobs");
        add(new H2(getTranslation("menu.failedJobs")), new Paragraph(getTranslation("jobs.intro")), grid);
    }

    private HorizontalLayout actions(FailedJob job) {
        Button details = new Button(getTranslation("jobs.details"), e -> openDetails(job));
        details.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        details.setId("details-" + job.id());
        HorizontalLayout actions = new HorizontalLayout(details);
        if (job.retryable()) {
            Button retry = new Button(getTranslation("jobs.retry"), e -> retry(job));
            retry.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            retry.setDisableOnClick(true);
            retry.setId("retry-" + job.id());
            actions.add(retry);
        }
        return actions;
    }

    private void openDetails(FailedJob job) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("jobs.detailsTitle", nz(job.step())));
        Paragraph error = new Paragraph(nz(job.error()));
        Pre trace = new Pre(jobs.stackTrace(job.id(), job.kind()));
        trace.setId("job-stack-trace");
        trace.getStyle().set("max-height", "60vh").set("overflow", "auto").set("font-size", "var(--lumo-font-size-xs)");
        dialog.add(error, trace);
        dialog.setWidth("min(1000px, 95vw)");
        dialog.getFooter().add(new Button(getTranslation("jobs.close"), e -> dialog.close()));
        dialog.open();
    }

    private void retry(FailedJob job) {
        try {
            jobs.retry(job.id());
            Notifications.success(getTranslation("jobs.retried"));
        } catch (InvalidInputException gone) {
            Notifications.error(getTranslation(gone.problems().get(0).messageKey()));
        }
        grid.getDataProvider().refreshAll();
    }

    private String time(Instant t) {
        return t == null ? "" : FORMAT.format(t.atZone(zone));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.failedJobs") + " · " + getTranslation("app.name");
    }
}
