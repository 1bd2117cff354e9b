package org.lixiang.base.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One line of the audit trail. Immutable: the application never updates or deletes entries. */
@Entity
@Immutable
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "actor_id")
    private Long actorId;

    @Column(name = "actor_name", length = 100)
    private String actorName;

    @Column(nullable = false, length = 60)
    private String action;

    @Column(name = "object_type", length = 40)
    private String objectType;

    @Column(name = "object_id", length = 60)
    private String objectId;

    @Column(length = 4000)
    private String detail;

    @Column(name = "remote_address", length = 64)
    private String remoteAddress;

    /** The changed fields of an edit, as JSON ({@link AuditChanges}); null for other actions. */
    @Column(length = 20000)
    private String changes;

    protected AuditEntry() {
    }

    AuditEntry(Instant occurredAt, Long actorId, String actorName, String action, String objectType,
               String objectId, String detail, String remoteAddress, String changes) {
        this.occurredAt = occurredAt;
        this.actorId = actorId;
        this.actorName = actorName;
        this.action = action;
        this.objectType = objectType;
        this.objectId = objectId;
        this.detail = detail == null || detail.length() <= 4000 ? detail : detail.substring(0, 4000);
        this.remoteAddress = remoteAddress == null || remoteAddress.length() <= 64 ? remoteAddress
                : remoteAddress.substring(0, 64);
        this.changes = changes;
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public Long getActorId() {
        return actorId;
    }

    public String getActorName() {
        return actorName;
    }

    public String getAction() {
        return action;
    }

    public String getObjectType() {
        return objectType;
    }

    public String getObjectId() {
        return objectId;
    }

    public String getDetail() {
        return detail;
    }

    public String getRemoteAddress() {
        return remoteAddress;
    }

    /** What an edit changed, field by field; empty for actions that are not edits. */
    public java.util.List<AuditChanges.Change> getChanges() {
        return AuditChanges.fromJson(changes);
    }
}
