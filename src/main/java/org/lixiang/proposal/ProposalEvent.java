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

/** One entry of the applicant's timeline, with the comment meant for the applicant. */
@Entity
@Table(name = "proposal_event")
class ProposalEvent {

    /** What happened. */
    enum Type { CREATED, SUBMITTED, WITHDRAWN, FORMAL_REVIEW_STARTED, RETURNED, RESUBMITTED, REJECTED, PASSED, REVIEWED, OPINION_GIVEN, APPROVED, NOT_APPROVED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "proposal_id", nullable = false)
    private long proposalId;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Type type;

    @Column(name = "actor_id")
    private Long actorId;

    @Column(length = 2000)
    private String comment;

    @Column(name = "due_at")
    private Instant dueAt;

    protected ProposalEvent() {
    }

    ProposalEvent(long proposalId, Instant occurredAt, Type type, Long actorId, String comment, Instant dueAt) {
        this.proposalId = proposalId;
        this.occurredAt = occurredAt;
        this.type = type;
        this.actorId = actorId;
        this.comment = comment;
        this.dueAt = dueAt;
    }

    TimelineEntry toEntry() {
        return new TimelineEntry(occurredAt, "timeline." + type.name(), comment, dueAt);
    }
}
