package org.lixiang.proposal;

import java.time.Instant;
import org.lixiang.base.ResearchField;

/** A proposal as lists show it (no content, one row per proposal). */
public record ProposalSummary(long id, long callId, String callName, String number, String title,
                              ResearchField field, ProposalStatus status, Instant updatedAt, Instant submittedAt,
                              String organizationName) {
}
