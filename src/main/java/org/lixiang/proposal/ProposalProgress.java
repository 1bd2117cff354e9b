package org.lixiang.proposal;

import java.util.Optional;
import org.lixiang.workflow.ProcessHistory;
import org.lixiang.workflow.ProcessHistory.Position;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where a proposal stands in its approval process, for whoever may read the proposal (its
 * applicant, the bureau): the deployed diagram with the steps done and the step it is in now.
 */
@Service
public class ProposalProgress {

    private final ProposalAccess access;
    private final ProcessHistory history;

    ProposalProgress(ProposalAccess access, ProcessHistory history) {
        this.access = access;
        this.history = history;
    }

    /** Empty while the proposal has never been submitted (no process yet). */
    @Transactional(readOnly = true)
    public Optional<Position> position(long proposalId) {
        return history.position(access.readable(proposalId).getProcessInstanceId());
    }
}
