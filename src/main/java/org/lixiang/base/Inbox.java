package org.lixiang.base;

import java.time.Instant;
import java.util.List;

/**
 * The current user's unread notifications, as the header's bell shows them. An interface here
 * because the shell ({@code base.ui}) must not depend on the notification feature, which depends
 * on {@code base}; the notification feature implements it.
 */
public interface Inbox {

    /** How many of the caller's notifications are unread. */
    long unread();

    /** The caller's newest unread notifications, newest first. */
    List<Item> recentUnread(int limit);

    /** Marks one of the caller's own notifications read. */
    void markRead(long notificationId);

    /** A notification to show: an i18n key with its arguments, and the route it links to (may be null). */
    record Item(long id, Instant createdAt, String messageKey, String[] args, String link) {
    }
}
