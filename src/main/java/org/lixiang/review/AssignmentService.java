package org.lixiang.review;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lixiang.base.AppPrincipal;
import org.lixiang.base.CurrentUser;
import org.lixiang.base.Dates;
import org.lixiang.base.InvalidInputException;
import org.lixiang.base.NotAllowedException;
import org.lixiang.base.Problems;
import org.lixiang.base.Role;
import org.lixiang.base.audit.AuditLog;
import org.lixiang.call.CallDetails;
import org.lixiang.call.CallService;
import org.lixiang.expert.ExpertCandidate;
import org.lixiang.expert.ExpertPool;
import org.lixiang.notification.Notifier;
import org.lixiang.proposal.ProposalDirectory;
import org.lixiang.proposal.ReviewFacts;
import org.lixiang.workflow.ApprovalProcess;
import org.lixiang.workflow.TaskInbox;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The officer's side of the draw: the shortage task (how many experts are missing and why) and
 * the confirmation task, where drawn experts can be removed and others added — an expert with a
 * conflict only with a written reason, which is audited.
 */
@Service
public class AssignmentService {

    private final ApprovalProcess process;
    private final TaskInbox inbox;
    private final Drawing drawing;
    private final ReviewAssignmentRepository assignments;
    private final ReviewDrawRepository draws;
    private final ExpertPool pool;
    private final ProposalDirectory proposals;
    private final CallService calls;
    private final Notifier notifier;
    private final AuditLog audit;
    private final Clock clock;

    AssignmentService(ApprovalProcess process, TaskInbox inbox, Drawing drawing, ReviewAssignmentRepository assignments,
                      ReviewDrawRepository draws, ExpertPool pool, ProposalDirectory proposals, CallService calls,
                      Notifier notifier, AuditLog audit, Clock clock) {
        this.process = process;
        this.inbox = inbox;
        this.drawing = drawing;
        this.assignments = assignments;
        this.draws = draws;
        this.pool = pool;
        this.proposals = proposals;
        this.calls = calls;
        this.notifier = notifier;
        this.audit = audit;
        this.clock = clock;
    }

    /** A drawn or invited expert, for the officer. */
    public record Assigned(long assignmentId, long expertId, String name, String organization,
                           AssignmentStatus status, int round, ExclusionReason overriddenConflict,
                           String overrideReason) {
    }

    /** An expert of the field kept away from this proposal, and why. */
    public record Excluded(long expertId, String name, String organization, ExclusionReason reason) {
    }

    /** What the confirmation and shortage screens show. */
    public record DrawCase(String taskId, long proposalId, String number, String title, int wanted, int drawnCount,
                           int missing, long seed, Map<ExclusionReason, Integer> exclusionCounts,
                           List<Assigned> assigned, List<Excluded> excluded) {
    }

    @Transactional(readOnly = true)
    public DrawCase open(String taskId) {
        CurrentUser.requireAny(Role.OFFICER);
        long proposalId = process.proposalIdOf(task(taskId, "confirmExperts", "resolveShortage"));
        ReviewFacts facts = proposals.facts(proposalId);
        ReviewDraw draw = draws.findFirstByProposalIdOrderByIdDesc(proposalId)
                .orElseThrow(() -> new NotAllowedException("no draw for proposal " + proposalId));
        int round = assignments.currentRound(proposalId);
        List<Assigned> assigned = new ArrayList<>();
        for (ReviewAssignment a : assignments.findByProposalIdOrderById(proposalId)) {
            if (a.getRound() == round && a.getStatus() == AssignmentStatus.DRAWN) {
                ExpertCandidate e = pool.candidate(a.getExpertId()).orElse(null);
                assigned.add(new Assigned(a.getId(), a.getExpertId(), e == null ? "?" : e.name(),
                        e == null ? "" : e.organizationName(), a.getStatus(), a.getRound(), a.getExclusion(),
                        a.getOverrideReason()));
            }
        }
        List<Excluded> excluded = drawing.exclusions(proposalId).entrySet().stream()
                .filter(e -> e.getValue() != ExclusionReason.ALREADY_ASSIGNED || assigned.stream()
                        .noneMatch(x -> x.expertId() == e.getKey().userId()))
                .map(e -> new Excluded(e.getKey().userId(), e.getKey().name(), e.getKey().organizationName(), e.getValue()))
                .toList();
        return new DrawCase(taskId, proposalId, facts.number(), facts.title(), draw.getWanted(), assigned.size(),
                Math.max(0, draw.getWanted() - assigned.size()), draw.getSeed(), draw.exclusionCounts(), assigned,
                excluded);
    }

    /** Experts of the proposal's field the officer may add (any of them; conflicts need a reason). */
    @Transactional(readOnly = true)
    public List<ExpertCandidate> candidates(String taskId) {
        CurrentUser.requireAny(Role.OFFICER);
        long proposalId = process.proposalIdOf(task(taskId, "confirmExperts"));
        return pool.inField(proposals.facts(proposalId).field());
    }

