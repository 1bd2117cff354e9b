package org.lixiang.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One in-app message: an i18n key with its arguments (rendered in the reader's language) and a link. */
@Entity
@Table(name = "notification")
class Notification {

    static final String SEPARATOR = "\u001f";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "message_key", nullable = false, length = 100)
    private String messageKey;

    @Column(length = 1000)
    private String args;

    @Column(length = 200)
    private String link;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {
    }

    void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    Long getId() {
        return id;
    }

    long getUserId() {
        return userId;
    }

    UserNotification toView() {
        return new UserNotification(id, createdAt, messageKey,
                args == null || args.isEmpty() ? new String[0] : args.split(SEPARATOR, -1), link, readAt != null);
    }
}
