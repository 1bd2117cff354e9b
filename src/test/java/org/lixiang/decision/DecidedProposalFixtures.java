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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A proposal of {@code t_applicant} in an EQUIPMENT call taken to the decision stage by the real
 * services: submitted, passed, three experts scoring alike, the leader agreeing. Import together
 * with {@link ProposalFixtures} and {@link ReviewFixtures}; never scanned.
 */
public class DecidedProposalFixtures {

    public static final String COMMENT = "研究方案可行，建议细化考核指标。";

    @Autowired ReviewFixtures reviewFixtures;
    @Autowired TestAccounts accounts;
    @Autowired ProposalService proposals;
    @Autowired ProposalSubmission submission;
    @Autowired FormalReviewService formal;
    @Autowired AssignmentService assignments;
    @Autowired ReviewService reviews;
    @Autowired DepartmentOpinionService opinions;
    @Autowired TaskInbox inbox;
    @Autowired JdbcTemplate jdbc;

    /** Each of three experts scores (a, b, c) of 30/30/40 and recommends {@code recommended}; returns the proposal id. */
    public long decided(long callId, String title, int a, int b, int c, String recommended) {
        reviewFixtures.experts(3, ResearchField.EQUIPMENT);
        accounts.as("t_applicant");
        long id = proposals.createDraft(callId);
        proposals.saveDraft(id, proposals.details(id).version(), ProposalFixtures.complete(title));
        ProposalDetails d = proposals.details(id);
        String number = submission.submit(id, d.version(), d.content());
        accounts.as("t_officer");
        String f = task(number, "formalReview");
        formal.start(f);
        formal.decide(f, FormalDecision.PASS, null, null);
        String shortage = task(number, "resolveShortage");
        if (shortage != null) {
            assignments.resolveShortage(shortage, false);
        }
        assignments.confirm(task(number, "confirmExperts"));
        for (Long expert : jdbc.queryForList("select expert_id from review_assignment where proposal_id = ? and status = 'INVITED'",
                Long.class, id)) {
            accounts.asUserId(expert);
            String r = task(number, "review");
            reviews.accept(r);
            reviews.submit(r, new ScoreSheet(List.of(BigDecimal.valueOf(a), BigDecimal.valueOf(b), BigDecimal.valueOf(c)),
                    new BigDecimal(recommended), Recommendation.SUPPORT, COMMENT, ""));
        }
        accounts.as("t_leader");
        opinions.give(task(number, "departmentOpinion"), true, "同意专家组意见。");
        return id;
    }

    /** The open task of a step of the process with this business key, for the current user. */
    public String task(String businessKey, String step) {
        return inbox.page(0, 1000).stream().filter(t -> businessKey.equals(t.businessKey()) && step.equals(t.stepKey()))
                .map(TaskSummary::id).findFirst().orElse(null);
    }
}
