package org.lixiang.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lixiang.base.ResearchField;
import org.lixiang.call.AggregationRule;
import org.lixiang.call.CallCriterion;
import org.lixiang.call.CallDraft;
import org.lixiang.call.CallService;
import org.lixiang.call.Programme;
import org.lixiang.proposal.FormalDecision;
import org.lixiang.proposal.FormalReviewService;
import org.lixiang.proposal.ProposalContent;
import org.lixiang.proposal.ProposalDetails;
import org.lixiang.proposal.ProposalService;
import org.lixiang.proposal.ProposalSubmission;
import org.lixiang.review.AssignmentService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 4's journey in Chromium: a proposal reaches expert review through the services; three
 * drawn demo experts log in, accept and score it; the officer sees the aggregated score.
 */
class ExpertReviewJourneyTest extends BrowserTest {

    @Autowired CallService calls;
    @Autowired ProposalService proposals;
    @Autowired ProposalSubmission submission;
    @Autowired FormalReviewService formal;
    @Autowired AssignmentService assignments;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    @Test
    void threeExpertsScoreAndTheOfficerSeesTheScore() {
        String callName = "2026年度专家评审演示指南 " + System.nanoTime();
        long callId = as("officer", () -> {
            long id = calls.create(new CallDraft(callName, 2026, Programme.KEY_RD, EnumSet.of(ResearchField.EQUIPMENT),
                    "三名专家评审的指南。", clock.instant().minus(Duration.ofDays(1)), clock.instant().plus(Duration.ofDays(20)),
                    new BigDecimal("500000"), new BigDecimal("5000000"), null, null, CallCriterion.defaults(), 3,
                    AggregationRule.MEAN, 7, 14, true, new BigDecimal("20")));
            calls.publish(id);
            return id;
        });
        String number = as("applicant", () -> {
            long id = proposals.createDraft(callId);
            ProposalDetails d = proposals.details(id);
            ProposalContent c = new ProposalContent("隧道照明智能调光节能技术研究", ResearchField.EQUIPMENT,
                    "根据交通流量与洞外亮度实时调节隧道照明。", "研发调光控制器与平台。", "节能30%以上。",
                    java.time.LocalDate.now().plusMonths(2), java.time.LocalDate.now().plusMonths(26), d.content().team(),
                    List.of(), List.of(new ProposalContent.Budget(org.lixiang.proposal.BudgetCategory.EQUIPMENT,
                    new BigDecimal("300000"), new BigDecimal("300000"))), true);
            return submission.submit(id, d.version(), c);
        });
        as("officer", () -> {
            String review = task(number, "formalReview");
            formal.start(review);
            formal.decide(review, FormalDecision.PASS, null, null);
            String shortage = task(number, "resolveShortage");
            if (shortage != null) {
                assignments.resolveShortage(shortage, false);
            }
            assignments.confirm(task(number, "confirmExperts"));
            return null;
        });
        List<String> experts = jdbc.queryForList("""
                select u.username from review_assignment a join proposal p on p.id = a.proposal_id
                join app_user u on u.id = a.expert_id where p.number = ? and a.status = 'INVITED' order by a.id""",
                String.class, number);
        org.assertj.core.api.Assertions.assertThat(experts).hasSize(3);

        int[][] points = {{24, 24, 32}, {27, 27, 36}, {21, 21, 28}};
        for (int i = 0; i < experts.size(); i++) {
            login(experts.get(i));
            page.locator("#nav-tasks").click();
            page.locator("#my-tasks").getByText(number).first().click();
            assertThat(page.locator("#reviewed-proposal")).containsText("Blind review");
            page.locator("#accept-review").click();
            page.locator("#points-0 input").fill(String.valueOf(points[i][0]));
            page.locator("#points-1 input").fill(String.valueOf(points[i][1]));
            page.locator("#points-2 input").fill(String.valueOf(points[i][2]));
            page.locator("#points-2 input").press("Tab");
            assertThat(page.locator("#live-total")).containsText("Weighted total: ");
            page.locator("#recommended-budget input").fill("250000");
            page.locator("#recommendation vaadin-radio-button").nth(1).click();
            page.locator("#comment-applicant textarea").fill("技术路线清晰，建议补充节能效果的测试方案。");
            page.locator("#submit-review").click();
            assertThat(page.locator("#my-tasks")).isVisible();
            logout();
        }

        login("officer");
        page.locator("#nav-review-progress").click();
        choose("progress-call", callName);
        // (80 + 90 + 70) / 3 = 80
        assertThat(page.locator("#review-progress")).containsText(number);
        assertThat(page.locator("#review-progress")).containsText("80.00");
    }


}
