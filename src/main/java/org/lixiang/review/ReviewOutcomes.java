package org.lixiang.review;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lixiang.base.CurrentUser;
import org.lixiang.base.NotAllowedException;
import org.lixiang.base.Problems;
import org.lixiang.base.Role;
import org.lixiang.base.audit.AuditLog;
import org.lixiang.expert.ExpertPool;
import org.lixiang.proposal.ProposalDirectory;
import org.lixiang.proposal.ReviewFacts;
import org.lixiang.workflow.ApprovalProcess;
import org.lixiang.workflow.TaskInbox;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the bureau sees of the expert review: a proposal's aggregate and reviews (with the
 * experts' names, never shown to applicants), the divergence task, and the review progress of a
 * call's proposals computed in the database.
 */
@Service
public class ReviewOutcomes {

    private final ApprovalProcess process;
    private final TaskInbox inbox;
    private final ReviewAggregateRepository aggregates;
    private final ReviewRepository reviews;
    private final ReviewAssignmentRepository assignments;
    private final ExpertPool pool;
    private final ProposalDirectory proposals;
    private final AuditLog audit;
    private final Clock clock;

    ReviewOutcomes(ApprovalProcess process, TaskInbox inbox, ReviewAggregateRepository aggregates,
                   ReviewRepository reviews, ReviewAssignmentRepository assignments, ExpertPool pool,
                   ProposalDirectory proposals, AuditLog audit, Clock clock) {
        this.process = process;
        this.inbox = inbox;
        this.aggregates = aggregates;
        this.reviews = reviews;
        this.assignments = assignments;
        this.pool = pool;
        this.proposals = proposals;
        this.audit = audit;
        this.clock = clock;
    }

    /** One submitted review as the bureau reads it. */
    public record SubmittedReview(long expertId, String expertName, BigDecimal total, BigDecimal recommendedBudget,
                                  Recommendation recommendation, String commentToApplicant, String commentToBureau,
                                  Instant submittedAt) {
    }

    /** A proposal's expert review outcome. */
    public record Outcome(long proposalId, String number, String title, BigDecimal requested, AggregateView aggregate,
                          List<SubmittedReview> reviews) {
    }

    @Transactional(readOnly = true)
    public Outcome outcome(long proposalId) {
        CurrentUser.requireAny(Role.OFFICER, Role.LEADER, Role.ADMIN);
        return outcomeOf(proposalId);
    }

    private Outcome outcomeOf(long proposalId) {
        ReviewFacts facts = proposals.facts(proposalId);
        List<Review> found = reviews.findByProposalIdAndStatusOrderById(proposalId, Review.Status.SUBMITTED);
        java.util.Map<Long, String> names = pool.names(found.stream().map(Review::getExpertId).toList());
        List<SubmittedReview> submitted = found.stream().map(r -> new SubmittedReview(r.getExpertId(),
                        names.getOrDefault(r.getExpertId(), "?"), r.getWeightedTotal(),
                        r.getRecommendedBudget(), r.getRecommendation(), r.getCommentToApplicant(),
                        r.getCommentToBureau(), r.getSubmittedAt())).toList();
        return new Outcome(proposalId, facts.number(), facts.title(), facts.requestedTotal(),
                aggregates.findFirstByProposalIdOrderByRoundDesc(proposalId).map(ReviewAggregate::toView).orElse(null),
                submitted);
    }

    /** The divergence task: the outcome the officer must look at. */
    @Transactional(readOnly = true)
    public Outcome openDivergence(String taskId) {
        return outcomeOf(divergenceProposal(taskId));
    }

    /** One more expert (the process draws one and the review loops), or accept the scores with a note. */
    @Transactional
    public void resolveDivergence(String taskId, boolean extraExpert, String note) {
        long proposalId = divergenceProposal(taskId);
        Problems problems = new Problems();
        String text = problems.text("note", note, 2000, !extraExpert);
        problems.throwIfAny();
        aggregates.findFirstByProposalIdOrderByRoundDesc(proposalId)
                .ifPresent(g -> g.resolve(extraExpert ? "EXTRA_EXPERT" : "ACCEPT", text.isEmpty() ? null : text));
        if (!extraExpert) {
            proposals.markReviewed(proposalId);
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put("divergenceDecision", extraExpert ? "EXTRA_EXPERT" : "ACCEPT");
        if (extraExpert) {
            variables.put("expertsWanted", 1);
        }
        process.complete(taskId, variables);
        audit.record(extraExpert ? "EXTRA_EXPERT_REQUESTED" : "DIVERGENT_SCORES_ACCEPTED", "proposal", proposalId, text);
    }

    private long divergenceProposal(String taskId) {
        CurrentUser.requireAny(Role.OFFICER);
        if (!"resolveDivergence".equals(inbox.step(taskId))) {
            throw new NotAllowedException("task " + taskId + " is not a divergence review");
        }
        return process.proposalIdOf(taskId);
    }

    /** Review progress of one proposal: reviews in, open, overdue, declined; the score once aggregated. */
    public record Progress(long proposalId, long submitted, long open, long overdue, long declined,
                           AggregateView aggregate) {
    }

    /** Progress of the given proposals (a page of a call's list): two queries, whatever the page size. */
    @Transactional(readOnly = true)
    public Map<Long, Progress> progress(List<Long> proposalIds) {
        CurrentUser.requireAny(Role.OFFICER, Role.LEADER, Role.ADMIN);
        Map<Long, Progress> result = new HashMap<>();
        if (proposalIds.isEmpty()) {
            return result;
        }
        Map<Long, AggregateView> latest = new HashMap<>();
        aggregates.latest(proposalIds).forEach(g -> latest.put(g.getProposalId(), g.toView()));
        for (Object[] row : assignments.progress(proposalIds, clock.instant())) {
            long id = (Long) row[0];
            result.put(id, new Progress(id, num(row[1]), num(row[2]), num(row[3]), num(row[4]), latest.get(id)));
        }
        return result;
    }

    private static long num(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }
}
