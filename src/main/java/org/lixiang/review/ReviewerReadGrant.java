package org.lixiang.review;

import java.util.EnumSet;
import org.lixiang.base.AppPrincipal;
import org.lixiang.base.Role;
import org.lixiang.proposal.ProposalReadGrant;
import org.springframework.stereotype.Component;

/** An expert who accepted to review a proposal may read its attachments — and only then. */
@Component
class ReviewerReadGrant implements ProposalReadGrant {

    private final ReviewAssignmentRepository assignments;

    ReviewerReadGrant(ReviewAssignmentRepository assignments) {
        this.assignments = assignments;
    }

    @Override
    public boolean mayReadAttachments(AppPrincipal user, long proposalId) {
        return user.has(Role.EXPERT) && assignments.existsByProposalIdAndExpertIdAndStatusIn(proposalId, user.userId(),
                EnumSet.of(AssignmentStatus.ACCEPTED));
    }
}
