package org.lixiang.review;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.lixiang.base.AppPrincipal;
import org.lixiang.base.Dates;
import org.lixiang.base.CurrentUser;
import org.lixiang.base.InvalidInputException;
import org.lixiang.base.NotAllowedException;
import org.lixiang.base.Problems;
import org.lixiang.base.Role;
import org.lixiang.base.SystemContext;
import org.lixiang.base.audit.AuditLog;
import org.lixiang.call.CallCriterion;
import org.lixiang.call.CallDetails;
import org.lixiang.call.CallService;
import org.lixiang.notification.Notifier;
import org.lixiang.proposal.ProposalContent;
import org.lixiang.proposal.ProposalDirectory;
import org.lixiang.proposal.ReviewFacts;
import org.lixiang.proposal.ScoringFacts;
import org.lixiang.workflow.ApprovalProcess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The expert's review (专家评审): accept or decline the invitation, score against the call's
 * criteria, save a draft, submit once. Everything is reached through the expert's own review
 * task, so an expert can open only what is assigned to them; a declined or submitted review's
 * task is gone, and with it the proposal.
 */
@Service
public class ReviewService {

    static final int MIN_COMMENT = 10;

    private final ApprovalProcess process;
    private final ReviewAssignmentRepository assignments;
    private final ReviewRepository reviews;
    private final Drawing drawing;
    private final ProposalDirectory proposals;
    private final CallService calls;
    private final Notifier notifier;
    private final AuditLog audit;
    private final Clock clock;
    private final TransactionTemplate tx;

