package org.lixiang.decision;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A funding plan as the officer and the leader see it: ranked rows and the envelope. */
public record PlanView(long planId, long version, long callId, String callName, PlanStatus status, int revision,
                       BigDecimal envelope, BigDecimal fundedTotal, String leaderComment,
                       Instant publicityStartsAt, Instant publicityEndsAt, List<Row> rows) {

    /** One ranked proposal. {@code funded} null: below the funding line. */
    public record Row(long proposalId, int rank, String number, String title, String organization, BigDecimal score,
                      BigDecimal requested, BigDecimal recommended, BigDecimal funded, boolean withdrawn) {
    }

    public BigDecimal remaining() {
        return envelope.subtract(fundedTotal);
    }
}
