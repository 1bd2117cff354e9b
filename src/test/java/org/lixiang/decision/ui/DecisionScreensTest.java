package org.lixiang.decision.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.server.streams.UploadMetadata;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lixiang.KaribuTest;
import org.lixiang.base.ResearchField;
import org.lixiang.call.AggregationRule;
import org.lixiang.call.CallCriterion;
import org.lixiang.call.CallDraft;
import org.lixiang.call.CallService;
import org.lixiang.call.Programme;
import org.lixiang.decision.DecidedProposalFixtures;
import org.lixiang.base.NotAllowedException;
import org.lixiang.decision.FundingPlanService;
import org.lixiang.decision.ObjectionService;
import org.lixiang.proposal.ProposalFixtures;
import org.lixiang.review.ReviewFixtures;
import org.lixiang.workflow.TaskInbox;
import org.lixiang.workflow.TaskSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/** The funding-plan screen (live remaining envelope, validation) and the objection form, in Karibu. */
@Import({ProposalFixtures.class, ReviewFixtures.class, DecidedProposalFixtures.class})
class DecisionScreensTest extends KaribuTest {

    @Autowired DecidedProposalFixtures decided;
    @Autowired CallService calls;
    @Autowired FundingPlanService plans;
    @Autowired ObjectionService objections;
    @Autowired TaskInbox inbox;
    @Autowired org.lixiang.TestClock clock;
    @Autowired JdbcTemplate jdbc;

    private long callWithOneDecidedProposal(BigDecimal envelope) {
        accounts.as("t_officer");
        long callId = calls.create(new CallDraft("界面测试指南 " + System.nanoTime(), 2026, Programme.KEY_RD,
                EnumSet.of(ResearchField.EQUIPMENT), "测试。", clock.instant().minus(Duration.ofDays(1)),
                clock.instant().plus(Duration.ofDays(30)), envelope.min(new BigDecimal("500000")), envelope, null, null,
                CallCriterion.defaults(), 3, AggregationRule.MEAN, 7, 14, false, new BigDecimal("20")));
        calls.publish(callId);
        decided.decided(callId, "界面测试项目", 25, 25, 34, "250000");
        accounts.as("t_officer");
        plans.openRound(callId, false);
        accounts.logout();
        return callId;
    }

    private String task(String key, String step) {
        return inbox.page(0, 1000).stream().filter(t -> key.equals(t.businessKey()) && step.equals(t.stepKey()))
                .map(TaskSummary::id).findFirst().orElse(null);
    }

    /** The publicity page narrowed to the call, as a user picks it from the call filter. */
    private PublicityView publicityOf(long callId) {
        UI.getCurrent().navigate("publicity");
        PublicityView view = _get(PublicityView.class);
        _setValue(view.call, view.call.getListDataView().getItems().filter(c -> c.callId() == callId).findFirst()
                .orElseThrow());
        return view;
    }

    @Test
    void thePlanShowsTheRemainingEnvelopeLiveAndRefusesTooMuch() {
        long callId = callWithOneDecidedProposal(new BigDecimal("300000.50"));
        login("t_officer");
        UI.getCurrent().navigate("decision/plan/" + task("CALL-" + callId, "prepareFundingPlan"));
        FundingPlanView view = _get(FundingPlanView.class);
        assertThat(view.remaining.getText()).contains("50,000.50");
        var amount = view.amounts.values().iterator().next();
        _setValue(amount, new BigDecimal("320000"));
        assertThat(view.remaining.getText()).contains("-19,999.50");
        assertThat(view.remaining.getClassNames()).contains("over-limit");
        _click(view.save);
        assertThat(amount.isInvalid()).as("over the requested 300,000.50").isTrue();
        _setValue(amount, new BigDecimal("290000"));
        _click(view.save);
        assertThat(jdbc.queryForObject("select funded_total from funding_plan where call_id = ?", BigDecimal.class, callId))
                .isEqualByComparingTo("290000");
    }

