package org.lixiang.base.audit;

import java.time.LocalDate;

/**
 * A search of the audit trail; blank or null parts do not filter. {@code text} is a
 * case-insensitive "contains" over the detail, the changes, the actor and the object id;
 * {@code actor} is a user name exactly; the dates are whole days in the bureau's time zone,
 * both included.
 */
public record AuditQuery(String text, String action, String actor, String objectType, String objectId,
                         LocalDate from, LocalDate to) {

    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, null, null, null);
    }

    /** The trail of one object, e.g. ("proposal", 42). */
    public static AuditQuery forObject(String objectType, Object objectId) {
        return new AuditQuery(null, null, null, objectType, String.valueOf(objectId), null, null);
    }

    public AuditQuery withAction(String value) {
        return new AuditQuery(text, value, actor, objectType, objectId, from, to);
    }
}
