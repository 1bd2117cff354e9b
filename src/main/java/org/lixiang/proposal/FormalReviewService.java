package org.lixiang.proposal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lixiang.base.AppPrincipal;
import org.lixiang.base.Dates;
import org.lixiang.base.SearchText;
import org.lixiang.base.CurrentUser;
import org.lixiang.base.InvalidInputException;
import org.lixiang.base.NotAllowedException;
import org.lixiang.base.Paging;
import org.lixiang.base.Problems;
import org.lixiang.base.ResearchField;
import org.lixiang.base.Role;
import org.lixiang.base.audit.AuditLog;
import org.lixiang.notification.Notifier;
import org.lixiang.workflow.ApprovalProcess;
import org.lixiang.workflow.TaskInbox;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The formal review (形式审查) by officers: the queue per call, starting the review (which ends
 * the applicant's right to withdraw), and the decision — pass, return for revision with reasons
 * and a due date, or reject with a reason — recorded and fed to the process in one transaction.
 */
@Service
public class FormalReviewService {

    static final String STEP = "formalReview";
    private static final EnumSet<ProposalStatus> WAITING = EnumSet.of(ProposalStatus.SUBMITTED, ProposalStatus.IN_FORMAL_REVIEW);

    private final ProposalRepository proposals;
    private final FormalReviewRepository reviews;
    private final ProposalService proposalService;
    private final ProposalSnapshots snapshots;
    private final ProposalTimeline timeline;
    private final TaskInbox inbox;
    private final ApprovalProcess process;
    private final AuditLog audit;
    private final Notifier notifier;
    private final Clock clock;

    FormalReviewService(ProposalRepository proposals, FormalReviewRepository reviews, ProposalService proposalService,
                        ProposalSnapshots snapshots, ProposalTimeline timeline, TaskInbox inbox,
                        ApprovalProcess process, AuditLog audit, Notifier notifier, Clock clock) {
        this.proposals = proposals;
        this.reviews = reviews;
        this.proposalService = proposalService;
        this.snapshots = snapshots;
        this.timeline = timeline;
        this.inbox = inbox;
        this.process = process;
        this.audit = audit;
        this.notifier = notifier;
        this.clock = clock;
    }

    /** What the review screen shows: the proposal, what changed since the last version, earlier decisions. */
    public record Case(String taskId, ProposalDetails proposal, List<VersionChange> changes,
                       List<PastDecision> history) {
    }

    /** An earlier formal-review decision on this proposal. */
    public record PastDecision(int revision, FormalDecision decision, String reason, Instant reviseDue) {
    }

    /**
     * The officer opens a formal-review task: they take it, and the applicant can no longer
     * withdraw. Idempotent for the same officer.
     */
    @Transactional
    public Case start(String taskId) {
        CurrentUser.requireAny(Role.OFFICER);
        formalReviewTask(taskId);
        process.claim(taskId);
        Proposal p = proposals.lockById(process.proposalIdOf(taskId))
                .orElseThrow(() -> new NotAllowedException("proposal of task " + taskId));
        if (p.getStatus() == ProposalStatus.SUBMITTED) {
            p.setStatus(ProposalStatus.IN_FORMAL_REVIEW, clock.instant());
            timeline.add(p.getId(), ProposalEvent.Type.FORMAL_REVIEW_STARTED, null, null);
            audit.record("FORMAL_REVIEW_STARTED", "proposal", p.getId(), p.getNumber());
        }
        return new Case(taskId, proposalService.detailsOf(p), snapshots.latestChanges(p.getId()),
                reviews.findByProposalIdOrderByRevisionDesc(p.getId()).stream()
                        .map(r -> new PastDecision(r.getRevision(), r.getDecision(), r.getReason(), r.getReviseDue()))
                        .toList());
    }

    /**
     * Decides the formal review. RETURN needs reasons and a future due date; REJECT a reason;
     * PASS may carry a note. Returns the proposal's new status.
     */
    @Transactional
    public ProposalStatus decide(String taskId, FormalDecision decision, String reason, Instant reviseDue) {
        AppPrincipal officer = CurrentUser.requireAny(Role.OFFICER);
        formalReviewTask(taskId);
        Problems problems = new Problems();
        if (decision == null) {
            problems.add("decision", "validation.required");
        }
        String text = problems.text("reason", reason, 2000, decision == FormalDecision.RETURN || decision == FormalDecision.REJECT);
        if (decision == FormalDecision.RETURN) {
            if (reviseDue == null) {
                problems.add("reviseDue", "validation.required");
            } else if (!reviseDue.isAfter(clock.instant())) {
                problems.add("reviseDue", "formalReview.dueInPast");
            }
        }
        problems.throwIfAny();

        Proposal p = proposals.lockById(process.proposalIdOf(taskId))
                .orElseThrow(() -> new NotAllowedException("proposal of task " + taskId));
        if (!WAITING.contains(p.getStatus())) {
            throw InvalidInputException.of(null, "formalReview.alreadyDecided");
        }
        // minutes are what the date picker offers, and all the process engine keeps anyway
        Instant due = decision == FormalDecision.RETURN ? reviseDue.truncatedTo(ChronoUnit.MINUTES) : null;
        reviews.save(new FormalReview(p.getId(), p.getRevision(), decision, text.isEmpty() ? null : text, due,
                officer.userId(), clock.instant()));
        ProposalStatus next = switch (decision) {
            case PASS -> ProposalStatus.EXPERT_REVIEW;
            case RETURN -> ProposalStatus.RETURNED;
            case REJECT -> ProposalStatus.REJECTED;
        };
        p.setStatus(next, clock.instant());
        timeline.add(p.getId(), switch (decision) {
            case PASS -> ProposalEvent.Type.PASSED;
            case RETURN -> ProposalEvent.Type.RETURNED;
            case REJECT -> ProposalEvent.Type.REJECTED;
        }, text.isEmpty() ? null : text, due);
        Map<String, Object> variables = new HashMap<>();
        variables.put("formalDecision", decision.name());
        if (due != null) {
            variables.put("reviseDue", Date.from(due));
        }
        if (decision == FormalDecision.PASS) {
            variables.put("expertsWanted", 0); // the call's number of experts
        }
        process.complete(taskId, variables);
        audit.record("FORMAL_REVIEW_" + decision.name(), "proposal", p.getId(),
                p.getNumber() + " revision " + p.getRevision() + (text.isEmpty() ? "" : ": " + text));
        // the reasons stay on the proposal's page (too long for a message); the message points there
        if (decision == FormalDecision.RETURN) {
            notifier.notify("proposal:" + p.getId() + ":returned:" + p.getRevision(), p.getApplicantId(),
                    "notification.proposalReturned", "tasks", p.getNumber(), Dates.format(due, clock));
        } else if (decision == FormalDecision.REJECT) {
            notifier.notify("proposal:" + p.getId() + ":rejected", p.getApplicantId(),
                    "notification.proposalRejected", "proposals/" + p.getId(), p.getNumber());
        }
        return next;
    }

    /** A row of the formal-review queue, with the task to open (null if someone else took it). */
    public record QueueItem(ProposalSummary proposal, String taskId, Long reviewerId) {
    }

    /** Proposals of a call waiting for (or in) formal review, oldest submission first. */
    @Transactional(readOnly = true)
    public List<QueueItem> queue(long callId, ResearchField field, String text, int offset, int limit) {
        CurrentUser.requireAny(Role.OFFICER, Role.LEADER, Role.ADMIN);
        List<ProposalSummary> page = proposals.queue(callId, WAITING, field, SearchText.containsPattern(text), Paging.of(offset, limit));
        Map<Long, String> instanceOf = new HashMap<>();
        proposals.findAllById(page.stream().map(ProposalSummary::id).toList())
                .forEach(p -> instanceOf.put(p.getId(), p.getProcessInstanceId()));
        Map<String, List<ApprovalProcess.OpenStep>> steps =
                process.openSteps(instanceOf.values().stream().filter(java.util.Objects::nonNull).toList());
        return page.stream().map(s -> {
            ApprovalProcess.OpenStep step = steps.getOrDefault(instanceOf.get(s.id()), List.of()).stream()
                    .filter(o -> STEP.equals(o.stepKey())).findFirst().orElse(null);
            return new QueueItem(s, step == null ? null : step.taskId(), step == null ? null : step.assigneeId());
        }).toList();
    }

    @Transactional(readOnly = true)
    public long countQueue(long callId, ResearchField field, String text) {
        CurrentUser.requireAny(Role.OFFICER, Role.LEADER, Role.ADMIN);
        return proposals.countQueue(callId, WAITING, field, SearchText.containsPattern(text));
    }

    /** Calls with proposals waiting for formal review. */
    @Transactional(readOnly = true)
    public List<CallQueue> callsWaiting() {
        CurrentUser.requireAny(Role.OFFICER, Role.LEADER, Role.ADMIN);
        return proposals.callsWaiting(WAITING);
    }

    private void formalReviewTask(String taskId) {
        if (!STEP.equals(inbox.step(taskId))) {
            throw new NotAllowedException("task " + taskId + " is not a formal review");
        }
    }

}
