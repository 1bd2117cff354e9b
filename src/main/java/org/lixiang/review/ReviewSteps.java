package org.lixiang.review;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;
import org.lixiang.base.CurrentUser;
import org.lixiang.base.Dates;
import org.lixiang.base.NotAllowedException;
import org.lixiang.base.audit.AuditLog;
import org.lixiang.call.CallDetails;
import org.lixiang.base.Role;
import org.lixiang.call.CallService;
import org.lixiang.notification.Notifier;
import org.lixiang.proposal.ProposalDirectory;
import org.lixiang.proposal.ReviewFacts;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The expert-review steps the process runs by itself (service tasks and timer dates in
 * {@code proposal-approval.bpmn20.xml}), called by expression with ids only. They run inside the
 * transaction of the user step that led to them.
 */
@Component("reviewSteps")
public class ReviewSteps {

    /** Reviews fewer than this are not enough to rank a proposal (the national rule). */
    static final int MINIMUM_REVIEWS = 3;

    private final Drawing drawing;
    private final ReviewDrawRepository draws;
    private final ReviewAssignmentRepository assignments;
    private final ReviewRepository reviews;
    private final ReviewAggregateRepository aggregates;
    private final ProposalDirectory proposals;
    private final CallService calls;
    private final Notifier notifier;
    private final AuditLog audit;
    private final Clock clock;

