package org.lixiang.tracking;

import java.util.EnumSet;
import java.util.Set;
import org.lixiang.proposal.ProposalStatus;

/**
 * The stages of the dashboard's funnel. A proposal counts in every stage it has reached, judged
 * from its status now: one that was returned is still "submitted"; one not approved still
 * "passed the formal review" and "reviewed".
 */
public enum FunnelStage {
    SUBMITTED(EnumSet.complementOf(EnumSet.of(ProposalStatus.DRAFT))),
    PASSED_FORMAL_REVIEW(EnumSet.of(ProposalStatus.EXPERT_REVIEW, ProposalStatus.REVIEWED,
            ProposalStatus.OPINION_GIVEN, ProposalStatus.APPROVED, ProposalStatus.NOT_APPROVED)),
    REVIEWED(EnumSet.of(ProposalStatus.REVIEWED, ProposalStatus.OPINION_GIVEN, ProposalStatus.APPROVED,
            ProposalStatus.NOT_APPROVED)),
    APPROVED(EnumSet.of(ProposalStatus.APPROVED));

    private final Set<ProposalStatus> reached;

    FunnelStage(Set<ProposalStatus> reached) {
        this.reached = reached;
    }

    /** The statuses of proposals that have reached this stage. */
    public Set<ProposalStatus> reachedBy() {
        return reached;
    }

    public String labelKey() {
        return "dashboard.stage." + name();
    }
}
