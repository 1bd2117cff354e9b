package org.lixiang.proposal;

import org.lixiang.base.AppPrincipal;
import org.lixiang.base.CurrentUser;
import org.lixiang.base.NotAllowedException;
import org.lixiang.base.Role;
import org.springframework.stereotype.Component;

/**
 * Who may see or change a proposal: its applicant, and the bureau (officers, leaders, admins).
 * Experts see nothing here; their assigned proposals reach them through the review feature.
 */
@Component
class ProposalAccess {

    private final ProposalRepository proposals;

    ProposalAccess(ProposalRepository proposals) {
        this.proposals = proposals;
    }

    Proposal readable(long proposalId) {
        AppPrincipal user = CurrentUser.require();
        Proposal p = proposals.findById(proposalId).orElseThrow(() -> new NotAllowedException("proposal " + proposalId));
        if (!canRead(user, p)) {
            throw new NotAllowedException("proposal " + proposalId);
        }
        return p;
    }

    /** The applicant's own proposal, row-locked for a state change. */
    Proposal ownLocked(long proposalId) {
        AppPrincipal user = CurrentUser.requireAny(Role.APPLICANT);
        Proposal p = proposals.lockById(proposalId).orElseThrow(() -> new NotAllowedException("proposal " + proposalId));
        if (p.getApplicantId() != user.userId()) {
            throw new NotAllowedException("proposal " + proposalId);
        }
        return p;
    }

    static boolean canRead(AppPrincipal user, Proposal p) {
        return p.getApplicantId() == user.userId() || user.hasAny(Role.OFFICER, Role.LEADER, Role.ADMIN);
    }
}