    ReviewService(ApprovalProcess process, ReviewAssignmentRepository assignments, ReviewRepository reviews,
                  Drawing drawing, ProposalDirectory proposals, CallService calls, Notifier notifier, AuditLog audit,
                  Clock clock, PlatformTransactionManager transactions) {
        this.tx = new TransactionTemplate(transactions);
        this.process = process;
        this.assignments = assignments;
        this.reviews = reviews;
        this.drawing = drawing;
        this.proposals = proposals;
        this.calls = calls;
        this.notifier = notifier;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * What the scoring screen shows. Before acceptance only what an expert needs to decide (title,
     * field, summary); after acceptance the whole proposal. With blind review the applicant, their
     * organization and the team stay hidden.
     */
    public record ReviewCase(String taskId, long assignmentId, AssignmentStatus status, Instant due, long proposalId,
                             String number, String title, String field, boolean blind, String applicant,
                             String organization, ProposalContent content, BigDecimal requestedTotal,
                             List<CallCriterion.Draft> criteria, ScoreSheet draft) {
    }

    @Transactional
    public ReviewCase open(String taskId) {
        ReviewAssignment a = mine(taskId);
        ReviewFacts facts = proposals.facts(a.getProposalId());
        CallDetails call = calls.details(facts.callId());
        boolean accepted = a.getStatus() == AssignmentStatus.ACCEPTED;
        ProposalContent full = proposals.contentForReview(a.getProposalId());
        ProposalContent shown = accepted ? (call.blindReview() ? withoutTeam(full) : full)
                : new ProposalContent(full.title(), full.field(), full.summary(), "", "", null, null, List.of(),
                        List.of(), List.of(), false);
        ScoreSheet draft = reviews.findByAssignmentId(a.getId()).map(Review::toSheet).orElse(null);
        return new ReviewCase(taskId, a.getId(), a.getStatus(), a.getDueAt(), facts.proposalId(), facts.number(),
                facts.title(), facts.field() == null ? null : facts.field().labelKey(), call.blindReview(),
                call.blindReview() ? null : facts.applicantName(),
                call.blindReview() ? null : facts.applicantOrganization(), shown, facts.requestedTotal(),
                call.criteria(), draft);
    }

    @Transactional
    public void accept(String taskId) {
        ReviewAssignment a = mine(taskId);
        if (a.getStatus() == AssignmentStatus.INVITED) {
            a.accept(clock.instant());
            audit.record("REVIEW_ACCEPTED", "proposal", a.getProposalId(), "assignment " + a.getId());
        }
    }

    /**
     * Declines with a reason (a conflict is a reason too). The expert's task ends, they no longer
     * see the proposal, and a replacement is drawn under the same rules; if none is eligible the
     * officer sees it in the review progress and at aggregation.
     */
    @Transactional
    public boolean decline(String taskId, String reason, boolean conflict) {
        ReviewAssignment a = mine(taskId);
        Problems problems = new Problems();
        String text = problems.text("declineReason", reason, 1000, true);
        problems.throwIfAny();
        if (a.getStatus() != AssignmentStatus.INVITED && a.getStatus() != AssignmentStatus.ACCEPTED) {
            throw InvalidInputException.of(null, "review.notOpen");
        }
        a.decline((conflict ? "[conflict] " : "") + text, clock.instant());
        boolean replaced = replace(a);
        process.complete(taskId, Map.of());
        audit.record("REVIEW_DECLINED", "proposal", a.getProposalId(), "assignment " + a.getId()
                + (conflict ? " (conflict)" : "") + ": " + text + (replaced ? "; replacement drawn" : "; no replacement"));
        return replaced;
    }

    /** Draws one replacement for an assignment that ended without a review and starts its review. */
    boolean replace(ReviewAssignment old) {
        // the system draws, not the declining expert: the pool's conflicts are the bureau's business
        Drawing.Drawn drawn = SystemContext.call(() -> drawing.draw(old.getProposalId(), 1, old.getRound(), null));
        if (drawn.assignments().isEmpty()) {
            return false;
        }
        ReviewAssignment replacement = drawn.assignments().get(0);
        ReviewFacts facts = proposals.facts(old.getProposalId());
        // the replacement gets the call's full review period, however late the original was
        Instant due = clock.instant().plus(java.time.Duration.ofDays(calls.details(facts.callId()).reviewDays()));
        replacement.invite(due);
        assignments.flush();
        notifier.notify("assignment:" + replacement.getId() + ":invited", replacement.getExpertId(),
                "notification.reviewInvited", "tasks", facts.number(), Dates.format(due, clock));
        process.addReviewer(facts.processInstanceId(), replacement.getId());
        return true;
    }

    /** Saves the scores as a draft (may be incomplete, never malformed). */
    @Transactional
    public void saveDraft(String taskId, ScoreSheet sheet) {
        ReviewAssignment a = acceptedMine(taskId);
        store(a, sheet, false);
    }

    /**
     * Submits the review: complete and valid, then locked. The expert's review task completes in
     * the same transaction; the last one triggers the aggregation. Two experts submitting at the
     * same moment both land: the process's own optimistic lock makes one of them retry.
     */
    public void submit(String taskId, ScoreSheet sheet) {
        for (int attempt = 1; ; attempt++) {
            try {
                tx.executeWithoutResult(status -> submitInTransaction(taskId, sheet));
                return;
            } catch (RuntimeException e) {
                if (attempt >= 3 || !isConcurrencyConflict(e)) {
                    throw e;
                }
            }
        }
    }

    private void submitInTransaction(String taskId, ScoreSheet sheet) {
        ReviewAssignment a = acceptedMine(taskId);
        Review review = store(a, sheet, true);
        a.submitted();
        reviews.flush();
        process.complete(taskId, Map.of());
        audit.record("REVIEW_SUBMITTED", "proposal", a.getProposalId(), "assignment " + a.getId() + " total "
                + review.getWeightedTotal() + " " + review.getRecommendation());
    }

    /** The database or the process engine refused a concurrent update: worth one more try. */
    private static boolean isConcurrencyConflict(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.springframework.dao.ConcurrencyFailureException
                    || t.getClass().getSimpleName().contains("OptimisticLocking")) {
                return true;
            }
        }
        return false;
    }

    /** Checks and stores the sheet; complete = the submission (all required, then locked). */
    private Review store(ReviewAssignment a, ScoreSheet sheet, boolean complete) {
        ScoringFacts facts = proposals.scoringFacts(a.getProposalId());
        CallDetails call = calls.details(facts.callId());
        List<CallCriterion.Draft> criteria = call.criteria();
        Problems problems = new Problems();
        List<CriterionScore> scored = new ArrayList<>();
        for (int i = 0; i < criteria.size(); i++) {
            CallCriterion.Draft c = criteria.get(i);
            BigDecimal points = i < sheet.points().size() ? sheet.points().get(i) : null;
            if (points == null) {
                if (complete) {
                    problems.add("points." + i, "validation.required");
                }
            } else if (points.signum() < 0 || points.compareTo(BigDecimal.valueOf(c.maxPoints())) > 0) {
                problems.add("points." + i, "review.pointsRange", c.maxPoints());
            } else if (points.stripTrailingZeros().scale() > 1) {
                problems.add("points." + i, "review.pointsDecimals");
            }
            scored.add(new CriterionScore(i, c.name(), c.weight(), c.maxPoints(), points));
        }
        if (sheet.recommendedBudget() == null) {
            if (complete) {
                problems.add("recommendedBudget", "validation.required");
            }
        } else if (sheet.recommendedBudget().signum() < 0) {
            problems.add("recommendedBudget", "proposal.amountNegative");
        } else if (sheet.recommendedBudget().compareTo(facts.requestedTotal()) > 0) {
            problems.add("recommendedBudget", "review.budgetOverRequested", facts.requestedTotal());
        }
        if (sheet.recommendation() == null && complete) {
            problems.add("recommendation", "validation.required");
        }
        String toApplicant = problems.text("commentToApplicant", sheet.commentToApplicant(), 4000, complete);
        String toBureau = problems.text("commentToBureau", sheet.commentToBureau(), 4000, false);
        if (complete && !toApplicant.isEmpty() && toApplicant.codePointCount(0, toApplicant.length()) < MIN_COMMENT) {
            problems.add("commentToApplicant", "review.commentTooShort", MIN_COMMENT);
        }
        problems.throwIfAny();
        BigDecimal total = scored.stream().allMatch(s -> s.getPoints() != null)
                ? ScoreAggregation.weightedTotal(scored.stream().map(CriterionScore::getPoints).toList(),
                        scored.stream().map(CriterionScore::getMaxPoints).toList(),
                        scored.stream().map(CriterionScore::getWeight).toList())
                : null;
        Review existing = reviews.findByAssignmentId(a.getId()).orElse(null);
        if (existing != null && existing.getStatus() == Review.Status.SUBMITTED) {
            throw InvalidInputException.of(null, "review.alreadySubmitted");
        }
        Review review = existing != null ? existing
                : new Review(a.getId(), a.getProposalId(), a.getExpertId(), clock.instant());
        review.apply(new ScoreSheet(sheet.points(), sheet.recommendedBudget(), sheet.recommendation(), toApplicant,
                toBureau), scored, total, clock.instant());
        if (complete) {
            review.submit(clock.instant());
        }
        // a first save inserts the review as it is now: one insert, not an insert and an update
        return existing != null ? existing : reviews.save(review);
    }

    private ReviewAssignment mine(String taskId) {
        AppPrincipal expert = CurrentUser.requireAny(Role.EXPERT);
        long assignmentId = process.assignmentIdOf(taskId);
        long proposalId = assignments.findById(assignmentId)
                .orElseThrow(() -> new NotAllowedException("assignment " + assignmentId)).getProposalId();
        proposals.lockForReview(proposalId);
        ReviewAssignment a = assignments.lockById(assignmentId)
                .orElseThrow(() -> new NotAllowedException("assignment " + assignmentId));
        if (a.getExpertId() != expert.userId()) {
            throw new NotAllowedException("assignment " + assignmentId + " of another expert");
        }
        return a;
    }

    private ReviewAssignment acceptedMine(String taskId) {
        ReviewAssignment a = mine(taskId);
        if (a.getStatus() != AssignmentStatus.ACCEPTED) {
            throw InvalidInputException.of(null, a.getStatus() == AssignmentStatus.INVITED ? "review.acceptFirst"
                    : "review.notOpen");
        }
        return a;
    }

    private static ProposalContent withoutTeam(ProposalContent c) {
        return new ProposalContent(c.title(), c.field(), c.summary(), c.objectives(), c.outcomes(), c.startDate(),
                c.endDate(), List.of(), List.of(), c.budget(), c.declarationAccepted());
    }
}
