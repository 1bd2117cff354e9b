package org.lixiang.proposal;

/**
 * A proposal whose final result was just recorded: what telling its process and its applicant
 * needs, read with the change itself (no second look-up).
 */
public record DecidedProposal(long proposalId, String number, long applicantId, String processInstanceId) {
}
