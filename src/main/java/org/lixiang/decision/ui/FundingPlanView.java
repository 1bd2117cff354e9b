package org.lixiang.decision.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.lixiang.base.InvalidInputException;
import org.lixiang.base.Money;
import org.lixiang.base.Role;
import org.lixiang.base.ui.FieldErrors;
import org.lixiang.base.ui.Notifications;
import org.lixiang.decision.DecisionExports;
import org.lixiang.decision.FundingPlanService;
import org.lixiang.export.ExportRunner;
import org.lixiang.export.ui.ExportButton;
import org.lixiang.decision.PlanView;

/**
 * The officer's ranking and funding plan (安排方案): proposals by score, requested and
 * recommended amounts, the funded amount per row (empty = below the funding line), and the
 * remaining envelope, live. Saving and submitting go through the service, which enforces the
 * envelope again.
 */
@Route("decision/plan/:taskId")
@RolesAllowed(Role.OFFICER_NAME)
public class FundingPlanView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final FundingPlanService plans;
    private final DecisionExports exports;
    private final ExportRunner runner;
    final Grid<PlanView.Row> grid = new Grid<>();
    final Map<Long, BigDecimalField> amounts = new LinkedHashMap<>();
    final Span remaining = new Span();
    final Button save = new Button();
    final Button submit = new Button();
    private final FieldErrors errors = new FieldErrors(this);
    private final com.vaadin.flow.component.html.Span envelopeError = new Span();
    private PlanView plan;
    private String taskId;

    public FundingPlanView(FundingPlanService plans, DecisionExports exports, ExportRunner runner) {
        this.plans = plans;
        this.exports = exports;
        this.runner = runner;
        setSizeFull();
        remaining.setId("remaining-envelope");
        remaining.addClassName("remaining-envelope");
        save.setText(getTranslation("action.save"));
        save.setId("save-plan");
        save.setDisableOnClick(true);
        save.addClickListener(e -> save(false));
        submit.setText(getTranslation("plan.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setId("submit-plan");
        submit.setDisableOnClick(true);
        submit.addClickListener(e -> save(true));
        grid.addColumn(PlanView.Row::rank).setHeader(getTranslation("plan.rank")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(PlanView.Row::number).setHeader(getTranslation("proposal.number")).setAutoWidth(true);
        grid.addColumn(PlanView.Row::title).setHeader(getTranslation("proposal.title")).setFlexGrow(3);
        grid.addColumn(PlanView.Row::organization).setHeader(getTranslation("proposal.organization")).setFlexGrow(2);
        grid.addColumn(r -> r.score() == null ? "" : r.score().toPlainString()).setHeader(getTranslation("progress.score"));
        grid.addColumn(r -> money(r.requested())).setHeader(getTranslation("plan.requested"));
        grid.addColumn(r -> money(r.recommended())).setHeader(getTranslation("plan.recommended"));
        grid.addComponentColumn(r -> r.withdrawn() ? new Span(getTranslation("plan.withdrawn")) : amounts.get(r.proposalId()))
                .setHeader(getTranslation("plan.funded")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setId("funding-plan");
        envelopeError.addClassName("field-error");
        envelopeError.setId("envelope-error");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        taskId = event.getRouteParameters().get("taskId").orElse("");
        load(plans.planOfTask(taskId));
    }

    private void load(PlanView p) {
        plan = p;
        amounts.clear();
        for (PlanView.Row r : p.rows()) {
            BigDecimalField f = new BigDecimalField();
            f.setValue(r.funded());
            f.setValueChangeMode(ValueChangeMode.EAGER);
            f.addValueChangeListener(e -> updateRemaining());
            f.setPlaceholder(getTranslation("plan.belowLine"));
            f.setId("funded-" + r.proposalId());
            f.setWidth("10em");
            amounts.put(r.proposalId(), f);
            errors.bind("funded." + r.proposalId(), f);
        }
        removeAll();
        add(new H2(getTranslation("plan.title", p.callName())));
        if (p.leaderComment() != null) {
            add(new Paragraph(getTranslation("plan.leaderComment", p.leaderComment())));
        }
        // exports the saved plan: unsaved amounts in the fields are not in the file
        long callId = p.callId();
        add(new Paragraph(getTranslation("plan.tieRule")), remaining, envelopeError, grid, new HorizontalLayout(save, submit),
                new ExportButton(runner, "export-plan", getTranslation("export.button.plan"),
                        () -> exports.fundingPlan(callId, getLocale())));
        grid.setItems(p.rows());
        updateRemaining();
    }

    void updateRemaining() {
        BigDecimal total = amounts.entrySet().stream().map(e -> e.getValue().getValue())
                .filter(v -> v != null).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal left = plan.envelope().subtract(total);
        remaining.setText(getTranslation("plan.remaining", left, total, plan.envelope()));
        remaining.getElement().getClassList().set("over-limit", left.signum() < 0);
    }

    void save(boolean andSubmit) {
        Map<Long, BigDecimal> funded = new HashMap<>();
        amounts.forEach((id, f) -> funded.put(id, f.getValue()));
        try {
            errors.clear();
            envelopeError.setText("");
            long version = plans.update(taskId, plan.version(), funded);
            if (andSubmit) {
                plans.submit(taskId, version);
                Notifications.success(getTranslation("plan.submitted"));
                getUI().ifPresent(ui -> ui.navigate("tasks"));
                return;
            }
            load(plans.planOfTask(taskId));
            Notifications.success(getTranslation("action.saved"));
        } catch (InvalidInputException problems) {
            errors.show(problems);
            problems.problems().stream().filter(p -> "envelope".equals(p.field())).findFirst()
                    .ifPresent(p -> envelopeError.setText(getTranslation(p.messageKey(), p.args())));
        } finally {
            save.setEnabled(true);
            submit.setEnabled(true);
        }
    }

    static String money(BigDecimal v) {
        return Money.format(v, "—");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("step.prepareFundingPlan") + " · " + getTranslation("app.name");
    }
}
