package org.lixiang.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.lixiang.base.Paging;
import org.lixiang.base.SystemContext;
import org.lixiang.identity.Recipients;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the outbox's due mails, after the business transactions that queued them have committed.
 *
 * <p>Each mail goes through three short transactions of its own: <em>claim</em> (a conditional
 * update PENDING → SENDING that only one dispatcher can win, on any database and across servers,
 * no {@code FOR UPDATE SKIP LOCKED} needed), the SMTP hand-over outside any transaction, then
 * <em>record</em> the outcome (SENT, or back to PENDING with a growing delay, or FAILED after the
 * last attempt). A failure never touches the business data: that committed long before.
 *
 * <p>The trade-off, chosen on purpose: <b>at most once</b> where the outcome is unknown,
 * <b>retried</b> where it is known. A server that dies between claiming and recording leaves the
 * row SENDING; we cannot tell whether the SMTP server accepted the mail, so after
 * {@code staleAfter} such a row becomes FAILED ("interrupted") and is never sent again — a crash
 * may lose a mail (it is still in the user's in-app list), it never sends one twice. A send that
 * fails with an error (server down, refused, timed out) is retried with backoff, because the
 * SMTP server did not accept it; the one window left for a duplicate is a connection lost after
 * the message data went out but before the server's reply, and even then both copies carry the
 * same Message-ID, so mail clients can recognise the repeat.
 */
@Component
class MailDispatcher {

    private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);
    private static final int BATCH = 50;

    private final OutboxRepository outbox;
    private final NotificationRepository notifications;
    private final Recipients recipients;
    private final MailRenderer renderer;
    private final MailTransport transport;
    private final MailSettings settings;
    private final Clock clock;
    private final TransactionTemplate tx;

    MailDispatcher(OutboxRepository outbox, NotificationRepository notifications, Recipients recipients,
                   MailRenderer renderer, MailTransport transport, MailSettings settings, Clock clock,
                   PlatformTransactionManager transactions) {
        this.outbox = outbox;
        this.notifications = notifications;
        this.recipients = recipients;
        this.renderer = renderer;
        this.transport = transport;
        this.settings = settings;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
        // never joins a caller's transaction: a claim must be committed before the mail leaves
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Sends every mail due now; returns how many this call claimed. Safe to run concurrently.
     * Runs as the system whoever calls it: recipients' addresses are for the dispatcher only.
     */
    int dispatchDue() {
        return SystemContext.call(this::dispatchDueAsSystem);
    }

    private int dispatchDueAsSystem() {
        Instant start = clock.instant();
        Integer stale = tx.execute(s -> outbox.abandonStale(start.minus(settings.staleAfter()),
                "interrupted while sending; not retried, it may have gone out"));
        if (stale != null && stale > 0) {
            log.warn("{} mail(s) were interrupted mid-send and are marked failed, not resent", stale);
        }
        int claimed = 0;
        while (true) {
            List<Long> due = tx.execute(s -> outbox.due(start, Paging.of(0, BATCH)));
            if (due == null || due.isEmpty()) {
                return claimed;
            }
            for (long id : due) {
                Integer won = tx.execute(s -> outbox.claim(id, clock.instant()));
                if (won != null && won == 1) {
                    claimed++;
                    deliver(id);
                }
            }
            if (due.size() < BATCH) {
                return claimed;
            }
        }
    }

    /** Sends one claimed mail and records the outcome. */
    private void deliver(long id) {
        Optional<Prepared> prepared = prepare(id);
        if (prepared.isEmpty()) {
            return;
        }
        OutboxStatus outcome;
        try {
            outcome = transport.send(prepared.get().mail());
        } catch (RuntimeException e) {
            failed(id, prepared.get().attempts(), e);
            return;
        }
        tx.execute(s -> outbox.finish(id, outcome, clock.instant(), null));
    }

    private record Prepared(Mail mail, int attempts) {
    }

    /** Renders the mail, or records why there is none to send (no address, disabled account). */
    private Optional<Prepared> prepare(long id) {
        OutboxEntry entry = tx.execute(s -> outbox.findById(id).orElseThrow());
        UserNotification n = tx.execute(s -> notifications.findById(entry.getNotificationId()).orElseThrow().toView());
        Optional<Recipients.Contact> contact = recipients.contact(entry.getUserId());
        String skip = contact.isEmpty() ? "no such user"
                : !contact.get().enabled() ? "account disabled"
                : contact.get().email() == null || contact.get().email().isBlank() ? "no e-mail address" : null;
        if (skip != null) {
            tx.execute(s -> outbox.finish(id, OutboxStatus.SKIPPED, clock.instant(), skip));
            return Optional.empty();
        }
        return Optional.of(new Prepared(renderer.render(id, n, contact.get()), entry.getAttempts()));
    }

    private void failed(long id, int attempts, RuntimeException e) {
        String error = abbreviate(e.getClass().getSimpleName() + ": " + rootMessage(e));
        if (attempts >= settings.maxAttempts()) {
            log.warn("mail {} failed {} times, giving up: {}", id, attempts, error);
            tx.execute(s -> outbox.giveUp(id, error));
        } else {
            Instant next = clock.instant().plus(settings.retryDelay(attempts));
            log.info("mail {} failed (attempt {}), retrying at {}: {}", id, attempts, next, error);
            tx.execute(s -> outbox.retryLater(id, next, error));
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return String.valueOf(t.getMessage());
    }

    private static String abbreviate(String s) {
        return s.length() <= 500 ? s : s.substring(0, 499) + "…";
    }
}
