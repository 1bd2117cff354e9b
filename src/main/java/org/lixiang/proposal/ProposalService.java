package org.lixiang.proposal;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lixiang.base.AppPrincipal;
import org.lixiang.base.CurrentUser;
import org.lixiang.base.InvalidInputException;
import org.lixiang.base.Paging;
import org.lixiang.base.Problems;
import org.lixiang.base.Role;
import org.lixiang.base.audit.AuditChanges;
import org.lixiang.base.audit.AuditLog;
import org.lixiang.call.CallDetails;
import org.lixiang.call.CallService;
import org.lixiang.workflow.ApprovalProcess;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The applicant's proposals: create a draft for an open call, save it at any time, read it, list
 * them with their current step, and withdraw a submission before the formal review starts.
 */
@Service
public class ProposalService {

    private final ProposalRepository proposals;
    private final ProposalAccess access;
    private final ProposalEventRepository events;
    private final ProposalTimeline timeline;
    private final CallService calls;
    private final ApprovalProcess process;
    private final AuditLog audit;
    private final Clock clock;

    ProposalService(ProposalRepository proposals, ProposalAccess access, ProposalEventRepository events,
                    ProposalTimeline timeline, CallService calls, ApprovalProcess process, AuditLog audit,
                    Clock clock) {
        this.proposals = proposals;
        this.access = access;
        this.events = events;
        this.timeline = timeline;
        this.calls = calls;
        this.process = process;
        this.audit = audit;
        this.clock = clock;
    }

    /** A new, empty draft for a call that is open now; the team starts with the applicant as lead. */
    @Transactional
    public long createDraft(long callId) {
        AppPrincipal user = CurrentUser.requireAny(Role.APPLICANT);
        CallDetails call = calls.detailsForNewProposal(callId);
        if (!call.isOpenAt(clock.instant())) {
            throw InvalidInputException.of(null, "proposal.callClosed");
        }
        Proposal p = new Proposal(callId, user.userId(), user.organizationId(), clock.instant());
        ProposalDetails.Applicant me = proposals.applicant(user.userId());
        p.apply(ProposalContent.empty(me.name(), me.organization() == null ? "" : me.organization()), clock.instant());
        proposals.save(p);
        timeline.add(p.getId(), ProposalEvent.Type.CREATED, null, null);
        audit.record("PROPOSAL_CREATED", "proposal", p.getId(), call.name());
        return p.getId();
    }

    @Transactional(readOnly = true)
    public ProposalDetails details(long proposalId) {
        return detailsOf(access.readable(proposalId));
    }

    ProposalDetails detailsOf(Proposal p) {
        ProposalDetails.Applicant applicant = proposals.applicant(p.getApplicantId());
        CallDetails call = calls.details(p.getCallId());
        return new ProposalDetails(p.getId(), p.getVersion(), p.getCallId(), call.name(), p.getNumber(), p.getStatus(),
                p.getRevision(), p.getApplicantId(), applicant.name(), applicant.organization(), p.content(),
                p.getCreatedAt(), p.getSubmittedAt());
    }

    /**
     * Saves a draft (or a returned proposal being revised) as it is: incomplete content is fine,
     * malformed content is not. {@code expectedVersion} detects an edit from another tab.
     * Returns the new version.
     */
    @Transactional
    public long saveDraft(long proposalId, long expectedVersion, ProposalContent content) {
        Proposal p = access.ownLocked(proposalId);
        requireEditable(p);
        requireVersion(p, expectedVersion);
        Problems problems = new Problems();
        ProposalRules.check(content, calls.details(p.getCallId()), false, problems);
        problems.throwIfAny();
        ProposalContent before = p.content();
        p.apply(content, clock.instant());
        proposals.flush();
        AuditChanges changes = ProposalChanges.between(before, p.content());
        audit.record("PROPOSAL_DRAFT_SAVED", "proposal", p.getId(), changes.fieldNames(), changes);
        return p.getVersion();
    }

    /**
     * Withdraws a submitted proposal while no officer has started its formal review: the process
     * ends and the proposal goes back to draft, keeping its number.
     */
    @Transactional
    public void withdraw(long proposalId) {
        Proposal p = access.ownLocked(proposalId);
        if (p.getStatus() != ProposalStatus.SUBMITTED) {
            throw InvalidInputException.of(null, "proposal.cannotWithdraw");
        }
        process.withdraw(p.getProcessInstanceId());
        p.setProcessInstanceId(null);
        p.setStatus(ProposalStatus.DRAFT, clock.instant());
        timeline.add(p.getId(), ProposalEvent.Type.WITHDRAWN, null, null);
        audit.record("PROPOSAL_WITHDRAWN", "proposal", p.getId(), p.getNumber());
    }

    /** The current user's proposals, latest change first, with their open step. */
    @Transactional(readOnly = true)
    public List<MyProposal> mine(int offset, int limit) {
        AppPrincipal user = CurrentUser.requireAny(Role.APPLICANT);
        List<ProposalSummary> page = proposals.findMine(user.userId(), Paging.of(offset, limit));
        Map<Long, String> instanceOf = new HashMap<>();
        if (!page.isEmpty()) {
            proposals.findAllById(page.stream().map(ProposalSummary::id).toList()).forEach(p -> {
                if (p.getProcessInstanceId() != null) {
                    instanceOf.put(p.getId(), p.getProcessInstanceId());
                }
            });
        }
        Map<String, List<ApprovalProcess.OpenStep>> steps = process.openSteps(instanceOf.values());
        return page.stream().map(s -> {
            List<ApprovalProcess.OpenStep> open = steps.getOrDefault(instanceOf.get(s.id()), List.of());
            ApprovalProcess.OpenStep step = open.isEmpty() ? null : open.get(0);
            return new MyProposal(s, step == null ? null : step.stepKey(), step == null ? null : step.due(),
                    step != null && Long.valueOf(user.userId()).equals(step.assigneeId()) ? step.taskId() : null);
        }).toList();
    }

    @Transactional(readOnly = true)
    public long countMine() {
        return proposals.countByApplicantId(CurrentUser.requireAny(Role.APPLICANT).userId());
    }

    /** The timeline of a proposal: its applicant and the bureau may read it. */
    @Transactional(readOnly = true)
    public List<TimelineEntry> timeline(long proposalId) {
        access.readable(proposalId);
        return events.findByProposalIdOrderById(proposalId).stream().map(ProposalEvent::toEntry).toList();
    }

    /** A proposal in the applicant's list: its summary, open step (i18n step key), due date, and own task. */
    public record MyProposal(ProposalSummary summary, String stepKey, Instant due, String myTaskId) {
    }

    static void requireEditable(Proposal p) {
        if (!p.getStatus().editable()) {
            throw InvalidInputException.of(null, "proposal.notEditable");
        }
    }

    static void requireVersion(Proposal p, long expectedVersion) {
        if (p.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Proposal.class, p.getId());
        }
    }
}