    @Test
    void anObjectionNeedsAReason() {
        long callId = callWithOneDecidedProposal(new BigDecimal("1000000"));
        login("t_officer");
        String prepare = task("CALL-" + callId, "prepareFundingPlan");
        plans.submit(prepare, plans.planOfTask(prepare).version());
        logout();
        login("t_leader");
        plans.approve(task("CALL-" + callId, "approveFundingPlan"), true, null);
        logout();
        login("t_applicant2");
        PublicityView view = publicityOf(callId);
        assertThat(GridKt._size(view.list)).isEqualTo(1);
        assertThat(GridKt._get(view.list, 0).title()).isEqualTo("界面测试项目");
        // the number the plan item kept when the round opened
        assertThat(GridKt._get(view.list, 0).number())
                .isEqualTo(jdbc.queryForObject("select number from proposal where call_id = ?", String.class, callId));
        // the row's own button, shown while the period runs
        Button object = (Button) GridKt._getCellComponent(view.list, 0, "object");
        assertThat(object.isVisible()).isTrue();
        _click(object);
        _click(_get(Button.class, s -> s.withId("file-objection")));
        TextArea reason = _get(TextArea.class, s -> s.withId("objection-reason"));
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Required");
        _setValue(reason, "申报材料中的合作单位未签署协议。");
        _click(_get(Button.class, s -> s.withId("file-objection")));
        assertThat(view.mine.getGenericDataView().getItems()).anyMatch(o -> o.reason().startsWith("申报材料"));
    }

    @Test
    void anObjectionCarriesOneCheckedFileThatOnlyTheObjectorAndTheBureauRead(@TempDir Path dir) throws Exception {
        long callId = callWithOneDecidedProposal(new BigDecimal("1000000"));
        accounts.as("t_officer");
        String prepare = task("CALL-" + callId, "prepareFundingPlan");
        plans.submit(prepare, plans.planOfTask(prepare).version());
        accounts.as("t_leader");
        plans.approve(task("CALL-" + callId, "approveFundingPlan"), true, null);
        accounts.logout();
        login("t_applicant2");
        PublicityView view = publicityOf(callId);
        view.openObjection(GridKt._get(view.list, 0));
        ObjectionDialog dialog = _get(ObjectionDialog.class);
        _setValue(dialog.reason, "合作单位证明材料显示其未参与本项目。");

        // a program renamed to .pdf: refused next to the upload, and no objection is filed
        Path exe = org.lixiang.proposal.TestFiles.exe(dir, "证明.pdf");
        dialog.received(new UploadMetadata("证明.pdf", "application/pdf", Files.size(exe)), exe.toFile());
        _click(dialog.file);
        assertThat(dialog.evidenceError.isVisible()).isTrue();
        assertThat(dialog.evidenceError.getText()).contains("证明.pdf");
        assertThat(jdbc.queryForObject("select count(*) from objection o join funding_plan f on f.id = o.plan_id "
                + "where f.call_id = ?", Integer.class, callId)).isZero();

        Path pdf = org.lixiang.proposal.TestFiles.pdf(dir, "合作协议.pdf");
        dialog.received(new UploadMetadata("合作协议.pdf", "application/pdf", Files.size(pdf)), pdf.toFile());
        assertThat(exe).as("the replaced upload is discarded").doesNotExist();
        _click(dialog.file);
        assertThat(pdf).as("the temporary upload is removed once stored").doesNotExist();
        var mine = view.mine.getGenericDataView().getItems().filter(o -> o.reason().startsWith("合作单位")).findFirst()
                .orElseThrow();
        assertThat(mine.attachmentName()).isEqualTo("合作协议.pdf");
        assertThat(objections.attachment(mine.id()).openStream().readAllBytes()).isEqualTo(Files.readAllBytes(
                org.lixiang.proposal.TestFiles.pdf(dir, "again.pdf")));
        logout();

        login("t_officer");
        assertThat(objections.attachment(mine.id()).name()).isEqualTo("合作协议.pdf");
        logout();
        for (String other : List.of("t_applicant", "t_expert")) {
            login(other);
            assertThatThrownBy(() -> objections.attachment(mine.id()))
                    .as(other + " may not read another's objection file").isInstanceOf(NotAllowedException.class);
            logout();
        }
    }
}
