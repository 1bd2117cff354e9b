package org.lixiang.tracking;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import org.lixiang.ProcessJobs;
import org.lixiang.TestAccounts;
import org.lixiang.TestClock;
import org.lixiang.base.ResearchField;
import org.lixiang.call.AggregationRule;
import org.lixiang.call.CallCriterion;
import org.lixiang.call.CallDraft;
import org.lixiang.call.CallService;
import org.lixiang.call.Programme;
import org.lixiang.decision.DepartmentOpinionService;
import org.lixiang.decision.FundingPlanService;
import org.lixiang.proposal.FormalDecision;
import org.lixiang.proposal.FormalReviewService;
import org.lixiang.proposal.ProposalContent;
import org.lixiang.proposal.ProposalDetails;
import org.lixiang.proposal.ProposalFixtures;
import org.lixiang.proposal.ProposalService;
import org.lixiang.proposal.ProposalSubmission;
import org.lixiang.review.AssignmentService;
import org.lixiang.review.Recommendation;
import org.lixiang.review.ReviewFixtures;
import org.lixiang.review.ReviewService;
import org.lixiang.review.ScoreSheet;
import org.lixiang.workflow.TaskInbox;
import org.lixiang.workflow.TaskSummary;
import org.flowable.engine.ManagementService;
import org.flowable.job.api.Job;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A fresh call with one proposal in each of the dashboard's cases, made through the real services
 * (import with {@link ProposalFixtures} and {@link ReviewFixtures}; never scanned). Envelope
 * 500,000; every proposal requests 300,000.50 (ProposalFixtures.complete):
 * <pre>
 *  draft       DRAFT          t_applicant   EQUIPMENT      (not submitted)
 *  submitted   SUBMITTED      t_applicant   NEW_MATERIALS
 *  returned    RETURNED       t_applicant   EQUIPMENT
 *  rejected    REJECTED       t_applicant2  EQUIPMENT      (the other organization)
 *  inReview    EXPERT_REVIEW  t_applicant   EQUIPMENT      3 invited: 1 declined (+1 replacement), 1 accepted
 *  high        APPROVED       t_applicant   EQUIPMENT      3 reviews of 90, recommend 280,000; funded 280,000
 *  low         NOT_APPROVED   t_applicant   EQUIPMENT      3 reviews of 80, recommend 250,000; below the line
 * </pre>
 */
public class DashboardDataSet {

    public long callId;
    public long draft, submitted, returned, rejected, inReview, high, low;
    private boolean built;

    private final ProposalFixtures proposalFixtures;
    private final ReviewFixtures reviewFixtures;
    private final CallService calls;
    private final ProposalService proposals;
    private final ProposalSubmission submission;
    private final FormalReviewService formal;
    private final AssignmentService assignments;
    private final ReviewService reviews;
    private final DepartmentOpinionService opinions;
    private final FundingPlanService plans;
    private final TaskInbox inbox;
    private final TestAccounts accounts;
    private final TestClock clock;
    private final JdbcTemplate jdbc;
    private final ManagementService management;

    DashboardDataSet(ProposalFixtures proposalFixtures, ReviewFixtures reviewFixtures, CallService calls,
                     ProposalService proposals, ProposalSubmission submission, FormalReviewService formal,
                     AssignmentService assignments, ReviewService reviews, DepartmentOpinionService opinions,
                     FundingPlanService plans, TaskInbox inbox, TestAccounts accounts, TestClock clock, JdbcTemplate jdbc,
                     ManagementService management) {
        this.proposalFixtures = proposalFixtures;
        this.reviewFixtures = reviewFixtures;
        this.calls = calls;
        this.proposals = proposals;
        this.submission = submission;
        this.formal = formal;
        this.assignments = assignments;
        this.reviews = reviews;
        this.opinions = opinions;
        this.plans = plans;
        this.inbox = inbox;
        this.accounts = accounts;
        this.clock = clock;
        this.jdbc = jdbc;
        this.management = management;
    }

