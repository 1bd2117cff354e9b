package org.lixiang.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import org.flowable.engine.ManagementService;
import org.flowable.job.api.Job;
import org.junit.jupiter.api.Test;
import org.lixiang.base.ResearchField;
import org.lixiang.call.AggregationRule;
import org.lixiang.call.CallCriterion;
import org.lixiang.call.CallDraft;
import org.lixiang.call.CallService;
import org.lixiang.call.Programme;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 5's journey across all roles, every step in Chromium: the applicant writes and submits a
 * proposal, the officer passes it and confirms the drawn experts, the three experts accept and
 * score it, the leader gives the department opinion, the officer opens the decision round and
 * submits the plan, the leader approves it and downloads the public list as a PDF, publicity ends (its timer made due by the test), and
 * the applicant sees "approved" with the amount. Only the call is set up through the service.
 */
class DecisionJourneyTest extends BrowserTest {

    static final String TITLE = "隧道通风智能控制系统研究";

    @Autowired CallService calls;
    @Autowired JdbcTemplate jdbc;
    @Autowired ManagementService management;
    @Autowired Clock clock;

    @Test
    void fromSubmissionToApprovedWithTheAmount() {
        String callName = "立项决策演示指南 " + System.nanoTime();
        long callId = as("officer", () -> {
            long id = calls.create(new CallDraft(callName, 2026, Programme.KEY_RD, EnumSet.of(ResearchField.EQUIPMENT),
                    "演示。", clock.instant().minus(Duration.ofDays(1)), clock.instant().plus(Duration.ofDays(20)),
                    new BigDecimal("500000"), new BigDecimal("5000000"), null, null, CallCriterion.defaults(), 3,
                    AggregationRule.MEAN, 1, 14, false, new BigDecimal("20")));
            calls.publish(id);
            return id;
        });

        // the applicant writes and submits
        login("applicant");
        page.locator("#nav-proposals").click();
        choose("new-proposal-call", callName);
        page.locator("#new-proposal").click();
        page.locator("#proposal-title input").fill(TITLE);
        page.locator("#proposal-field").click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("Equipment manufacturing")).click();
        String[] period = projectPeriod();
        page.locator("#proposal-start input").fill(period[0]);
        page.locator("#proposal-start input").press("Enter");
        page.locator("#proposal-end input").fill(period[1]);
        page.locator("#proposal-end input").press("Enter");
        page.locator("#proposal-summary textarea").fill("按交通流量与污染物浓度实时控制隧道风机。");
        page.locator("#proposal-objectives textarea").fill("研发控制器与监控平台，完成两条隧道示范。");
        page.locator("#proposal-outcomes textarea").fill("通风能耗降低25%以上，申请发明专利2项。");
        page.locator("#budget-EQUIPMENT-requested input").fill("300000");
        page.locator("#budget-EQUIPMENT-selfRaised input").fill("300000");
        page.locator("#budget-EQUIPMENT-selfRaised input").press("Tab");
        page.locator("#proposal-declaration input").check();
        page.locator("#submit-proposal").click();
        assertThat(page.locator("#proposal-status")).hasText("Submitted");
        logout();
        String number = jdbc.queryForObject("select number from proposal where call_id = ?", String.class, callId);

        // the officer passes the formal review and confirms the drawn experts
        login("officer");
        page.locator("#nav-review-formal").click();
        choose("queue-call", callName);
        page.locator("#formal-queue").getByText(TITLE).click();
        page.locator("#formal-decision vaadin-radio-button", new Page.LocatorOptions().setHasText("Pass")).click();
        page.locator("#formal-confirm").click();
        assertThat(page.locator("#formal-queue")).isVisible();
        page.locator("#nav-tasks").click();
        page.locator("#my-tasks").getByText(number).first().click();
        page.locator("#confirm-experts, #continue-drawn").first().waitFor();
        if (page.locator("#continue-drawn").isVisible()) {
            // fewer matching experts than asked for: go on with those drawn
            page.locator("#continue-drawn").click();
            assertThat(page.locator("#my-tasks")).isVisible();
            page.locator("#my-tasks").getByText(number).first().click();
        }
        assertThat(page.locator("#drawn-experts")).isVisible();
        page.locator("#confirm-experts").click();
        assertThat(page.locator("#my-tasks")).isVisible();
        logout();

        // each invited expert accepts and scores
        List<String> experts = jdbc.queryForList("""
                select u.username from review_assignment a join app_user u on u.id = a.expert_id
                join proposal p on p.id = a.proposal_id where p.call_id = ? and a.status = 'INVITED' order by a.id""",
                String.class, callId);
        org.assertj.core.api.Assertions.assertThat(experts).isNotEmpty();
        for (String expert : experts) {
            login(expert);
            page.locator("#nav-tasks").click();
            page.locator("#my-tasks").getByText(number).first().click();
            page.locator("#accept-review").click();
            page.locator("#points-0 input").fill("25");
            page.locator("#points-1 input").fill("25");
            page.locator("#points-2 input").fill("34");
            page.locator("#points-2 input").press("Tab");
            page.locator("#recommended-budget input").fill("240000");
            page.locator("#recommendation vaadin-radio-button").nth(1).click();
            page.locator("#comment-applicant textarea").fill("方案可行，建议补充现场试验计划。");
            page.locator("#submit-review").click();
            assertThat(page.locator("#my-tasks")).isVisible();
            logout();
        }

