package org.lixiang.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.lixiang.base.AbstractEntity;

/** An expert invited to review one proposal; unique per expert and proposal (database constraint). */
@Entity
@Table(name = "review_assignment")
class ReviewAssignment extends AbstractEntity {

    @Column(name = "proposal_id", nullable = false)
    private long proposalId;

    @Column(name = "expert_id", nullable = false)
    private long expertId;

    @Column(name = "draw_id")
    private Long drawId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AssignmentStatus status = AssignmentStatus.DRAWN;

    @Column(nullable = false)
    private int round;

    @Column(name = "due_at")
    private Instant dueAt;

    @Column(name = "decline_reason", length = 1000)
    private String declineReason;

    @Column(name = "override_reason", length = 1000)
    private String overrideReason;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private ExclusionReason exclusion;

    @Column(name = "assigned_by")
    private Long assignedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "responded_at")
    private Instant respondedAt;

    @Column(name = "reminded_at")
    private Instant remindedAt;

    @Column(name = "escalated_at")
    private Instant escalatedAt;

    protected ReviewAssignment() {
    }

    ReviewAssignment(long proposalId, long expertId, Long drawId, int round, Long assignedBy, Instant now) {
        this.proposalId = proposalId;
        this.expertId = expertId;
        this.drawId = drawId;
        this.round = round;
        this.assignedBy = assignedBy;
        this.createdAt = now;
    }

    void overridden(ExclusionReason exclusion, String reason) {
        this.exclusion = exclusion;
        this.overrideReason = reason;
    }

    void invite(Instant dueAt) {
        this.status = AssignmentStatus.INVITED;
        this.dueAt = dueAt;
    }

    void accept(Instant now) {
        this.status = AssignmentStatus.ACCEPTED;
        this.respondedAt = now;
    }

    void decline(String reason, Instant now) {
        this.status = AssignmentStatus.DECLINED;
        this.declineReason = reason;
        this.respondedAt = now;
    }

    void submitted() {
        this.status = AssignmentStatus.SUBMITTED;
    }

    void remove() {
        this.status = AssignmentStatus.REMOVED;
    }

    void replace() {
        this.status = AssignmentStatus.REPLACED;
    }

    void extend(Instant dueAt) {
        this.dueAt = dueAt;
    }

    void reminded(Instant now) {
        this.remindedAt = now;
    }

    void escalated(Instant now) {
        this.escalatedAt = now;
    }

    long getProposalId() {
        return proposalId;
    }

    long getExpertId() {
        return expertId;
    }

    AssignmentStatus getStatus() {
        return status;
    }

    int getRound() {
        return round;
    }

    Instant getDueAt() {
        return dueAt;
    }

    String getDeclineReason() {
        return declineReason;
    }

    String getOverrideReason() {
        return overrideReason;
    }

    ExclusionReason getExclusion() {
        return exclusion;
    }

    Instant getRemindedAt() {
        return remindedAt;
    }
}
