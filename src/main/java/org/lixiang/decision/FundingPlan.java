package org.lixiang.decision;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.lixiang.base.AbstractEntity;

/** A call's decision round and funding plan (安排方案): one per call. */
@Entity
@Table(name = "funding_plan")
class FundingPlan extends AbstractEntity {

    @Column(name = "call_id", nullable = false)
    private long callId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PlanStatus status = PlanStatus.DRAFT;

    @Column(nullable = false)
    private int revision;

    @Column(name = "leader_comment", length = 2000)
    private String leaderComment;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Column(name = "publicity_starts_at")
    private Instant publicityStartsAt;

    @Column(name = "publicity_ends_at")
    private Instant publicityEndsAt;

    @Column(name = "finalized_at")
    private Instant finalizedAt;

    @Column(name = "process_instance_id", length = 64)
    private String processInstanceId;

    @Column(name = "opened_by", nullable = false)
    private long openedBy;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(nullable = false, precision = 16, scale = 2)
    private BigDecimal envelope;

    @Column(name = "funded_total", nullable = false, precision = 16, scale = 2)
    private BigDecimal fundedTotal = BigDecimal.ZERO;

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("rankPosition")
    private List<FundingPlanItem> items = new ArrayList<>();

    protected FundingPlan() {
    }

    FundingPlan(long callId, BigDecimal envelope, long openedBy, Instant now) {
        this.callId = callId;
        this.envelope = envelope;
        this.openedBy = openedBy;
        this.openedAt = now;
    }

    /** Keeps the database's copy of the total in step: its check constraint is the envelope rule's last line. */
    void recomputeTotal() {
        fundedTotal = totalOf(items);
    }

    /**
     * The total of a new round's first items, which {@link FundingPlanItemWriter} writes in
     * batches instead of through {@link #getItems()} (empty until the plan is read again).
     */
    void openedWith(List<FundingPlanItem> ranked) {
        fundedTotal = totalOf(ranked);
    }

    private static BigDecimal totalOf(List<FundingPlanItem> items) {
        return items.stream().filter(FundingPlanItem::isFunded)
                .map(FundingPlanItem::getFundedAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    void submitted(Instant now) {
        status = PlanStatus.SUBMITTED;
        submittedAt = now;
        revision++;
    }

    void returned(String comment) {
        status = PlanStatus.DRAFT;
        leaderComment = comment;
    }

    void approved(String comment, Instant now) {
        status = PlanStatus.APPROVED;
        leaderComment = comment;
        approvedAt = now;
    }

    void published(Instant starts, Instant ends) {
        status = PlanStatus.PUBLICITY;
        publicityStartsAt = starts;
        publicityEndsAt = ends;
    }

    /** An upheld objection sends the changed plan back to the leader. */
    void backToLeader() {
        status = PlanStatus.SUBMITTED;
        approvedAt = null;
        publicityStartsAt = null;
        publicityEndsAt = null;
    }

    void finalized(Instant now) {
        status = PlanStatus.FINAL;
        finalizedAt = now;
    }

    void setProcessInstanceId(String id) {
        this.processInstanceId = id;
    }

    long getCallId() {
        return callId;
    }

    PlanStatus getStatus() {
        return status;
    }

    int getRevision() {
        return revision;
    }

    String getLeaderComment() {
        return leaderComment;
    }

    Instant getPublicityStartsAt() {
        return publicityStartsAt;
    }

    Instant getPublicityEndsAt() {
        return publicityEndsAt;
    }

    Instant getFinalizedAt() {
        return finalizedAt;
    }

    String getProcessInstanceId() {
        return processInstanceId;
    }

    BigDecimal getEnvelope() {
        return envelope;
    }

    BigDecimal getFundedTotal() {
        return fundedTotal;
    }

    List<FundingPlanItem> getItems() {
        return items;
    }
}
