package org.lixiang.review;

import java.math.BigDecimal;
import java.time.Instant;
import org.lixiang.call.AggregationRule;

/** A proposal's aggregated expert score as the bureau reads it. */
public record AggregateView(long proposalId, int round, AggregationRule ruleApplied, int reviews, BigDecimal score,
                            BigDecimal mean, BigDecimal standardDeviation, BigDecimal spread,
                            BigDecimal meanRecommendedBudget, int stronglySupport, int support, int notSupport,
                            boolean divergent, String resolution, String resolutionNote, Instant computedAt) {
}
