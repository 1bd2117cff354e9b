package org.lixiang.decision.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.lixiang.base.InvalidInputException;
import org.lixiang.base.Role;
import org.lixiang.base.ui.FieldErrors;
import org.lixiang.base.ui.Notifications;
import org.lixiang.decision.DecisionExports;
import org.lixiang.decision.FundingPlanService;
import org.lixiang.export.ExportRunner;
import org.lixiang.export.ui.ExportButton;
import org.lixiang.decision.PlanView;

/** The leader approves the funding plan, or sends it back with comments. */
@Route("decision/plan-approval/:taskId")
@RolesAllowed(Role.LEADER_NAME)
public class PlanApprovalView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final FundingPlanService plans;
    private final DecisionExports exports;
    private final ExportRunner runner;
    final Grid<PlanView.Row> grid = new Grid<>();
    final TextArea comment = new TextArea();
    final Button approve = new Button();
    final Button sendBack = new Button();
    private final FieldErrors errors = new FieldErrors(this);
    private String taskId;

    public PlanApprovalView(FundingPlanService plans, DecisionExports exports, ExportRunner runner) {
        this.plans = plans;
        this.exports = exports;
        this.runner = runner;
        setSizeFull();
        grid.addColumn(PlanView.Row::rank).setHeader(getTranslation("plan.rank")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(PlanView.Row::number).setHeader(getTranslation("proposal.number")).setAutoWidth(true);
        grid.addColumn(PlanView.Row::title).setHeader(getTranslation("proposal.title")).setFlexGrow(3);
        grid.addColumn(PlanView.Row::organization).setHeader(getTranslation("proposal.organization")).setFlexGrow(2);
        grid.addColumn(r -> r.score() == null ? "" : r.score().toPlainString()).setHeader(getTranslation("progress.score"));
        grid.addColumn(r -> FundingPlanView.money(r.requested())).setHeader(getTranslation("plan.requested"));
        grid.addColumn(r -> FundingPlanView.money(r.recommended())).setHeader(getTranslation("plan.recommended"));
        grid.addColumn(r -> r.withdrawn() ? getTranslation("plan.withdrawn") : r.funded() == null
                ? getTranslation("plan.belowLine") : FundingPlanView.money(r.funded())).setHeader(getTranslation("plan.funded"));
        grid.setAllRowsVisible(true);
        grid.setId("plan-approval");
        comment.setLabel(getTranslation("plan.comment"));
        comment.setWidthFull();
        comment.setMaxLength(2000);
        comment.setId("plan-comment");
        approve.setText(getTranslation("plan.approve"));
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        approve.setDisableOnClick(true);
        approve.setId("approve-plan");
        approve.addClickListener(e -> decide(true));
        sendBack.setText(getTranslation("plan.sendBack"));
        sendBack.setDisableOnClick(true);
        sendBack.setId("return-plan");
        sendBack.addClickListener(e -> decide(false));
        errors.bind("comment", comment);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        taskId = event.getRouteParameters().get("taskId").orElse("");
        PlanView p = plans.planOfTask(taskId);
        removeAll();
        grid.setItems(p.rows());
        add(new H2(getTranslation("plan.approvalTitle", p.callName())),
                new Paragraph(getTranslation("plan.totals", p.fundedTotal(), p.envelope(),
                        p.rows().stream().filter(r -> r.funded() != null && !r.withdrawn()).count())),
                grid, new ExportButton(runner, "export-plan", getTranslation("export.button.plan"),
                        () -> exports.fundingPlan(p.callId(), getLocale())),
                comment, new HorizontalLayout(approve, sendBack));
    }

    private void decide(boolean ok) {
        try {
            plans.approve(taskId, ok, comment.getValue());
            Notifications.success(getTranslation(ok ? "plan.approved" : "plan.returned"));
            getUI().ifPresent(ui -> ui.navigate("tasks"));
        } catch (InvalidInputException problems) {
            errors.show(problems);
            approve.setEnabled(true);
            sendBack.setEnabled(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("step.approveFundingPlan") + " · " + getTranslation("app.name");
    }
}
