package org.lixiang.proposal;

import org.lixiang.call.CallUsage;
import org.springframework.stereotype.Component;

/** Tells the call feature whether a call has proposals (its rules are then frozen). */
@Component
class ProposalCallUsage implements CallUsage {

    private final ProposalRepository proposals;

    ProposalCallUsage(ProposalRepository proposals) {
        this.proposals = proposals;
    }

    @Override
    public boolean hasProposals(long callId) {
        return proposals.existsByCallId(callId);
    }
}
