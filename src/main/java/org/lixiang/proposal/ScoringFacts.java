package org.lixiang.proposal;

import java.math.BigDecimal;

/**
 * What checking an expert's scores needs of the proposal: its call (the criteria) and its
 * requested total (the recommended budget may not exceed it). Read in one query.
 */
public record ScoringFacts(long proposalId, long callId, BigDecimal requestedTotal) {
}
