package org.lixiang.notification;

import java.time.Instant;

/** A notification as its reader sees it. */
public record UserNotification(long id, Instant createdAt, String messageKey, String[] args, String link,
                               boolean read) {
}
