package org.lixiang.call;

/** How experts' totals become a proposal's score. */
public enum AggregationRule {
    /** Plain mean of all reviews. */
    MEAN,
    /** With five or more reviews drop one highest and one lowest (去掉一个最高分和一个最低分); otherwise the mean. */
    TRIMMED_MEAN;

    public String labelKey() {
        return "aggregation." + name();
    }
}
