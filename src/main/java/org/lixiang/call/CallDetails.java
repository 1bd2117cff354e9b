package org.lixiang.call;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.lixiang.base.ResearchField;

/** Everything a call fixes, as other features and screens read it. */
public record CallDetails(long id, long version, String name, int year, Programme programme,
                          Set<ResearchField> fields, String description, Instant opensAt, Instant closesAt,
                          BigDecimal maxBudget, BigDecimal envelope, LocalDate projectEarliestStart,
                          LocalDate projectLatestEnd, int expertsPerProposal, AggregationRule aggregationRule,
                          int publicityDays, int reviewDays, boolean blindReview, BigDecimal divergenceThreshold,
                          CallStatus status, List<CallCriterion.Draft> criteria) {

    static CallDetails of(Call c) {
        return new CallDetails(c.getId(), c.getVersion(), c.getName(), c.getYear(), c.getProgramme(), c.getFields(),
                c.getDescription(), c.getOpensAt(), c.getClosesAt(), c.getMaxBudget(), c.getEnvelope(),
                c.getProjectEarliestStart(), c.getProjectLatestEnd(), c.getExpertsPerProposal(),
                c.getAggregationRule(), c.getPublicityDays(), c.getReviewDays(), c.isBlindReview(),
                c.getDivergenceThreshold(), c.getStatus(),
                c.getCriteria().stream().map(CallCriterion::toDraft).toList());
    }

    /** The call as the editor starts from it. */
    public CallDraft toDraft() {
        return new CallDraft(name, year, programme, fields, description, opensAt, closesAt, maxBudget, envelope,
                projectEarliestStart, projectLatestEnd, criteria, expertsPerProposal, aggregationRule, publicityDays,
                reviewDays, blindReview, divergenceThreshold);
    }

    /** Accepting proposals at the given instant (server clock). */
    public boolean isOpenAt(Instant now) {
        return status == CallStatus.PUBLISHED && !now.isBefore(opensAt) && now.isBefore(closesAt);
    }
}
