package org.lixiang.notification;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.SimpleJdbcInsert;
import org.springframework.stereotype.Component;

/**
 * Writes a notification and its outbox row with plain JDBC: three statements, and nothing left
 * in the caller's persistence context. A step may notify thousands in its transaction (a
 * provincial call's publicity, a new call to its subscribers); as managed entities every one of
 * them would be dirty-checked again before each later query of that transaction, so the step's
 * time grew with the square of its recipients (measured: 8,000 recipients, 33 s; docs/performance.md).
 */
@Component
class NotificationWriter {

    private final JdbcTemplate jdbc;
    private final SimpleJdbcInsert notification;

    NotificationWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.notification = new SimpleJdbcInsert(jdbc).withTableName("notification")
                .usingColumns("user_id", "created_at", "message_key", "args", "link")
                .usingGeneratedKeyColumns("id");
    }

    /** Whether the event has already reached the user (the outbox's unique key backs this up). */
    boolean reached(String event, long userId) {
        Integer n = jdbc.queryForObject("select count(*) from notification_outbox where event_key = ? and user_id = ?",
                Integer.class, event, userId);
        return n != null && n > 0;
    }

    /** The users the event has reached: as many rows as its recipients, found by the outbox's unique key. */
    Set<Long> reachedBy(String event) {
        return new HashSet<>(jdbc.queryForList("select user_id from notification_outbox where event_key = ?", Long.class, event));
    }

    /** The in-app notification, and its e-mail queued for the dispatcher, due now. */
    void write(String event, long userId, Instant now, String messageKey, String args, String link) {
        Timestamp at = Timestamp.from(now);
        java.util.Map<String, Object> row = new java.util.HashMap<>();
        row.put("user_id", userId);
        row.put("created_at", at);
        row.put("message_key", messageKey);
        row.put("args", args);
        row.put("link", link);
        Number id = notification.executeAndReturnKey(row);
        jdbc.update("""
                insert into notification_outbox (event_key, user_id, notification_id, status, attempts, next_attempt_at,
                    created_at) values (?, ?, ?, ?, 0, ?, ?)""",
                event, userId, id.longValue(), OutboxStatus.PENDING.name(), at, at);
    }
}