    /**
     * Adds an expert to the draw. An expert with a conflict is refused unless the officer gives
     * a written reason, which is kept with the assignment and audited.
     */
    @Transactional
    public void add(String taskId, long expertId, String overrideReason) {
        AppPrincipal officer = CurrentUser.requireAny(Role.OFFICER);
        long proposalId = process.proposalIdOf(task(taskId, "confirmExperts"));
        ExpertCandidate expert = pool.candidate(expertId)
                .orElseThrow(() -> InvalidInputException.of("expert", "assign.notAnExpert"));
        if (assignments.findByProposalIdOrderById(proposalId).stream().anyMatch(a -> a.getExpertId() == expertId)) {
            throw InvalidInputException.of("expert", "assign.alreadyAssigned");
        }
        Optional<ExclusionReason> conflict = drawing.exclusion(proposalId, expert);
        Problems problems = new Problems();
        String reason = problems.text("overrideReason", overrideReason, 1000, false);
        if (conflict.isPresent() && reason.isEmpty()) {
            problems.add("overrideReason", "assign.conflictNeedsReason");
        }
        problems.throwIfAny();
        ReviewAssignment a = new ReviewAssignment(proposalId, expertId, null, assignments.currentRound(proposalId),
                officer.userId(), clock.instant());
        conflict.ifPresent(c -> a.overridden(c, reason));
        assignments.save(a);
        audit.record(conflict.isPresent() ? "EXPERT_ADDED_DESPITE_CONFLICT" : "EXPERT_ADDED", "proposal", proposalId,
                expert.name() + (conflict.map(c -> " (" + c + "): " + reason).orElse("")));
    }

    /** Takes a drawn expert off the draw before confirmation. */
    @Transactional
    public void remove(String taskId, long assignmentId) {
        CurrentUser.requireAny(Role.OFFICER);
        long proposalId = process.proposalIdOf(task(taskId, "confirmExperts"));
        ReviewAssignment a = assignments.lockById(assignmentId)
                .filter(x -> x.getProposalId() == proposalId && x.getStatus() == AssignmentStatus.DRAWN)
                .orElseThrow(() -> new NotAllowedException("assignment " + assignmentId));
        a.remove();
        audit.record("EXPERT_REMOVED", "proposal", proposalId, "expert " + a.getExpertId());
    }

    /**
     * Confirms the draw: every drawn expert is invited with the call's due date, and the process
     * starts one review per expert. A first round needs at least three experts.
     */
    @Transactional
    public void confirm(String taskId) {
        CurrentUser.requireAny(Role.OFFICER);
        long proposalId = process.proposalIdOf(task(taskId, "confirmExperts"));
        ReviewFacts facts = proposals.facts(proposalId);
        CallDetails call = calls.details(facts.callId());
        int round = assignments.currentRound(proposalId);
        List<ReviewAssignment> drawn = assignments.findByProposalIdAndStatusOrderById(proposalId, AssignmentStatus.DRAWN)
                .stream().filter(a -> a.getRound() == round).toList();
        int minimum = round == 1 ? ReviewSteps.MINIMUM_REVIEWS : 1;
        if (drawn.size() < minimum) {
            throw InvalidInputException.of(null, "assign.tooFew", minimum);
        }
        Instant due = clock.instant().plus(Duration.ofDays(call.reviewDays()));
        List<String> reviewers = new ArrayList<>();
        for (ReviewAssignment a : drawn) {
            a.invite(due);
            reviewers.add(String.valueOf(a.getId()));
            notifier.notify("assignment:" + a.getId() + ":invited", a.getExpertId(), "notification.reviewInvited",
                    "tasks", facts.number(),
                    Dates.format(due, clock));
        }
        assignments.flush();
        process.complete(taskId, Map.of("reviewers", reviewers));
        audit.record("EXPERTS_CONFIRMED", "proposal", proposalId, "round " + round + ": " + reviewers.size()
                + " experts, due " + due);
    }

    /** The officer's answer to a shortage: draw again (after changing the pool) or go on to confirm. */
    @Transactional
    public void resolveShortage(String taskId, boolean drawAgain) {
        CurrentUser.requireAny(Role.OFFICER);
        long proposalId = process.proposalIdOf(task(taskId, "resolveShortage"));
        process.complete(taskId, Map.of("shortageDecision", drawAgain ? "RETRY" : "CONTINUE"));
        audit.record("EXPERT_SHORTAGE_RESOLVED", "proposal", proposalId, drawAgain ? "draw again" : "continue");
    }

    /** The task, after checking it is the current user's and one of these steps. */
    private String task(String taskId, String... steps) {
        String step = inbox.step(taskId);
        if (!List.of(steps).contains(step)) {
            throw new NotAllowedException("task " + taskId + " is " + step);
        }
        return taskId;
    }
}
