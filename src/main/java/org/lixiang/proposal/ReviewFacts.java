package org.lixiang.proposal;

import java.math.BigDecimal;
import java.util.List;
import org.lixiang.base.ResearchField;

/**
 * What the expert review needs to know of a proposal: its field and call, who is on it (for
 * conflicts), its requested budget, and its process. No applicant-facing content.
 */
public record ReviewFacts(long proposalId, String number, String title, long callId, ResearchField field,
                          long applicantId, String applicantName, String applicantOrganization,
                          List<ProposalContent.Member> team, List<ProposalContent.Avoided> avoided,
                          BigDecimal requestedTotal, String processInstanceId, ProposalStatus status) {
}
