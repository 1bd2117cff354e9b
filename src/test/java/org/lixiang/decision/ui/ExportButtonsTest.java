package org.lixiang.decision.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.EnumSet;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;
import org.lixiang.KaribuTest;
import org.lixiang.base.Messages;
import org.lixiang.base.ResearchField;
import org.lixiang.call.AggregationRule;
import org.lixiang.call.CallCriterion;
import org.lixiang.call.CallDraft;
import org.lixiang.call.CallService;
import org.lixiang.call.CallSummary;
import org.lixiang.call.Programme;
import org.lixiang.decision.DecidedProposalFixtures;
import org.lixiang.decision.FundingPlanService;
import org.lixiang.export.ExportFile;
import org.lixiang.export.ExportFiles;
import org.lixiang.export.ui.ExportDownloads;
import org.lixiang.proposal.ProposalFixtures;
import org.lixiang.review.ReviewFixtures;
import org.lixiang.workflow.TaskInbox;
import org.lixiang.workflow.TaskSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The export buttons on the decision screens, in Karibu: the click hands the export to a worker,
 * the progress bar shows while it runs, the screen stays usable, and the finished file is offered
 * by a link whose handler sends it with a UTF-8 file name.
 */
@Import({ProposalFixtures.class, ReviewFixtures.class, DecidedProposalFixtures.class})
class ExportButtonsTest extends KaribuTest {

    @Autowired DecidedProposalFixtures decided;
    @Autowired CallService calls;
    @Autowired FundingPlanService plans;
    @Autowired TaskInbox inbox;
    @Autowired org.lixiang.TestClock clock;
    @Autowired JdbcTemplate jdbc;

    @Test
    void anOfficerExportsTheProposalsAndThePlanOfTheSelectedCallWithoutWaitingOnTheScreen() throws Exception {
        long callId = callWithOneDecidedProposal("导出界面测试项目");
        useLocale(Messages.CHINESE);
        login("t_officer");
        UI.getCurrent().navigate("decision/rounds");
        @SuppressWarnings("unchecked")
        ComboBox<CallSummary> call = _get(ComboBox.class, s -> s.withId("round-call"));
        _setValue(call, calls.page("", 0, 500).stream().filter(c -> c.id() == callId).findFirst().orElseThrow());

        _click(_get(Button.class, s -> s.withId("export-plan")));
        assertThat(UI.getCurrent().getPollInterval()).as("polls while the export runs").isEqualTo(500);
        Anchor link = ExportDownloads.await("export-plan");
        assertThat(UI.getCurrent().getPollInterval()).as("and stops afterwards").isEqualTo(-1);
        assertThat(_get(Button.class, s -> s.withId("export-plan")).isEnabled()).isTrue();
        assertThat(link.getText()).startsWith("下载 安排方案_界面导出测试指南").endsWith(".xlsx");
        ExportDownloads.Download plan = ExportDownloads.fetch(link);
        assertThat(plan.headers().get("Content-Disposition")).contains("filename*=UTF-8''%E5%AE%89%E6%8E%92");
        try (Workbook book = ExportFiles.workbook(new ExportFile("p.xlsx", plan.contentType(), plan.body()))) {
            ExportFiles.rowWith(book.getSheet("安排方案"), "导出界面测试项目");
        }

        _click(_get(Button.class, s -> s.withId("export-proposals")));
        ExportDownloads.Download list = ExportDownloads.fetch(ExportDownloads.await("export-proposals"));
        try (Workbook book = ExportFiles.workbook(new ExportFile("l.xlsx", list.contentType(), list.body()))) {
            ExportFiles.rowWith(book.getSheet("申报项目"), "导出界面测试项目");
        }
    }

    @Test
    void anyoneLoggedInDownloadsThePublicListAndOnlyTheBureauSeesTheReviewSummaryButton() throws Exception {
        long callId = callWithOneDecidedProposal("公示导出界面测试项目");
        accounts.as("t_officer");
        String prepare = task("CALL-" + callId, "prepareFundingPlan");
        plans.submit(prepare, plans.planOfTask(prepare).version());
        accounts.as("t_leader");
        plans.approve(task("CALL-" + callId, "approveFundingPlan"), true, null);
        long proposalId = jdbc.queryForObject("select id from proposal where call_id = ?", Long.class, callId);
        accounts.logout();

        useLocale(Messages.CHINESE);
        login("t_applicant2");
        UI.getCurrent().navigate("publicity");
        _click(_get(Button.class, s -> s.withId("export-public-list-pdf")));
        ExportDownloads.Download pdf = ExportDownloads.fetch(ExportDownloads.await("export-public-list-pdf"));
        assertThat(pdf.contentType()).isEqualTo(ExportFile.PDF);
        assertThat(pdf.headers().get("Content-Disposition")).endsWith(
                "filename*=UTF-8''%E7%AB%8B%E9%A1%B9%E5%85%AC%E7%A4%BA%E5%90%8D%E5%8D%95.pdf");
        String text = ExportFiles.pdfText(new ExportFile("l.pdf", ExportFile.PDF, pdf.body()));
        assertThat(text).contains("科技计划项目立项公示名单", "公示导出界面测试项目", "250,000.00");
        logout();

        login("t_applicant");
        UI.getCurrent().navigate("proposals/" + proposalId + "/result");
        assertThat(_find(Button.class, s -> s.withId("export-review-summary"))).as("applicant").isEmpty();
        logout();
        login("t_leader");
        UI.getCurrent().navigate("proposals/" + proposalId + "/result");
        _click(_get(Button.class, s -> s.withId("export-review-summary")));
        String summary = ExportFiles.pdfText(new ExportFile("s.pdf", ExportFile.PDF,
                ExportDownloads.fetch(ExportDownloads.await("export-review-summary")).body()));
        assertThat(summary).contains("专家评审汇总", "研究方案可行，建议细化考核指标。");
    }

    private long callWithOneDecidedProposal(String title) {
        accounts.as("t_officer");
        long callId = calls.create(new CallDraft("界面导出测试指南 " + System.nanoTime(), 2026, Programme.KEY_RD,
                EnumSet.of(ResearchField.EQUIPMENT), "测试。", clock.instant().minus(Duration.ofDays(1)),
                clock.instant().plus(Duration.ofDays(30)), new BigDecimal("500000"), new BigDecimal("1000000"), null, null,
                CallCriterion.defaults(), 3, AggregationRule.MEAN, 7, 14, false, new BigDecimal("20")));
        calls.publish(callId);
        decided.decided(callId, title, 25, 25, 34, "250000");
        accounts.as("t_officer");
        plans.openRound(callId, false);
        accounts.logout();
        return callId;
    }

    private String task(String key, String step) {
        return inbox.page(0, 1000).stream().filter(t -> key.equals(t.businessKey()) && step.equals(t.stepKey()))
                .map(TaskSummary::id).findFirst().orElse(null);
    }
}
