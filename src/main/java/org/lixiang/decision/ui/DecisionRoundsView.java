package org.lixiang.decision.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.stream.Collectors;
import org.lixiang.base.CurrentUser;
import org.lixiang.base.InvalidInputException;
import org.lixiang.base.Role;
import org.lixiang.base.ui.Notifications;
import org.lixiang.call.CallService;
import org.lixiang.call.CallSummary;
import org.lixiang.decision.DecisionExports;
import org.lixiang.decision.FundingPlanService;
import org.lixiang.export.ExportRunner;
import org.lixiang.export.ui.ExportButton;
import org.lixiang.decision.FundingPlanService.CallNumbers;
import org.lixiang.proposal.ProposalSummary;

/**
 * Per call: open the decision round (listing the proposals still on their way, which the officer
 * must knowingly leave out), see the plan's state, and the call's final numbers.
 */
@Route("decision/rounds")
@Menu(title = "menu.decisionRounds", order = 50)
@RolesAllowed({Role.OFFICER_NAME, Role.LEADER_NAME, Role.ADMIN_NAME})
public class DecisionRoundsView extends VerticalLayout implements HasDynamicTitle {

    private final FundingPlanService plans;
    private final DecisionExports exports;
    private final ExportRunner runner;
    final ComboBox<CallSummary> call = new ComboBox<>();
    final Button open = new Button();
    final VerticalLayout details = new VerticalLayout();

    public DecisionRoundsView(FundingPlanService plans, CallService calls, DecisionExports exports, ExportRunner runner) {
        this.plans = plans;
        this.exports = exports;
        this.runner = runner;
        call.setLabel(getTranslation("proposal.call"));
        call.setItems(q -> calls.page(q.getFilter().orElse(""), q.getOffset(), q.getLimit()).stream());
        call.setItemLabelGenerator(CallSummary::name);
        call.setWidth("30em");
        call.setId("round-call");
        call.addValueChangeListener(e -> refresh());
        open.setText(getTranslation("round.open"));
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        open.setId("open-round");
        open.setDisableOnClick(true);
        open.setVisible(CurrentUser.require().has(Role.OFFICER));
        open.addClickListener(e -> openRound(false));
        details.setPadding(false);
        details.setId("round-details");
        HorizontalLayout bar = new HorizontalLayout(call, open);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation("menu.decisionRounds")), bar, details);
    }

    private void refresh() {
        details.removeAll();
        if (call.getValue() == null) {
            return;
        }
        long callId = call.getValue().id();
        CallNumbers n = plans.numbers(callId);
        details.add(new H3(getTranslation("round.numbers")), new Paragraph(getTranslation("round.numbersLine",
                n.received(), n.screenedOut(), n.reviewed(), n.approved(), n.funded(), n.envelope())));
        HorizontalLayout downloads = new HorizontalLayout(new ExportButton(runner, "export-proposals",
                getTranslation("export.button.proposals"), () -> exports.proposals(callId, getLocale())));
        plans.planOfCall(callId).ifPresentOrElse(p -> {
            details.add(new Paragraph(getTranslation("round.planState", getTranslation(p.status().labelKey()),
                    p.fundedTotal(), p.envelope())));
            downloads.add(new ExportButton(runner, "export-plan", getTranslation("export.button.plan"),
                    () -> exports.fundingPlan(callId, getLocale())));
        }, () -> details.add(new Paragraph(getTranslation("round.notOpen"))));
        details.add(downloads);
    }

    private void openRound(boolean closeUnfinished) {
        try {
            plans.openRound(call.getValue().id(), closeUnfinished);
            Notifications.success(getTranslation("round.opened"));
            refresh();
        } catch (InvalidInputException problems) {
            if ("plan.unfinished".equals(problems.problems().get(0).messageKey())) {
                List<ProposalSummary> unfinished = plans.unfinished(call.getValue().id());
                ConfirmDialog confirm = new ConfirmDialog(getTranslation("round.closeTitle"),
                        getTranslation("round.closeText", unfinished.size(), unfinished.stream()
                                .map(p -> p.number() + " " + p.title()).collect(Collectors.joining(getTranslation("list.longSeparator")))),
                        getTranslation("round.closeConfirm"), ev -> openRound(true), getTranslation("action.cancel"), ev -> { });
                confirm.setId("close-round-dialog");
                confirm.open();
            } else {
                Notifications.error(getTranslation(problems.problems().get(0).messageKey(), problems.problems().get(0).args()));
            }
        } finally {
            open.setEnabled(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.decisionRounds") + " · " + getTranslation("app.name");
    }
}