    ReviewSteps(Drawing drawing, ReviewDrawRepository draws, ReviewAssignmentRepository assignments, ReviewRepository reviews,
                ReviewAggregateRepository aggregates, ProposalDirectory proposals, CallService calls,
                Notifier notifier, AuditLog audit, Clock clock) {
        this.drawing = drawing;
        this.draws = draws;
        this.assignments = assignments;
        this.reviews = reviews;
        this.aggregates = aggregates;
        this.proposals = proposals;
        this.calls = calls;
        this.notifier = notifier;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Draws experts: the call's number ({@code wanted} = 0) for a new round, or the given number
     * (one more expert after divergent scores). After a shortage the officer may draw again; then
     * only the rest of the round is drawn. Returns how many are still missing.
     */
    @Transactional
    public int draw(long proposalId, Integer wanted) {
        requireProcess();
        ReviewFacts facts = proposals.facts(proposalId);
        CallDetails call = calls.details(facts.callId());
        List<ReviewAssignment> all = assignments.findByProposalIdOrderById(proposalId);
        int round = all.stream().mapToInt(ReviewAssignment::getRound).max().orElse(0);
        long pending = all.stream().filter(a -> a.getRound() == round && a.getStatus() == AssignmentStatus.DRAWN).count();
        int target = wanted == null || wanted <= 0 ? call.expertsPerProposal() : wanted;
        int thisRound;
        int toDraw;
        if (pending > 0) {
            thisRound = round;
            ReviewDraw last = lastDraw(proposalId);
            target = last == null ? target : last.getWanted();
            toDraw = (int) Math.max(0, target - pending);
        } else {
            thisRound = round + 1;
            toDraw = target;
        }
        Drawing.Drawn drawn = drawing.draw(proposalId, toDraw, thisRound, null);
        audit.record("EXPERTS_DRAWN", "proposal", proposalId, "round " + thisRound + ", seed " + drawn.result().seed()
                + ", drawn " + drawn.assignments().size() + "/" + toDraw + ", excluded " + drawn.result().exclusionCounts());
        return drawn.result().missing();
    }

    private ReviewDraw lastDraw(long proposalId) {
        return draws.findFirstByProposalIdOrderByIdDesc(proposalId).orElse(null);
    }

    /** The review task's assignee: the expert's user id. */
    @Transactional(readOnly = true)
    public String expertOf(String assignmentId) {
        requireProcess();
        return String.valueOf(assignment(assignmentId).getExpertId());
    }

    @Transactional(readOnly = true)
    public Date dueOf(String assignmentId) {
        requireProcess();
        return Date.from(assignment(assignmentId).getDueAt());
    }

    /** Three days before the due date, or halfway there when the review window is shorter than a week. */
    @Transactional(readOnly = true)
    public Date reminderAt(String assignmentId) {
        requireProcess();
        Instant due = assignment(assignmentId).getDueAt();
        Instant now = clock.instant();
        Instant threeDaysBefore = due.minus(Duration.ofDays(3));
        Instant reminder = Duration.between(now, due).compareTo(Duration.ofDays(7)) >= 0 ? threeDaysBefore
                : now.plus(Duration.between(now, due).dividedBy(2));
        return Date.from(reminder);
    }

    /** Reminds the expert that their review is due soon, in the portal and by e-mail; once per due date. */
    @Transactional
    public void remind(String assignmentId) {
        requireProcess();
        ReviewAssignment a = assignment(assignmentId);
        if (a.getStatus().open()) {
            ReviewFacts facts = proposals.facts(a.getProposalId());
            notifier.notify("assignment:" + a.getId() + ":reminder:" + a.getDueAt().getEpochSecond(), a.getExpertId(),
                    "notification.reviewReminder", "tasks", facts.number(), Dates.format(a.getDueAt(), clock));
            a.reminded(clock.instant());
        }
    }

    /**
     * The review passed its due date and the officers' {@code handleOverdue} task was created (a
     * task listener in the BPMN): the expert is told it is overdue, once per due date, so an
     * extension that passes too is told again. The officers are told once per call and due date,
     * not once per review: a call's reviews share their due date, so at that moment every review
     * still open passes it at once, and an officer would get one message and one mail for each (a
     * provincial call: hundreds to thousands). Each overdue review is their own task already.
     */
    @Transactional
    public void overdue(String assignmentId) {
        requireProcess();
        ReviewAssignment a = assignment(assignmentId);
        if (!a.getStatus().open()) {
            return;
        }
        ReviewFacts facts = proposals.facts(a.getProposalId());
        long dueSecond = a.getDueAt().getEpochSecond();
        String due = Dates.format(a.getDueAt(), clock);
        notifier.notify("assignment:" + a.getId() + ":overdue:" + dueSecond, a.getExpertId(),
                "notification.reviewOverdueExpert", "tasks", facts.number(), due);
        notifier.notifyRoleOnce(Role.OFFICER, "call:" + facts.callId() + ":reviewsOverdue:" + dueSecond,
                "notification.reviewsOverdue", "tasks", () -> new Object[] {calls.name(facts.callId()), due});
    }

    /**
     * Aggregates the submitted reviews by the call's rule and keeps the rule, inputs and result.
     * Returns whether the officer must look at them: the spread exceeds the call's threshold, or
     * there are fewer than three reviews (declines without replacement).
     */
    @Transactional
    public boolean aggregate(long proposalId) {
        requireProcess();
        ReviewFacts facts = proposals.facts(proposalId);
        CallDetails call = calls.details(facts.callId());
        List<Review> submitted = reviews.findByProposalIdAndStatusOrderById(proposalId, Review.Status.SUBMITTED);
        int round = assignments.currentRound(proposalId);
        if (submitted.isEmpty()) {
            audit.record("REVIEWS_AGGREGATED", "proposal", proposalId, "no submitted review");
            return true;
        }
        List<ScoreAggregation.Input> inputs = submitted.stream().map(r -> new ScoreAggregation.Input(
                r.getExpertId(), r.getWeightedTotal(), r.getRecommendedBudget(), r.getRecommendation())).toList();
        ScoreAggregation.Result result = ScoreAggregation.aggregate(call.aggregationRule(), inputs);
        boolean divergent = result.spread().compareTo(call.divergenceThreshold()) > 0
                || result.reviews() < MINIMUM_REVIEWS;
        String recorded = inputs.stream().map(i -> i.expertId() + ":" + i.total()).collect(Collectors.joining(","));
        aggregates.findFirstByProposalIdOrderByRoundDesc(proposalId).filter(g -> g.getRound() == round)
                .ifPresent(aggregates::delete);
        aggregates.flush();
        aggregates.save(new ReviewAggregate(proposalId, round, result, recorded, divergent, clock.instant()));
        audit.record("REVIEWS_AGGREGATED", "proposal", proposalId, result.ruleApplied() + " score " + result.score()
                + " spread " + result.spread() + " sd " + result.standardDeviation() + " from " + recorded);
        if (!divergent) {
            proposals.markReviewed(proposalId);
        }
        return divergent;
    }

    private ReviewAssignment assignment(String assignmentId) {
        return assignments.findById(Long.valueOf(assignmentId))
                .orElseThrow(() -> new NotAllowedException("assignment " + assignmentId));
    }

    /** Process steps run without a user or within an officer's or expert's step; applicants never reach them. */
    private static void requireProcess() {
        CurrentUser.get().ifPresent(u -> {
            if (!u.hasAny(org.lixiang.base.Role.OFFICER, org.lixiang.base.Role.EXPERT, org.lixiang.base.Role.ADMIN)) {
                throw new NotAllowedException("review step");
            }
        });
    }
}
