package org.lixiang.call;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** A recorded deadline extension: the one change allowed once proposals exist. Never updated. */
@Entity
@Immutable
@Table(name = "call_deadline_change")
class CallDeadlineChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "call_id", nullable = false)
    private long callId;

    @Column(name = "old_closes_at", nullable = false)
    private Instant oldClosesAt;

    @Column(name = "new_closes_at", nullable = false)
    private Instant newClosesAt;

    @Column(nullable = false, length = 500)
    private String reason;

    @Column(name = "changed_by", nullable = false)
    private long changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected CallDeadlineChange() {
    }

    CallDeadlineChange(long callId, Instant oldClosesAt, Instant newClosesAt, String reason, long changedBy,
                       Instant changedAt) {
        this.callId = callId;
        this.oldClosesAt = oldClosesAt;
        this.newClosesAt = newClosesAt;
        this.reason = reason;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    long getCallId() {
        return callId;
    }

    Instant getOldClosesAt() {
        return oldClosesAt;
    }

    Instant getNewClosesAt() {
        return newClosesAt;
    }

    String getReason() {
        return reason;
    }

    long getChangedBy() {
        return changedBy;
    }

    Instant getChangedAt() {
        return changedAt;
    }
}
