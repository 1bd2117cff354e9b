package org.lixiang.decision;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A proposal's final result as its applicant reads it: approved (立项) with the funded amount or
 * not approved, the aggregated expert score, and the experts' comments meant for the applicant,
 * anonymized — only an ordinal (专家一, 专家二, …), never a name or id, never the comments to the bureau.
 */
public record ApplicantResult(long proposalId, String number, String title, boolean approved,
                              BigDecimal fundedAmount, Instant finalizedAt, BigDecimal score,
                              List<ExpertComment> comments) {

    /** One expert's comment to the applicant; {@code ordinal} counts from 1 in a stable order. */
    public record ExpertComment(int ordinal, String comment) {
    }
}
