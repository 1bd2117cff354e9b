package org.lixiang.proposal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An officer's formal-review decision (形式审查) on one submitted revision. */
@Entity
@Table(name = "formal_review")
class FormalReview {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "proposal_id", nullable = false)
    private long proposalId;

    @Column(nullable = false)
    private int revision;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private FormalDecision decision;

    @Column(length = 2000)
    private String reason;

    @Column(name = "revise_due")
    private Instant reviseDue;

    @Column(name = "officer_id", nullable = false)
    private long officerId;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    protected FormalReview() {
    }

    FormalReview(long proposalId, int revision, FormalDecision decision, String reason, Instant reviseDue,
                 long officerId, Instant decidedAt) {
        this.proposalId = proposalId;
        this.revision = revision;
        this.decision = decision;
        this.reason = reason;
        this.reviseDue = reviseDue;
        this.officerId = officerId;
        this.decidedAt = decidedAt;
    }

    FormalDecision getDecision() {
        return decision;
    }

    String getReason() {
        return reason;
    }

    Instant getReviseDue() {
        return reviseDue;
    }

    int getRevision() {
        return revision;
    }
}
