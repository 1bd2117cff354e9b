package org.lixiang.notification;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Runs the dispatcher after every commit that queued mail (so mails leave within seconds) and on
 * a schedule (retries, and whatever a restart or another server left behind). All runs of this
 * server go through one thread, one at a time; nudges that arrive meanwhile fold into one run.
 */
@Component
@ConditionalOnProperty(name = "lixiang.mail.auto-dispatch", havingValue = "true", matchIfMissing = true)
class DispatchTrigger implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(DispatchTrigger.class);

    private final MailDispatcher dispatcher;
    private final AtomicBoolean queued = new AtomicBoolean();
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "mail-dispatch");
        t.setDaemon(true);
        return t;
    });

    DispatchTrigger(MailDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    /** Only after the commit: a rolled-back step queued nothing, and its rows are visible now. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void afterCommit(OutboxFilled event) {
        nudge();
    }

    @Scheduled(initialDelayString = "${lixiang.mail.dispatch-interval:PT30S}",
            fixedDelayString = "${lixiang.mail.dispatch-interval:PT30S}")
    void onSchedule() {
        nudge();
    }

    void nudge() {
        if (queued.compareAndSet(false, true)) {
            executor.execute(() -> {
                queued.set(false);
                try {
                    dispatcher.dispatchDue();
                } catch (RuntimeException e) {
                    log.warn("mail dispatch failed; the next run picks it up", e);
                }
            });
        }
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }

    /** Scheduling only where the dispatcher runs by itself. */
    @Configuration(proxyBeanMethods = false)
    @EnableScheduling
    @ConditionalOnProperty(name = "lixiang.mail.auto-dispatch", havingValue = "true", matchIfMissing = true)
    static class Scheduling {
    }
}
