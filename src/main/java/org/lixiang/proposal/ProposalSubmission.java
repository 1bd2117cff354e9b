package org.lixiang.proposal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.lixiang.base.Dates;
import org.lixiang.base.InvalidInputException;
import org.lixiang.base.Problems;
import org.lixiang.base.audit.AuditLog;
import org.lixiang.call.CallDetails;
import org.lixiang.call.CallService;
import org.lixiang.workflow.ApprovalProcess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Submitting a proposal: everything validated at once, the deadline checked against the
 * server's clock, a number assigned, the version kept, and the approval process started (or, for
 * a returned proposal, its revise step completed) — all in one transaction. The proposal row is
 * locked first, so a double click or a second tab finds it already submitted.
 */
@Service
public class ProposalSubmission {

    private final ProposalAccess access;
    private final ProposalRepository proposals;
    private final FormalReviewRepository formalReviews;
    private final ProposalNumbers numbers;
    private final ProposalSnapshots snapshots;
    private final ProposalTimeline timeline;
    private final CallService calls;
    private final ApprovalProcess process;
    private final AuditLog audit;
    private final Clock clock;

    ProposalSubmission(ProposalAccess access, ProposalRepository proposals, FormalReviewRepository formalReviews,
                       ProposalNumbers numbers, ProposalSnapshots snapshots, ProposalTimeline timeline,
                       CallService calls, ApprovalProcess process, AuditLog audit, Clock clock) {
        this.access = access;
        this.proposals = proposals;
        this.formalReviews = formalReviews;
        this.numbers = numbers;
        this.snapshots = snapshots;
        this.timeline = timeline;
        this.calls = calls;
        this.process = process;
        this.audit = audit;
        this.clock = clock;
    }

    /** Saves the content and submits it; returns the proposal number. */
    @Transactional
    public String submit(long proposalId, long expectedVersion, ProposalContent content) {
        Proposal p = access.ownLocked(proposalId);
        if (!p.getStatus().editable()) {
            throw InvalidInputException.of(null, "proposal.alreadySubmitted", p.getNumber());
        }
        ProposalService.requireVersion(p, expectedVersion);
        CallDetails call = calls.details(p.getCallId());
        Instant now = clock.instant();
        boolean revision = p.getStatus() == ProposalStatus.RETURNED;
        Problems problems = new Problems();
        if (revision) {
            Instant due = formalReviews.findByProposalIdOrderByRevisionDesc(p.getId()).get(0).getReviseDue();
            if (due != null && now.isAfter(due)) {
                problems.add(null, "proposal.revisionOverdue", Dates.format(due, clock));
            }
        } else if (!call.isOpenAt(now)) {
            problems.add(null, "proposal.deadlinePassed", Dates.format(call.closesAt(), clock));
        }
        ProposalRules.check(content, call, true, problems);
        problems.throwIfAny();

        p.apply(content, now);
        p.submitted(p.getNumber() == null ? numbers.next(call.year()) : p.getNumber(), now);
        proposals.flush();
        snapshots.record(p, now);
        if (revision) {
            process.completeRevision(p.getProcessInstanceId());
            timeline.add(p.getId(), ProposalEvent.Type.RESUBMITTED, null, null);
        } else {
            p.setProcessInstanceId(process.start(p.getId(), p.getNumber(), p.getNumber() + " " + p.getTitle(),
                    p.getApplicantId()));
            timeline.add(p.getId(), ProposalEvent.Type.SUBMITTED, null, null);
        }
        audit.record(revision ? "PROPOSAL_RESUBMITTED" : "PROPOSAL_SUBMITTED", "proposal", p.getId(),
                p.getNumber() + " revision " + p.getRevision());
        return p.getNumber();
    }

    /** Changes between the last two submitted versions, for the officer (and the applicant). */
    @Transactional(readOnly = true)
    public List<VersionChange> latestChanges(long proposalId) {
        access.readable(proposalId);
        return snapshots.latestChanges(proposalId);
    }
}
