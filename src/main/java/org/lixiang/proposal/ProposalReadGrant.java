package org.lixiang.proposal;

import org.lixiang.base.AppPrincipal;

/**
 * Lets another feature grant read access to a proposal's attachments beyond its applicant and
 * the bureau — the review feature grants it to experts who accepted to review the proposal.
 */
public interface ProposalReadGrant {

    boolean mayReadAttachments(AppPrincipal user, long proposalId);
}
