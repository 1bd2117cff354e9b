package org.lixiang.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lixiang.call.AggregationRule;
import org.lixiang.review.ScoreAggregation.Input;

class ScoreAggregationTest {

    static Input in(long id, String total, String budget, Recommendation r) {
        return new Input(id, new BigDecimal(total), budget == null ? null : new BigDecimal(budget), r);
    }

    @Test
    void meanStandardDeviationSpreadBudgetAndCounts() {
        // totals 80, 70, 90: mean 80; population variance (0 + 100 + 100) / 3 = 66.67; sd 8.16; spread 20
        ScoreAggregation.Result r = ScoreAggregation.aggregate(AggregationRule.MEAN, List.of(
                in(1, "80", "300000", Recommendation.SUPPORT),
                in(2, "70", "200000", Recommendation.NOT_SUPPORT),
                in(3, "90", "400000", Recommendation.STRONGLY_SUPPORT)));
        assertThat(r.score()).isEqualByComparingTo("80.00");
        assertThat(r.standardDeviation()).isEqualByComparingTo("8.16");
        assertThat(r.spread()).isEqualByComparingTo("20.00");
        assertThat(r.meanRecommendedBudget()).isEqualByComparingTo("300000.00");
        assertThat(r.recommendations()).containsEntry(Recommendation.SUPPORT, 1)
                .containsEntry(Recommendation.NOT_SUPPORT, 1).containsEntry(Recommendation.STRONGLY_SUPPORT, 1);
        assertThat(r.droppedExperts()).isEmpty();
    }

    @Test
    void trimmedMeanDropsOneHighestAndOneLowestWithFiveOrMore() {
        // 60, 75, 80, 85, 99 -> drop 60 and 99 -> (75 + 80 + 85) / 3 = 80; plain mean 79.8
        ScoreAggregation.Result r = ScoreAggregation.aggregate(AggregationRule.TRIMMED_MEAN, List.of(
                in(1, "80", null, Recommendation.SUPPORT), in(2, "60", null, Recommendation.NOT_SUPPORT),
                in(3, "99", null, Recommendation.STRONGLY_SUPPORT), in(4, "75", null, Recommendation.SUPPORT),
                in(5, "85", null, Recommendation.SUPPORT)));
        assertThat(r.ruleApplied()).isEqualTo(AggregationRule.TRIMMED_MEAN);
        assertThat(r.score()).isEqualByComparingTo("80.00");
        assertThat(r.mean()).isEqualByComparingTo("79.80");
        assertThat(r.spread()).isEqualByComparingTo("39.00");
        assertThat(r.droppedExperts()).containsExactly(2L, 3L);
        assertThat(r.meanRecommendedBudget()).isNull();
    }

    @Test
    void trimmedRuleFallsBackToTheMeanBelowFiveReviews() {
        ScoreAggregation.Result r = ScoreAggregation.aggregate(AggregationRule.TRIMMED_MEAN, List.of(
                in(1, "60", null, Recommendation.SUPPORT), in(2, "70", null, Recommendation.SUPPORT),
                in(3, "80", null, Recommendation.SUPPORT), in(4, "90", null, Recommendation.SUPPORT)));
        assertThat(r.ruleApplied()).isEqualTo(AggregationRule.MEAN);
        assertThat(r.score()).isEqualByComparingTo("75.00");
        assertThat(r.droppedExperts()).isEmpty();
    }

    @Test
    void tiesDropTheSameReviewEveryTime() {
        List<Input> tied = List.of(in(9, "70", null, Recommendation.SUPPORT), in(3, "70", null, Recommendation.SUPPORT),
                in(5, "70", null, Recommendation.SUPPORT), in(7, "90", null, Recommendation.SUPPORT),
                in(1, "90", null, Recommendation.SUPPORT));
        ScoreAggregation.Result r = ScoreAggregation.aggregate(AggregationRule.TRIMMED_MEAN, tied);
        // lowest 70 with the smallest id (3), highest 90 with the largest id (7)
        assertThat(r.droppedExperts()).containsExactly(3L, 7L);
        assertThat(r.score()).isEqualByComparingTo("76.67");
    }

    @Test
    void weightedTotalScalesEachCriterionToItsWeight() {
        // 必要性 24/30 * 30 + 可行性 15/20 * 30 + 效益 36/40 * 40 = 24 + 22.5 + 36 = 82.5
        BigDecimal total = ScoreAggregation.weightedTotal(
                List.of(new BigDecimal("24"), new BigDecimal("15"), new BigDecimal("36")), List.of(30, 20, 40),
                List.of(new BigDecimal("30"), new BigDecimal("30"), new BigDecimal("40")));
        assertThat(total).isEqualByComparingTo("82.50");
    }
}
