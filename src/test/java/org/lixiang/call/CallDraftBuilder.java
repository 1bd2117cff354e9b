package org.lixiang.call;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.lixiang.base.ResearchField;

/** A valid call to start from in tests; change a field, then {@link #build()}. */
public class CallDraftBuilder {

    public String name = "2026年度市科技计划项目（测试）";
    public Integer year = 2026;
    public Programme programme = Programme.KEY_RD;
    public Set<ResearchField> fields = EnumSet.of(ResearchField.NEW_MATERIALS, ResearchField.ELECTRONICS);
    public String description = "支持方向：新材料、电子信息。\n单个项目申请财政经费不超过50万元。";
    public Instant opensAt;
    public Instant closesAt;
    public BigDecimal maxBudget = new BigDecimal("500000.00");
    public BigDecimal envelope = new BigDecimal("33000000.00");
    public LocalDate projectEarliestStart = LocalDate.of(2026, 9, 1);
    public LocalDate projectLatestEnd = LocalDate.of(2028, 8, 31);
    public List<CallCriterion.Draft> criteria = new ArrayList<>(CallCriterion.defaults());
    public Integer expertsPerProposal = 5;
    public AggregationRule aggregationRule = AggregationRule.TRIMMED_MEAN;
    public Integer publicityDays = 7;
    public Integer reviewDays = 14;
    public boolean blindReview;
    public BigDecimal divergenceThreshold = new BigDecimal("20");

    /** Open since yesterday, closing in 30 days, by the given clock time. */
    public CallDraftBuilder(Instant now) {
        opensAt = now.minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
        closesAt = now.plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
    }

    public CallDraft build() {
        return new CallDraft(name, year, programme, fields, description, opensAt, closesAt, maxBudget, envelope,
                projectEarliestStart, projectLatestEnd, criteria, expertsPerProposal, aggregationRule, publicityDays,
                reviewDays, blindReview, divergenceThreshold);
    }
}
