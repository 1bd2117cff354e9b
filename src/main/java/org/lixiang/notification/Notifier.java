package org.lixiang.notification;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.lixiang.base.CurrentUser;
import org.lixiang.base.NotAllowedException;
import org.lixiang.base.Paging;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends in-app notifications (written in the transaction of the event, so a rolled-back step
 * sends nothing) and lets each user read their own.
 */
@Service
public class Notifier {

    private final NotificationRepository notifications;
    private final Clock clock;

    Notifier(NotificationRepository notifications, Clock clock) {
        this.notifications = notifications;
        this.clock = clock;
    }

    /** Called by other features' services and process steps, inside their transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void notify(long userId, String messageKey, String link, Object... args) {
        String joined = Arrays.stream(args).map(String::valueOf).collect(Collectors.joining(Notification.SEPARATOR));
        notifications.save(new Notification(userId, clock.instant(), messageKey, joined, link));
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

    @Transactional(readOnly = true)
    public long unread() {
        return notifications.countByUserIdAndReadAtIsNull(CurrentUser.require().userId());
    }

    @Transactional
    public void markRead(long notificationId) {
        long me = CurrentUser.require().userId();
        Notification n = notifications.findById(notificationId)
                .filter(x -> x.getUserId() == me).orElseThrow(() -> new NotAllowedException("notification"));
        n.markRead(clock.instant());
    }
}
