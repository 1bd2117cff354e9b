package org.lixiang.decision;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The few columns the applicant's result needs, read with plain SQL: the final result, the
 * latest aggregate score and the submitted reviews' comments to the applicant. Selects no expert
 * id or name and no comment to the bureau, so none can leak into the applicant's view.
 */
@Repository
class ApplicantResultRepository {

    /**
     * The row the funding decision writes when the call's decision is final, once the proposal has
     * been told (its status and the applicant's notification change in the same step).
     */
    record ResultRow(boolean approved, BigDecimal fundedAmount, java.time.Instant finalizedAt) {
    }

    private final JdbcTemplate jdbc;

    ApplicantResultRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ResultRow> result(long proposalId) {
        return jdbc.query("""
                select approved, funded_amount, finalized_at from proposal_result
                where proposal_id = ? and announced_at is not null""",
                (rs, i) -> new ResultRow(rs.getBoolean(1), rs.getBigDecimal(2), rs.getTimestamp(3).toInstant()),
                proposalId).stream().findFirst();
    }

    /** The score of the latest aggregation round (after an extra expert, the last one counts). */
    Optional<BigDecimal> latestScore(long proposalId) {
        return jdbc.query("""
                select score from review_aggregate where proposal_id = ?
                order by round desc fetch first 1 rows only""", (rs, i) -> rs.getBigDecimal(1), proposalId)
                .stream().findFirst();
    }

    /** Submitted reviews' comments to the applicant, in the order the reviews were submitted. */
    List<String> commentsToApplicant(long proposalId) {
        return jdbc.queryForList("""
                select comment_to_applicant from review
                where proposal_id = ? and status = 'SUBMITTED'
                  and comment_to_applicant is not null and trim(comment_to_applicant) <> ''
                order by submitted_at, id""", String.class, proposalId);
    }
}
