package org.lixiang.review;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.lixiang.base.CurrentUser;
import org.lixiang.base.InvalidInputException;
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
 * An overdue review reaches the officer as a task: extend the expert's due date (the process
 * escalates again if that passes too) or replace the expert with a new draw.
 */
@Service
public class ReviewEscalations {

    private final ApprovalProcess process;
    private final TaskInbox inbox;
    private final ReviewAssignmentRepository assignments;
    private final ReviewService reviews;
    private final ExpertPool pool;
    private final ProposalDirectory proposals;
    private final AuditLog audit;
    private final Clock clock;

    ReviewEscalations(ApprovalProcess process, TaskInbox inbox, ReviewAssignmentRepository assignments,
                      ReviewService reviews, ExpertPool pool, ProposalDirectory proposals, AuditLog audit,
                      Clock clock) {
        this.process = process;
        this.inbox = inbox;
        this.assignments = assignments;
        this.reviews = reviews;
        this.pool = pool;
        this.proposals = proposals;
        this.audit = audit;
        this.clock = clock;
    }

    /** The overdue review: which proposal, which expert, since when. */
    public record OverdueCase(String taskId, long assignmentId, String number, String title, String expertName,
                              AssignmentStatus status, Instant due) {
    }

    @Transactional
    public OverdueCase open(String taskId) {
        ReviewAssignment a = assignment(taskId);
        if (a.getStatus().open()) {
            a.escalated(clock.instant());
        }
        ReviewFacts facts = proposals.facts(a.getProposalId());
        return new OverdueCase(taskId, a.getId(), facts.number(), facts.title(),
                pool.candidate(a.getExpertId()).map(e -> e.name()).orElse("?"), a.getStatus(), a.getDueAt());
    }

    @Transactional
    public void extend(String taskId, Instant newDue) {
        ReviewAssignment a = assignment(taskId);
        Problems problems = new Problems();
        if (newDue == null) {
            problems.add("newDue", "validation.required");
        } else if (!newDue.isAfter(clock.instant())) {
            problems.add("newDue", "formalReview.dueInPast");
        }
        problems.throwIfAny();
        if (!a.getStatus().open()) {
            throw InvalidInputException.of(null, "review.notOpen");
        }
        Instant due = newDue.truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        a.extend(due);
        process.setReviewDue(proposals.facts(a.getProposalId()).processInstanceId(), a.getExpertId(), due);
        process.complete(taskId, Map.of("overdueDecision", "EXTEND"));
        audit.record("REVIEW_EXTENDED", "proposal", a.getProposalId(), "assignment " + a.getId() + " due " + due);
    }

    /** Replaces the expert: their review ends unfinished and a replacement is drawn. */
    @Transactional
    public boolean replace(String taskId) {
        ReviewAssignment a = assignment(taskId);
        if (!a.getStatus().open()) {
            throw InvalidInputException.of(null, "review.notOpen");
        }
        a.replace();
        boolean replaced = reviews.replace(a);
        process.complete(taskId, Map.of("overdueDecision", "REPLACE"));
        audit.record("REVIEWER_REPLACED", "proposal", a.getProposalId(), "assignment " + a.getId()
                + (replaced ? "; replacement drawn" : "; no eligible replacement"));
        return replaced;
    }

    private ReviewAssignment assignment(String taskId) {
        CurrentUser.requireAny(Role.OFFICER);
        if (!"handleOverdue".equals(inbox.step(taskId))) {
            throw new NotAllowedException("task " + taskId + " is not an overdue review");
        }
        long id = process.assignmentIdOf(taskId);
        assignments.findById(id).ifPresent(a -> proposals.lockForReview(a.getProposalId()));
        return assignments.lockById(id).orElseThrow(() -> new NotAllowedException("assignment " + id));
    }
}