    /** Builds the data set once per test database (the Spring context, and so this bean, is shared). */
    public synchronized DashboardDataSet build() {
        if (built) {
            return this;
        }
        // enough experts of the field that every draw and the replacement find someone free
        reviewFixtures.experts(10, ResearchField.EQUIPMENT);
        accounts.as("t_officer");
        callId = calls.create(new CallDraft("看板测试指南 " + System.nanoTime(), 2026, Programme.KEY_RD,
                EnumSet.of(ResearchField.EQUIPMENT, ResearchField.NEW_MATERIALS), "测试。",
                clock.instant().minus(Duration.ofDays(1)), clock.instant().plus(Duration.ofDays(30)),
                new BigDecimal("500000"), new BigDecimal("500000"), null, null, CallCriterion.defaults(), 3,
                AggregationRule.MEAN, 7, 14, false, new BigDecimal("20")));
        calls.publish(callId);

        draft = draft("t_applicant", "草稿项目", ResearchField.EQUIPMENT);
        submitted = submit("t_applicant", "已提交项目", ResearchField.NEW_MATERIALS);
        returned = submit("t_applicant", "退回修改项目", ResearchField.EQUIPMENT);
        decideFormally(returned, FormalDecision.RETURN);
        rejected = submit("t_applicant2", "不予受理项目", ResearchField.EQUIPMENT);
        decideFormally(rejected, FormalDecision.REJECT);

        inReview = submit("t_applicant", "评审中项目", ResearchField.EQUIPMENT);
        passAndConfirm(inReview);
        List<Long> invited = invited(inReview);
        accounts.asUserId(invited.get(0));
        reviews.decline(task(number(inReview), "review"), "出差，无法按期评审。", false);
        accounts.asUserId(invited.get(1));
        reviews.accept(task(number(inReview), "review"));

        high = reviewedWithOpinion("高分项目", 27, 27, 36, "280000");
        low = reviewedWithOpinion("低分项目", 24, 24, 32, "250000");
        accounts.as("t_officer");
        long planId = plans.openRound(callId, true);
        plans.submit(task("CALL-" + callId, "prepareFundingPlan"), plans.plan(planId).version());
        accounts.as("t_leader");
        plans.approve(task("CALL-" + callId, "approveFundingPlan"), true, "同意。");
        endPublicity(planId);
        accounts.logout();
        built = true;
        return this;
    }

    private long draft(String applicant, String title, ResearchField field) {
        accounts.as(applicant);
        long id = proposals.createDraft(callId);
        ProposalContent c = ProposalFixtures.complete(title);
        proposals.saveDraft(id, proposals.details(id).version(), new ProposalContent(c.title(), field, c.summary(),
                c.objectives(), c.outcomes(), c.startDate(), c.endDate(), c.team(), c.avoidedExperts(), c.budget(),
                c.declarationAccepted()));
        return id;
    }

    private long submit(String applicant, String title, ResearchField field) {
        long id = draft(applicant, title, field);
        ProposalDetails d = proposals.details(id);
        submission.submit(id, d.version(), d.content());
        return id;
    }

    private void decideFormally(long id, FormalDecision decision) {
        accounts.as("t_officer");
        String t = task(number(id), "formalReview");
        formal.start(t);
        formal.decide(t, decision, decision == FormalDecision.PASS ? null : "材料不全。",
                decision == FormalDecision.RETURN ? clock.instant().plus(Duration.ofDays(7)) : null);
    }

    private void passAndConfirm(long id) {
        decideFormally(id, FormalDecision.PASS);
        assignments.confirm(task(number(id), "confirmExperts"));
    }

    private long reviewedWithOpinion(String title, int a, int b, int c, String recommended) {
        long id = submit("t_applicant", title, ResearchField.EQUIPMENT);
        passAndConfirm(id);
        for (long expert : invited(id)) {
            accounts.asUserId(expert);
            String r = task(number(id), "review");
            reviews.accept(r);
            reviews.submit(r, new ScoreSheet(List.of(BigDecimal.valueOf(a), BigDecimal.valueOf(b), BigDecimal.valueOf(c)),
                    new BigDecimal(recommended), Recommendation.SUPPORT, "研究方案可行，建议细化考核指标。", ""));
        }
        accounts.as("t_leader");
        opinions.give(task(number(id), "departmentOpinion"), true, "同意专家组意见。");
        return id;
    }

    private void endPublicity(long planId) {
        String pi = jdbc.queryForObject("select process_instance_id from funding_plan where id = ?", String.class, planId);
        Job timer = management.createTimerJobQuery().processInstanceId(pi).elementId("publicityEnds").singleResult();
        clock.advance(Duration.ofDays(8));
        try {
            accounts.logout();
            management.executeJob(management.moveTimerToExecutableJob(timer.getId()).getId());
            ProcessJobs.runAll(management, pi);
        } finally {
            clock.reset();
        }
    }

    private List<Long> invited(long proposalId) {
        return jdbc.queryForList("select expert_id from review_assignment where proposal_id = ? and status = 'INVITED' order by id",
                Long.class, proposalId);
    }

    public String number(long proposalId) {
        return jdbc.queryForObject("select number from proposal where id = ?", String.class, proposalId);
    }

    private String task(String businessKey, String step) {
        return inbox.page(0, 1000).stream().filter(t -> businessKey.equals(t.businessKey()) && step.equals(t.stepKey()))
                .map(TaskSummary::id).findFirst()
                .orElseThrow(() -> new AssertionError("no " + step + " for " + businessKey));
    }
}
