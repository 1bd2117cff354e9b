package org.lixiang.decision;

import java.math.BigDecimal;
import java.util.List;
import org.lixiang.TestAccounts;
import org.lixiang.base.ResearchField;
import org.lixiang.proposal.FormalDecision;
import org.lixiang.proposal.FormalReviewService;
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
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Proposals of {@code t_applicant} taken through formal and expert review by the real services
 * (five consistent reviews, so no divergence): status REVIEWED, waiting for the department
 * opinion. Import together with {@link ProposalFixtures} and {@link ReviewFixtures}; never scanned.
 */
public class ReviewedProposalFixtures {

    /** Points per criterion (30/30/40): totals 80, 75, 84, 80, 78. */
    private static final int[][] POINTS = {{24, 24, 32}, {22, 23, 30}, {25, 25, 34}, {23, 24, 33}, {24, 23, 31}};
    public static final String COMMENT_TO_APPLICANT = "给申报人的意见%d：技术路线可行，建议细化示范应用方案。";
    public static final String COMMENT_TO_BUREAU = "仅供管理部门参考%d：申报单位前期基础一般。";

    private final ProposalFixtures proposalFixtures;
    private final ReviewFixtures reviewFixtures;
    private final ProposalService proposals;
    private final ProposalSubmission submission;
    private final FormalReviewService formal;
    private final AssignmentService assignments;
    private final ReviewService reviews;
    private final TaskInbox inbox;
    private final TestAccounts accounts;
    private final JdbcTemplate jdbc;

    ReviewedProposalFixtures(ProposalFixtures proposalFixtures, ReviewFixtures reviewFixtures, ProposalService proposals,
                             ProposalSubmission submission, FormalReviewService formal, AssignmentService assignments,
                             ReviewService reviews, TaskInbox inbox, TestAccounts accounts, JdbcTemplate jdbc) {
        this.proposalFixtures = proposalFixtures;
        this.reviewFixtures = reviewFixtures;
        this.proposals = proposals;
        this.submission = submission;
        this.formal = formal;
        this.assignments = assignments;
        this.reviews = reviews;
        this.inbox = inbox;
        this.accounts = accounts;
        this.jdbc = jdbc;
    }

    /** A proposal whose expert review is complete (REVIEWED); returns its id. Leaves nobody logged in. */
    public long reviewed(String title) {
        reviewFixtures.experts(5, ResearchField.EQUIPMENT);
        long call = proposalFixtures.openCall(30);
        accounts.as("t_applicant");
        long id = proposals.createDraft(call);
        proposals.saveDraft(id, proposals.details(id).version(), ProposalFixtures.complete(title));
        ProposalDetails d = proposals.details(id);
        String number = submission.submit(id, d.version(), d.content());
        String formalTask = task("t_officer", number, "formalReview");
        formal.start(formalTask);
        formal.decide(formalTask, FormalDecision.PASS, null, null);
        assignments.confirm(task("t_officer", number, "confirmExperts"));
        List<Long> experts = experts(id);
        for (int i = 0; i < experts.size(); i++) {
            accounts.asUserId(experts.get(i));
            String review = task(null, number, "review");
            reviews.accept(review);
            int[] p = POINTS[i % POINTS.length];
            reviews.submit(review, new ScoreSheet(List.of(BigDecimal.valueOf(p[0]), BigDecimal.valueOf(p[1]),
                    BigDecimal.valueOf(p[2])), new BigDecimal("250000"), Recommendation.SUPPORT,
                    COMMENT_TO_APPLICANT.formatted(i + 1), COMMENT_TO_BUREAU.formatted(i + 1)));
        }
        accounts.logout();
        return id;
    }

    /** The experts who reviewed the proposal, in the order of their invitation. */
    public List<Long> experts(long proposalId) {
        return jdbc.queryForList("select expert_id from review_assignment where proposal_id = ? and status in ('INVITED', 'ACCEPTED', 'SUBMITTED') order by id",
                Long.class, proposalId);
    }

    public String number(long proposalId) {
        return jdbc.queryForObject("select number from proposal where id = ?", String.class, proposalId);
    }

    public String processInstance(long proposalId) {
        return jdbc.queryForObject("select process_instance_id from proposal where id = ?", String.class, proposalId);
    }

    /** The open task of the step for the proposal, as the given user (null: whoever is logged in). */
    public String task(String username, String number, String step) {
        if (username != null) {
            accounts.as(username);
        }
        return inbox.page(0, 1000).stream().filter(t -> number.equals(t.businessKey()) && step.equals(t.stepKey()))
                .findFirst().map(TaskSummary::id).orElseThrow(() -> new AssertionError("no " + step + " for " + number));
    }

    /** The leader's department-opinion task of the proposal (logs t_leader in). */
    public String opinionTask(long proposalId) {
        return task("t_leader", number(proposalId), DepartmentOpinionService.STEP);
    }
}
