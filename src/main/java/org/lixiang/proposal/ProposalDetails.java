package org.lixiang.proposal;

import java.time.Instant;

/** A proposal as its screens show it: identity, state and the whole content. */
public record ProposalDetails(long id, long version, long callId, String callName, String number,
                              ProposalStatus status, int revision, long applicantId, String applicantName,
                              String organizationName, ProposalContent content, Instant createdAt,
                              Instant submittedAt) {

    /** Who applies, for display. */
    public record Applicant(String name, String organization) {
    }
}
