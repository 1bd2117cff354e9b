package org.lixiang.proposal;

import org.lixiang.base.AppPrincipal;
import org.lixiang.base.CurrentUser;
import org.lixiang.base.NotAllowedException;
import org.lixiang.base.Role;
import org.lixiang.base.audit.AuditLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proposal facts and state changes for the review process. Callable by the process engine (no
 * user: a service task continuing an officer's or expert's step) and by officers and admins;
 * the review feature's own services check experts' assignments before they reach here.
 */
@Service
public class ProposalDirectory {

    private final ProposalRepository proposals;
    private final ProposalTimeline timeline;
    private final AuditLog audit;
    private final java.time.Clock clock;

    ProposalDirectory(ProposalRepository proposals, ProposalTimeline timeline, AuditLog audit, java.time.Clock clock) {
        this.proposals = proposals;
        this.timeline = timeline;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ReviewFacts facts(long proposalId) {
        requireProcessOrBureau();
        Proposal p = proposals.findById(proposalId).orElseThrow(() -> new NotAllowedException("proposal " + proposalId));
        ProposalDetails.Applicant applicant = proposals.applicant(p.getApplicantId());
        ProposalContent c = p.content();
        return new ReviewFacts(p.getId(), p.getNumber(), p.getTitle(), p.getCallId(), p.getField(), p.getApplicantId(),
                applicant.name(), applicant.organization(), c.team(), c.avoidedExperts(), c.requestedTotal(),
                p.getProcessInstanceId(), p.getStatus());
    }

    /** The call and requested total of a proposal, for checking a score sheet (one query). */
    @Transactional(readOnly = true)
    public ScoringFacts scoringFacts(long proposalId) {
        requireProcessOrBureau();
        return proposals.scoringFacts(proposalId).orElseThrow(() -> new NotAllowedException("proposal " + proposalId));
    }

    /** The proposal's content as an assigned expert reads it (the review feature checked the assignment). */
    @Transactional(readOnly = true)
    public ProposalContent contentForReview(long proposalId) {
        requireProcessOrBureau();
        return proposals.findById(proposalId).orElseThrow(() -> new NotAllowedException("proposal " + proposalId))
                .content();
    }

    /** Proposals of a call in the given states, oldest submission first (for the bureau's progress lists). */
    @Transactional(readOnly = true)
    public java.util.List<ProposalSummary> inStates(long callId, java.util.Set<ProposalStatus> states, int offset, int limit) {
        CurrentUser.requireAny(Role.OFFICER, Role.LEADER, Role.ADMIN);
        return proposals.queue(callId, states, null, "", org.lixiang.base.Paging.of(offset, limit));
    }

    @Transactional(readOnly = true)
    public long countInStates(long callId, java.util.Set<ProposalStatus> states) {
        CurrentUser.requireAny(Role.OFFICER, Role.LEADER, Role.ADMIN);
        return proposals.countQueue(callId, states, null, "");
    }

    /** The requested budget totals of the given proposals (one query). */
    @Transactional(readOnly = true)
    public java.util.Map<Long, java.math.BigDecimal> requestedTotals(java.util.Collection<Long> proposalIds) {
        requireProcessOrBureau();
        java.util.Map<Long, java.math.BigDecimal> totals = new java.util.HashMap<>();
        if (!proposalIds.isEmpty()) {
            proposals.requestedTotals(proposalIds).forEach(r -> totals.put((Long) r[0], (java.math.BigDecimal) r[1]));
        }
        return totals;
    }

    /** Summaries of the given proposals (one query). */
    @Transactional(readOnly = true)
    public java.util.List<ProposalSummary> summaries(java.util.Collection<Long> proposalIds) {
        requireProcessOrBureau();
        return proposalIds.isEmpty() ? java.util.List.of() : proposals.summaries(proposalIds);
    }

    /** How many of a call's proposals are in each state (one aggregate query). */
    @Transactional(readOnly = true)
    public java.util.Map<ProposalStatus, Long> countByStatus(long callId) {
        requireProcessOrBureau();
        java.util.Map<ProposalStatus, Long> counts = new java.util.EnumMap<>(ProposalStatus.class);
        proposals.countByStatus(callId).forEach(r -> counts.put((ProposalStatus) r[0], (Long) r[1]));
        return counts;
    }

    /** Calls having proposals in the given states, with how many. */
    @Transactional(readOnly = true)
    public java.util.List<CallQueue> callsWith(java.util.Set<ProposalStatus> states) {
        CurrentUser.requireAny(Role.OFFICER, Role.LEADER, Role.ADMIN);
        return proposals.callsWaiting(states);
    }

    /**
     * Locks the proposal's row until the transaction ends: the review steps of one proposal
     * (submissions, declines, replacements) then run one after another, so the process engine
     * counts every expert's completion of the parallel reviews exactly once.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public void lockForReview(long proposalId) {
        requireProcessOrBureau();
        proposals.lockById(proposalId).orElseThrow(() -> new NotAllowedException("proposal " + proposalId));
    }

    /** The expert review is complete and its scores are accepted. */
    @Transactional
    public void markReviewed(long proposalId) {
        requireProcessOrBureau();
        Proposal p = proposals.lockById(proposalId).orElseThrow(() -> new NotAllowedException("proposal " + proposalId));
        if (p.getStatus() == ProposalStatus.EXPERT_REVIEW) {
            p.setStatus(ProposalStatus.REVIEWED, clock.instant());
            timeline.add(p.getId(), ProposalEvent.Type.REVIEWED, null, null);
            audit.record("EXPERT_REVIEW_COMPLETED", "proposal", p.getId(), p.getNumber());
        }
    }

    /** The leader gave the department opinion (处室意见), with the comment the bureau keeps. */
    @Transactional
    public void markOpinionGiven(long proposalId) {
        requireProcessOrBureau();
        Proposal p = proposals.lockById(proposalId).orElseThrow(() -> new NotAllowedException("proposal " + proposalId));
        if (p.getStatus() != ProposalStatus.REVIEWED) {
            throw new org.lixiang.base.InvalidInputException(java.util.List.of(
                    new org.lixiang.base.InvalidInputException.Problem(null, "proposal.notAwaitingOpinion")));
        }
        p.setStatus(ProposalStatus.OPINION_GIVEN, clock.instant());
        timeline.add(p.getId(), ProposalEvent.Type.OPINION_GIVEN, null, null);
    }

    /** The call's decision is final: approved with an amount, or not approved. */
    @Transactional
    public DecidedProposal markResult(long proposalId, boolean approved, java.math.BigDecimal amount) {
        requireProcessOrBureau();
        Proposal p = proposals.lockById(proposalId).orElseThrow(() -> new NotAllowedException("proposal " + proposalId));
        p.setStatus(approved ? ProposalStatus.APPROVED : ProposalStatus.NOT_APPROVED, clock.instant());
        timeline.add(p.getId(), approved ? ProposalEvent.Type.APPROVED : ProposalEvent.Type.NOT_APPROVED,
                approved ? amount.toPlainString() : null, null);
        return new DecidedProposal(p.getId(), p.getNumber(), p.getApplicantId(), p.getProcessInstanceId());
    }

    /**
     * The process engine (no user), the bureau, or an expert — whom the review services let
     * through only for a proposal they are assigned to. Applicants never come here.
     */
    private static void requireProcessOrBureau() {
        AppPrincipal u = CurrentUser.get().orElse(null);
        if (u != null && !u.hasAny(Role.OFFICER, Role.ADMIN, Role.LEADER, Role.EXPERT)) {
            throw new NotAllowedException("proposal facts");
        }
    }
}
