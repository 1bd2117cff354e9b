package org.lixiang.call;

/**
 * Whether proposals exist for a call, which freezes its rules. Implemented by the proposal
 * feature, so that calls need not know about proposals.
 */
public interface CallUsage {

    boolean hasProposals(long callId);
}
