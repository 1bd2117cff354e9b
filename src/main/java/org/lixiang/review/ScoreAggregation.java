package org.lixiang.review;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.lixiang.call.AggregationRule;

/**
 * How the experts' totals become the proposal's score (评分汇总), as a pure function: the mean,
 * or — with five or more reviews under the trimmed rule — the mean after dropping one highest
 * and one lowest total (去掉一个最高分和一个最低分). Standard deviation (population, over all
 * reviews) and spread (max − min) measure how far the experts disagree.
 */
final class ScoreAggregation {

    static final int TRIM_FROM = 5;
    private static final MathContext MC = MathContext.DECIMAL64;

    /** One submitted review: its expert, weighted total (0–100), recommended budget and recommendation. */
    record Input(long expertId, BigDecimal total, BigDecimal recommendedBudget, Recommendation recommendation) {
    }

    /** The aggregate, with the rule actually applied and the experts whose totals were dropped. */
    record Result(AggregationRule ruleApplied, BigDecimal score, BigDecimal mean, BigDecimal standardDeviation,
                  BigDecimal spread, BigDecimal meanRecommendedBudget, Map<Recommendation, Integer> recommendations,
                  List<Long> droppedExperts, int reviews) {
    }

    private ScoreAggregation() {
    }

    static Result aggregate(AggregationRule rule, List<Input> inputs) {
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("no reviews to aggregate");
        }
        List<Input> sorted = new ArrayList<>(inputs);
        // ties broken by expert id so the dropped review is always the same one
        sorted.sort(Comparator.comparing(Input::total).thenComparingLong(Input::expertId));
        BigDecimal mean = mean(sorted.stream().map(Input::total).toList());
        List<Long> dropped = new ArrayList<>();
        AggregationRule applied = AggregationRule.MEAN;
        BigDecimal score = mean;
        if (rule == AggregationRule.TRIMMED_MEAN && sorted.size() >= TRIM_FROM) {
            applied = AggregationRule.TRIMMED_MEAN;
            dropped.add(sorted.get(0).expertId());
            dropped.add(sorted.get(sorted.size() - 1).expertId());
            score = mean(sorted.subList(1, sorted.size() - 1).stream().map(Input::total).toList());
        }
        BigDecimal variance = sorted.stream().map(i -> i.total().subtract(mean).pow(2, MC))
                .reduce(BigDecimal.ZERO, BigDecimal::add).divide(BigDecimal.valueOf(sorted.size()), MC);
        BigDecimal deviation = variance.sqrt(MC);
        BigDecimal spread = sorted.get(sorted.size() - 1).total().subtract(sorted.get(0).total());
        List<BigDecimal> budgets = sorted.stream().map(Input::recommendedBudget).filter(b -> b != null).toList();
        BigDecimal meanBudget = budgets.isEmpty() ? null : mean(budgets).setScale(2, RoundingMode.HALF_UP);
        Map<Recommendation, Integer> counts = new EnumMap<>(Recommendation.class);
        for (Recommendation r : Recommendation.values()) {
            counts.put(r, 0);
        }
        sorted.forEach(i -> counts.merge(i.recommendation(), 1, Integer::sum));
        return new Result(applied, round(score), round(mean), round(deviation), round(spread), meanBudget, counts,
                List.copyOf(dropped), sorted.size());
    }

    /** An expert's weighted total: each criterion's points as a share of its maximum, times its weight. */
    static BigDecimal weightedTotal(List<BigDecimal> points, List<Integer> maxPoints, List<BigDecimal> weights) {
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < points.size(); i++) {
            total = total.add(points.get(i).multiply(weights.get(i))
                    .divide(BigDecimal.valueOf(maxPoints.get(i)), MC));
        }
        return round(total);
    }

    private static BigDecimal mean(List<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add).divide(BigDecimal.valueOf(values.size()), MC);
    }

    private static BigDecimal round(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_UP);
    }
}