        // the leader agrees with the experts
        login("leader");
        page.locator("#nav-tasks").click();
        page.locator("#my-tasks").getByText(number).first().click();
        assertThat(page.locator("#opinion-applicant")).isVisible();
        page.locator("#opinion-agrees vaadin-radio-button", new Page.LocatorOptions().setHasText("Agrees")).click();
        page.locator("#opinion-comment textarea").fill("同意专家组意见，建议立项。");
        page.locator("#confirm-opinion").click();
        assertThat(page.locator("#my-tasks")).isVisible();
        logout();

        login("officer");
        page.locator("#nav-decision-rounds").click();
        choose("round-call", callName);
        page.locator("#open-round").click();
        assertThat(page.locator("#round-details")).containsText("Being prepared");
        page.locator("#nav-tasks").click();
        page.locator("#my-tasks").getByText(callName).first().click();
        assertThat(page.locator("#remaining-envelope")).containsText("4,760,000.00");
        page.locator("#submit-plan").click();
        assertThat(page.locator("#my-tasks")).isVisible();
        logout();

        login("leader");
        page.locator("#nav-tasks").click();
        page.locator("#my-tasks").getByText(callName).first().click();
        page.locator("#approve-plan").click();
        assertThat(page.locator("#my-tasks")).isVisible();
        page.locator("#nav-publicity").click();
        assertThat(page.locator("#public-list")).containsText(TITLE);
        // the public list as a PDF: produced off the UI thread, the progress polled, then downloaded
        page.locator("#export-public-list-pdf").click();
        com.microsoft.playwright.Download pdf = page.waitForDownload(
                () -> page.locator("#export-public-list-pdf-download").click());
        org.assertj.core.api.Assertions.assertThat(pdf.suggestedFilename()).isEqualTo("public-funding-list.pdf");
        org.assertj.core.api.Assertions.assertThat(org.lixiang.export.ExportFiles.pdfText(new org.lixiang.export.ExportFile(
                "l.pdf", org.lixiang.export.ExportFile.PDF, readAll(pdf)))).contains(TITLE);
        logout();

        // the publicity period (one day for this call) ends: its timer, run now
        String plan = jdbc.queryForObject("select process_instance_id from funding_plan where call_id = ?", String.class, callId);
        Job timer = management.createTimerJobQuery().processInstanceId(plan).elementId("publicityEnds").singleResult();
        // time advanced: the period is over (wait for the leader's approval to have committed the publication)
        for (int i = 0; i < 50 && !"PUBLICITY".equals(jdbc.queryForObject(
                "select status from funding_plan where call_id = ?", String.class, callId)); i++) {
            page.waitForTimeout(200);
        }
        org.assertj.core.api.Assertions.assertThat(jdbc.update(
                "update funding_plan set publicity_ends_at = ? where call_id = ? and status = 'PUBLICITY'",
                java.sql.Timestamp.from(clock.instant().minus(Duration.ofMinutes(1))), callId)).isEqualTo(1);
        // Due now: the portal's own job executor (active in these tests, as in production) runs it
        // right after the move. Executing it here as well would race that run: the second
        // finalization finds the results already final and fails, as it must.
        management.moveTimerToExecutableJob(timer.getId());
        // final: the results recorded, then the proposals told in a job of its own
        for (int i = 0; i < 150 && (!"FINAL".equals(jdbc.queryForObject(
                "select status from funding_plan where call_id = ?", String.class, callId))
                || jdbc.queryForObject("select count(*) from proposal_result where announced_at is null", Integer.class) > 0); i++) {
            page.waitForTimeout(200);
        }
        org.assertj.core.api.Assertions.assertThat(jdbc.queryForObject(
                "select status from funding_plan where call_id = ?", String.class, callId)).isEqualTo("FINAL");

        long proposalId = jdbc.queryForObject("select id from proposal where call_id = ?", Long.class, callId);
        login("applicant");
        page.navigate(url("proposals/" + proposalId));
        assertThat(page.locator("#proposal-status")).hasText("Approved");
        assertThat(page.locator("#timeline")).containsText("240000");
        page.locator("#view-result").click();
        assertThat(page.locator("#result-outcome")).containsText("240,000.00");
        assertThat(page.locator("#result-comments")).containsText("Expert 1");
    }

    private static byte[] readAll(com.microsoft.playwright.Download download) {
        try (java.io.InputStream in = download.createReadStream()) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
