package org.lixiang.call;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.lixiang.base.ResearchField;

/**
 * What an officer enters for a call: its text, dates and budget limits, and the rules its review
 * follows. Numbers are boxed so that an empty form field arrives as {@code null} and is reported
 * as missing rather than silently becoming zero. Amounts are in yuan.
 */
public record CallDraft(String name, Integer year, Programme programme, Set<ResearchField> fields,
                        String description, Instant opensAt, Instant closesAt, BigDecimal maxBudget,
                        BigDecimal envelope, LocalDate projectEarliestStart, LocalDate projectLatestEnd,
                        List<CallCriterion.Draft> criteria, Integer expertsPerProposal,
                        AggregationRule aggregationRule, Integer publicityDays, Integer reviewDays,
                        boolean blindReview, BigDecimal divergenceThreshold) {

    public static final int DEFAULT_EXPERTS = 5;
    public static final int DEFAULT_PUBLICITY_DAYS = 7;
    public static final int DEFAULT_REVIEW_DAYS = 14;
    public static final BigDecimal DEFAULT_DIVERGENCE = new BigDecimal("20");

    /** What a new call starts from: the usual rules, nothing else filled in. */
    public static CallDraft empty(int year) {
        return new CallDraft("", year, null, java.util.EnumSet.noneOf(ResearchField.class), "", null, null, null,
                null, null, null, CallCriterion.defaults(), DEFAULT_EXPERTS, AggregationRule.TRIMMED_MEAN,
                DEFAULT_PUBLICITY_DAYS, DEFAULT_REVIEW_DAYS, false, DEFAULT_DIVERGENCE);
    }

    /**
     * A call with the usual rules: the default scoring template ({@link CallCriterion#defaults()}),
     * five experts, trimmed mean, 7 days of publicity, 14 review days, open review, divergence 20
     * points, no limits on the project period.
     */
    public CallDraft(String name, int year, Programme programme, Set<ResearchField> fields, String description,
                     Instant opensAt, Instant closesAt, BigDecimal maxBudget, BigDecimal envelope) {
        this(name, year, programme, fields, description, opensAt, closesAt, maxBudget, envelope, null, null,
                CallCriterion.defaults(), DEFAULT_EXPERTS, AggregationRule.TRIMMED_MEAN, DEFAULT_PUBLICITY_DAYS,
                DEFAULT_REVIEW_DAYS, false, DEFAULT_DIVERGENCE);
    }
}
