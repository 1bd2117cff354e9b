package org.lixiang.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import org.lixiang.call.AggregationRule;

/** A proposal's aggregated score for one round, with the rule and inputs kept to explain it later. */
@Entity
@Table(name = "review_aggregate")
class ReviewAggregate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "proposal_id", nullable = false)
    private long proposalId;

    @Column(nullable = false)
    private int round;

    @Enumerated(EnumType.STRING)
    @Column(name = "rule_applied", nullable = false, length = 20)
    private AggregationRule ruleApplied;

    @Column(nullable = false)
    private int reviews;

    @Column(nullable = false, precision = 6, scale = 2)
    private BigDecimal score;

    @Column(nullable = false, precision = 6, scale = 2)
    private BigDecimal mean;

    @Column(name = "standard_deviation", nullable = false, precision = 6, scale = 2)
    private BigDecimal standardDeviation;

    @Column(nullable = false, precision = 6, scale = 2)
    private BigDecimal spread;

    @Column(name = "mean_recommended_budget", precision = 14, scale = 2)
    private BigDecimal meanRecommendedBudget;

    @Column(name = "strongly_support", nullable = false)
    private int stronglySupport;

    @Column(nullable = false)
    private int support;

    @Column(name = "not_support", nullable = false)
    private int notSupport;

    @Column(name = "dropped_experts", length = 200)
    private String droppedExperts;

    /** "expertId:total" pairs: the numbers the score was computed from. */
    @Column(nullable = false, length = 4000)
    private String inputs;

    @Column(nullable = false)
    private boolean divergent;

    @Column(length = 20)
    private String resolution;

    @Column(name = "resolution_note", length = 2000)
    private String resolutionNote;

    @Column(name = "computed_at", nullable = false)
    private Instant computedAt;

    protected ReviewAggregate() {
    }

    ReviewAggregate(long proposalId, int round, ScoreAggregation.Result r, String inputs, boolean divergent,
                    Instant computedAt) {
        this.proposalId = proposalId;
        this.round = round;
        this.ruleApplied = r.ruleApplied();
        this.reviews = r.reviews();
        this.score = r.score();
        this.mean = r.mean();
        this.standardDeviation = r.standardDeviation();
        this.spread = r.spread();
        this.meanRecommendedBudget = r.meanRecommendedBudget();
        this.stronglySupport = r.recommendations().get(Recommendation.STRONGLY_SUPPORT);
        this.support = r.recommendations().get(Recommendation.SUPPORT);
        this.notSupport = r.recommendations().get(Recommendation.NOT_SUPPORT);
        this.droppedExperts = r.droppedExperts().stream().map(String::valueOf).reduce((a, b) -> a + "," + b).orElse(null);
        this.inputs = inputs;
        this.divergent = divergent;
        this.computedAt = computedAt;
    }

    void resolve(String resolution, String note) {
        this.resolution = resolution;
        this.resolutionNote = note;
    }

    AggregateView toView() {
        return new AggregateView(proposalId, round, ruleApplied, reviews, score, mean, standardDeviation, spread,
                meanRecommendedBudget, stronglySupport, support, notSupport, divergent, resolution, resolutionNote,
                computedAt);
    }

    int getRound() {
        return round;
    }

    long getProposalId() {
        return proposalId;
    }
}
