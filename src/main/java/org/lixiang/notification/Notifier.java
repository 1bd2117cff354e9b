package org.lixiang.notification;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.lixiang.base.CurrentUser;
import org.lixiang.base.Inbox;
import org.lixiang.base.NotAllowedException;
import org.lixiang.base.Paging;
import org.lixiang.base.Role;
import org.lixiang.identity.Recipients;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends notifications and lets each user read their own. A notification is written in the
 * transaction of the event that raised it, together with its e-mail in the outbox, so a
 * rolled-back step tells nobody and a committed one is mailed after the commit
 * ({@link MailDispatcher}); mail trouble can never undo the step.
 *
 * <p>Every notification names its event ({@code "proposal:12:returned:2"}: object, id, what
 * happened, and what makes a repetition a new event). One event reaches each recipient once: a
 * step that runs again (a retried process job, a repeated click) does not notify again.
 */
@Service
public class Notifier implements Inbox {

    private final NotificationRepository notifications;
    private final NotificationWriter writer;
    private final Recipients recipients;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Notifier(NotificationRepository notifications, NotificationWriter writer, Recipients recipients,
             ApplicationEventPublisher events, Clock clock) {
        this.notifications = notifications;
        this.writer = writer;
        this.recipients = recipients;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Notifies one user: in the portal now, by e-mail after the commit. Called by other features'
     * services and process steps, inside their transaction; {@code args} are the message's
     * parameters, kept as text and rendered in the reader's language. No role check of its own:
     * it needs the caller's transaction, so no screen can reach it, and the calling service has
     * checked its caller.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void notify(String event, long userId, String messageKey, String link, Object... args) {
        requireEvent(event);
        // the unique key (event, user) backs this check up against two concurrent runs of one step
        if (writer.reached(event, userId)) {
            return;
        }
        write(event, userId, messageKey, link, args);
    }

    /** Notifies every enabled holder of the role (officers for a new objection, leaders for a plan). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void notifyRole(Role role, String event, String messageKey, String link, Object... args) {
        notifyAll(recipients.withRole(role), event, messageKey, link, () -> args);
    }

    /**
     * As {@link #notifyRole}, for an event that many steps raise (every overdue review of a call
     * tells the officers of the call once): the parameters are computed only when the event still
     * has someone to reach, since computing them may cost queries of their own.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void notifyRoleOnce(Role role, String event, String messageKey, String link, Supplier<Object[]> args) {
        notifyAll(recipients.withRole(role), event, messageKey, link, args);
    }

    /** Notifies the applicants who opted in to hearing about newly published calls. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void notifyNewCallSubscribers(String event, String messageKey, String link, Object... args) {
        notifyAll(recipients.applicantsWantingNewCalls(), event, messageKey, link, () -> args);
    }

    /** One query for whom the event has reached already, not one per recipient. */
    private void notifyAll(List<Long> userIds, String event, String messageKey, String link, Supplier<Object[]> args) {
        requireEvent(event);
        Set<Long> reached = writer.reachedBy(event);
        List<Long> left = userIds.stream().filter(id -> !reached.contains(id)).toList();
        if (left.isEmpty()) {
            return;
        }
        Object[] values = args.get();
        for (long userId : left) {
            write(event, userId, messageKey, link, values);
        }
    }

    private static void requireEvent(String event) {
        if (event == null || event.isBlank() || event.length() > 150) {
            throw new IllegalArgumentException("event key: " + event);
        }
    }

    private void write(String event, long userId, String messageKey, String link, Object... args) {
        String joined = Arrays.stream(args).map(String::valueOf).collect(Collectors.joining(Notification.SEPARATOR));
        writer.write(event, userId, clock.instant(), messageKey, joined, link);
        events.publishEvent(OutboxFilled.INSTANCE);
    }

    @Transactional(readOnly = true)
    public List<UserNotification> mine(int offset, int limit) {
        long me = CurrentUser.require().userId();
        return notifications.findByUserIdOrderByIdDesc(me, Paging.of(offset, limit)).stream()
                .map(Notification::toView).toList();
    }

    @Transactional(readOnly = true)
    public long countMine() {
        return notifications.countByUserId(CurrentUser.require().userId());
    }

    @Override
    @Transactional(readOnly = true)
    public long unread() {
        return notifications.countByUserIdAndReadAtIsNull(CurrentUser.require().userId());
    }

    @Override
    @Transactional(readOnly = true)
    public List<Item> recentUnread(int limit) {
        long me = CurrentUser.require().userId();
        return notifications.findByUserIdAndReadAtIsNullOrderByIdDesc(me, Paging.of(0, Math.max(1, limit))).stream()
                .map(Notification::toView)
                .map(n -> new Item(n.id(), n.createdAt(), n.messageKey(), n.args(), n.link()))
                .toList();
    }

    @Override
    @Transactional
    public void markRead(long notificationId) {
        long me = CurrentUser.require().userId();
        Notification n = notifications.findById(notificationId)
                .filter(x -> x.getUserId() == me).orElseThrow(() -> new NotAllowedException("notification"));
        n.markRead(clock.instant());
    }
}
