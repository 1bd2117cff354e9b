package org.lixiang.call;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.EnumSet;
import java.util.Set;
import org.hibernate.annotations.BatchSize;
import org.lixiang.base.AbstractEntity;
import org.lixiang.base.ResearchField;

/** A call for proposals (申报指南). Amounts are in yuan. */
@Entity
@Table(name = "call_for_proposals")
public class Call extends AbstractEntity {

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "call_year", nullable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Programme programme;

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 50)
    @CollectionTable(name = "call_field", joinColumns = @JoinColumn(name = "call_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "field", nullable = false, length = 30)
    private Set<ResearchField> fields = EnumSet.noneOf(ResearchField.class);

    @Column(nullable = false, length = 20000)
    private String description;

    @Column(name = "opens_at", nullable = false)
    private Instant opensAt;

    @Column(name = "closes_at", nullable = false)
    private Instant closesAt;

    @Column(name = "max_budget", nullable = false, precision = 14, scale = 2)
    private BigDecimal maxBudget;

    @Column(nullable = false, precision = 16, scale = 2)
    private BigDecimal envelope;

    @Column(name = "experts_per_proposal", nullable = false)
    private int expertsPerProposal = 5;

    @Enumerated(EnumType.STRING)
    @Column(name = "aggregation_rule", nullable = false, length = 20)
    private AggregationRule aggregationRule = AggregationRule.TRIMMED_MEAN;

    @Column(name = "publicity_days", nullable = false)
    private int publicityDays = 7;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CallStatus status = CallStatus.DRAFT;

    /** Projects may not start before this day (null: no limit). */
    @Column(name = "project_earliest_start")
    private LocalDate projectEarliestStart;

    /** Projects must end by this day (null: no limit). */
    @Column(name = "project_latest_end")
    private LocalDate projectLatestEnd;

    @Column(name = "review_days", nullable = false)
    private int reviewDays = 14;

    @Column(name = "blind_review", nullable = false)
    private boolean blindReview;

    @Column(name = "divergence_threshold", nullable = false, precision = 5, scale = 2)
    private BigDecimal divergenceThreshold = new BigDecimal("20");

    @Column(name = "created_by")
    private Long createdBy;

    @OneToMany(mappedBy = "call", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<CallCriterion> criteria = new ArrayList<>();

    protected Call() {
    }

    public Call(String name, int year, Programme programme, Set<ResearchField> fields, String description,
                Instant opensAt, Instant closesAt, BigDecimal maxBudget, BigDecimal envelope) {
        this.name = name;
        this.year = year;
        this.programme = programme;
        this.fields = EnumSet.copyOf(fields);
        this.description = description;
        this.opensAt = opensAt;
        this.closesAt = closesAt;
        this.maxBudget = maxBudget;
        this.envelope = envelope;
    }

    public String getName() {
        return name;
    }

    public int getYear() {
        return year;
    }

    public Programme getProgramme() {
        return programme;
    }

    public Set<ResearchField> getFields() {
        return fields.isEmpty() ? EnumSet.noneOf(ResearchField.class) : EnumSet.copyOf(fields);
    }

    public String getDescription() {
        return description;
    }

    public Instant getOpensAt() {
        return opensAt;
    }

    public Instant getClosesAt() {
        return closesAt;
    }

    public BigDecimal getMaxBudget() {
        return maxBudget;
    }

    public BigDecimal getEnvelope() {
        return envelope;
    }

    public int getExpertsPerProposal() {
        return expertsPerProposal;
    }

    public AggregationRule getAggregationRule() {
        return aggregationRule;
    }

    public int getPublicityDays() {
        return publicityDays;
    }

    public CallStatus getStatus() {
        return status;
    }

    public LocalDate getProjectEarliestStart() {
        return projectEarliestStart;
    }

    public LocalDate getProjectLatestEnd() {
        return projectLatestEnd;
    }

    public int getReviewDays() {
        return reviewDays;
    }

    public boolean isBlindReview() {
        return blindReview;
    }

    public BigDecimal getDivergenceThreshold() {
        return divergenceThreshold;
    }

    public Long getCreatedBy() {
        return createdBy;
    }

    public List<CallCriterion> getCriteria() {
        return List.copyOf(criteria);
    }

    void setRules(String name, int year, Programme programme, Set<ResearchField> fields, String description,
                  Instant opensAt, Instant closesAt, BigDecimal maxBudget, BigDecimal envelope,
                  LocalDate projectEarliestStart, LocalDate projectLatestEnd, int expertsPerProposal,
                  AggregationRule aggregationRule, int publicityDays, int reviewDays, boolean blindReview,
                  BigDecimal divergenceThreshold) {
        this.name = name;
        this.year = year;
        this.programme = programme;
        this.fields.clear();
        this.fields.addAll(fields);
        this.description = description;
        this.opensAt = opensAt;
        this.closesAt = closesAt;
        this.maxBudget = maxBudget;
        this.envelope = envelope;
        this.projectEarliestStart = projectEarliestStart;
        this.projectLatestEnd = projectLatestEnd;
        this.expertsPerProposal = expertsPerProposal;
        this.aggregationRule = aggregationRule;
        this.publicityDays = publicityDays;
        this.reviewDays = reviewDays;
        this.blindReview = blindReview;
        this.divergenceThreshold = divergenceThreshold;
    }

    void setCreatedBy(Long createdBy) {
        this.createdBy = createdBy;
    }

    /**
     * Replaces the scoring template; positions follow the list order. Rows are changed in place,
     * so criteria keep their ids and no new row collides with one still waiting to be deleted on
     * the unique (call, position).
     */
    void replaceCriteria(List<CallCriterion.Draft> drafts) {
        while (criteria.size() > drafts.size()) {
            criteria.remove(criteria.size() - 1);
        }
        for (int position = 0; position < drafts.size(); position++) {
            CallCriterion.Draft d = drafts.get(position);
            if (position < criteria.size()) {
                criteria.get(position).change(d.name(), d.weight(), d.maxPoints());
            } else {
                criteria.add(new CallCriterion(this, position, d.name(), d.weight(), d.maxPoints()));
            }
        }
    }

    void extendDeadline(Instant newClosesAt) {
        this.closesAt = newClosesAt;
    }

    void publish() {
        this.status = CallStatus.PUBLISHED;
    }

    /** Open for submission at the given instant (server clock). */
    public boolean isOpenAt(Instant now) {
        return status == CallStatus.PUBLISHED && !now.isBefore(opensAt) && now.isBefore(closesAt);
    }
}
