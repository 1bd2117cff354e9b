package org.lixiang.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

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
import org.lixiang.decision.DepartmentOpinionService;
import org.lixiang.proposal.BudgetCategory;
import org.lixiang.proposal.FormalDecision;
import org.lixiang.proposal.FormalReviewService;
import org.lixiang.proposal.ProposalContent;
import org.lixiang.proposal.ProposalDetails;
import org.lixiang.proposal.ProposalService;
import org.lixiang.proposal.ProposalSubmission;
import org.lixiang.review.AssignmentService;
import org.lixiang.review.Recommendation;
import org.lixiang.review.ReviewService;
import org.lixiang.review.ScoreSheet;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 5's journey: a proposal submitted and reviewed (through the services, as the earlier
 * journeys already show in the browser), then in Chromium the officer opens the decision round and
 * submits the plan, the leader approves it and downloads the public list as a PDF, publicity ends
 * (its timer run by the test), and the applicant sees "approved" with the amount.
 */
class DecisionJourneyTest extends BrowserTest {

    @Autowired CallService calls;
    @Autowired ProposalService proposals;
    @Autowired ProposalSubmission submission;
    @Autowired FormalReviewService formal;
    @Autowired AssignmentService assignments;
    @Autowired ReviewService reviews;
    @Autowired DepartmentOpinionService opinions;
    @Autowired JdbcTemplate jdbc;
    @Autowired ManagementService management;
    @Autowired Clock clock;

    @Test
    void fromReviewToApprovedWithTheAmount() {
        String callName = "立项决策演示指南 " + System.nanoTime();
        long callId = as("officer", () -> {
            long id = calls.create(new CallDraft(callName, 2026, Programme.KEY_RD, EnumSet.of(ResearchField.EQUIPMENT),
                    "演示。", clock.instant().minus(Duration.ofDays(1)), clock.instant().plus(Duration.ofDays(20)),
                    new BigDecimal("500000"), new BigDecimal("5000000"), null, null, CallCriterion.defaults(), 3,
                    AggregationRule.MEAN, 1, 14, false, new BigDecimal("20")));
            calls.publish(id);
            return id;
        });
        long proposalId = as("applicant", () -> proposals.createDraft(callId));
        String number = as("applicant", () -> {
            ProposalDetails d = proposals.details(proposalId);
            return submission.submit(proposalId, d.version(), new ProposalContent("隧道通风智能控制系统研究",
                    ResearchField.EQUIPMENT, "按交通流量与污染物浓度实时控制风机。", "研发控制器与平台。", "节能25%以上。",
                    java.time.LocalDate.now().plusMonths(2), java.time.LocalDate.now().plusMonths(26), d.content().team(),
                    List.of(), List.of(new ProposalContent.Budget(BudgetCategory.EQUIPMENT, new BigDecimal("300000"),
                    new BigDecimal("300000"))), true));
        });
        as("officer", () -> {
            String f = task(number, "formalReview");
            formal.start(f);
            formal.decide(f, FormalDecision.PASS, null, null);
            String shortage = task(number, "resolveShortage");
            if (shortage != null) {
                assignments.resolveShortage(shortage, false);
            }
            assignments.confirm(task(number, "confirmExperts"));
            return null;
        });
        for (String expert : jdbc.queryForList("""
                select u.username from review_assignment a join app_user u on u.id = a.expert_id
                where a.proposal_id = ? and a.status = 'INVITED'""", String.class, proposalId)) {
            as(expert, () -> {
                String r = task(number, "review");
                reviews.accept(r);
                reviews.submit(r, new ScoreSheet(List.of(BigDecimal.valueOf(25), BigDecimal.valueOf(25),
                        BigDecimal.valueOf(34)), new BigDecimal("240000"), Recommendation.SUPPORT,
                        "方案可行，建议补充现场试验计划。", ""));
                return null;
            });
        }
        as("leader", () -> {
            opinions.give(task(number, "departmentOpinion"), true, "同意专家组意见，建议立项。");
            return null;
        });

        login("officer");
        page.locator("#nav-decision-rounds").click();
        page.locator("#round-call input").fill(callName);
        page.locator("vaadin-combo-box-item").first().click();
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
        assertThat(page.locator("#public-list")).containsText("隧道通风智能控制系统研究");
        // the public list as a PDF: produced off the UI thread, the progress polled, then downloaded
        page.locator("#export-public-list-pdf").click();
        com.microsoft.playwright.Download pdf = page.waitForDownload(
                () -> page.locator("#export-public-list-pdf-download").click());
        org.assertj.core.api.Assertions.assertThat(pdf.suggestedFilename()).isEqualTo("public-funding-list.pdf");
        org.assertj.core.api.Assertions.assertThat(org.lixiang.export.ExportFiles.pdfText(new org.lixiang.export.ExportFile(
                "l.pdf", org.lixiang.export.ExportFile.PDF, readAll(pdf)))).contains("隧道通风智能控制系统研究");
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
        for (int i = 0; i < 150 && !"FINAL".equals(jdbc.queryForObject(
                "select status from funding_plan where call_id = ?", String.class, callId)); i++) {
            page.waitForTimeout(200);
        }
        org.assertj.core.api.Assertions.assertThat(jdbc.queryForObject(
                "select status from funding_plan where call_id = ?", String.class, callId)).isEqualTo("FINAL");

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
