package org.lixiang.tracking;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The dashboard's figures, computed at most once per interval and scope however many officers and
 * leaders open the dashboard. At a province's scale one computation reads every proposal, review
 * and engine step of a call (in the benchmarks 0.14–0.35 s for a call of 9,000–10,000 proposals,
 * 0.5–1.1 s for all 100,000), too slow for every opening; a snapshot answers at once.
 *
 * <p>Opening the dashboard shows the scope's snapshot if it is at most two intervals old, and
 * otherwise computes it while the viewer waits. Scopes someone opened in the last ten minutes are
 * recomputed in the background once an interval, on behalf of the person who last opened them (the
 * engine history checks that person's role again), so whoever comes back sees figures at most two
 * intervals old without waiting; a scope nobody watches is forgotten. "Refresh now" always
 * computes. An interval of zero turns snapshots off: every opening computes.
 */
@Component
class FigureSnapshots implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(FigureSnapshots.class);
    /** How long after its last opening a scope is kept up to date in the background. */
    static final Duration WATCHED_FOR = Duration.ofMinutes(10);

    private final Calculation calculation;
    private final Clock clock;
    private final Duration interval;
    private final ConcurrentMap<Scope, Snapshot> snapshots = new ConcurrentHashMap<>();
    /** Numbers computations and requests in order, so "refresh now" can tell a computation begun after it. */
    private final AtomicLong sequence = new AtomicLong();
    private final ScheduledExecutorService refresher;

    @Autowired
    FigureSnapshots(DashboardCalculation calculation, Clock clock,
                    @Value("${lixiang.dashboard.refresh-interval:PT30S}") Duration interval,
                    @Value("${lixiang.dashboard.keep-watched-fresh:true}") boolean keepWatchedFresh) {
        this(calculation::compute, clock, interval, keepWatchedFresh);
    }

    FigureSnapshots(Calculation calculation, Clock clock, Duration interval, boolean keepWatchedFresh) {
        this.calculation = calculation;
        this.clock = clock;
        this.interval = interval;
        if (keepWatchedFresh && !interval.isZero() && !interval.isNegative()) {
            refresher = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "dashboard-refresh");
                t.setDaemon(true);
                return t;
            });
            // a task that throws is never run again: no failure of one pass may stop the next
            refresher.scheduleWithFixedDelay(() -> {
                try {
                    refreshWatched();
                } catch (RuntimeException e) {
                    log.warn("dashboard figures: background pass failed; the next one runs as planned", e);
                }
            }, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
        } else {
            refresher = null;
        }
    }

    /** Computes the figures of a call, or of all calls for null; {@link DashboardCalculation#compute}. */
    @FunctionalInterface
    interface Calculation {
        DashboardFigures compute(Long callId);
    }

    /** One call, or all calls ({@code callId} null). */
    private record Scope(Long callId) {
    }

    /** A scope's figures, the lock its computations take turns on, and who last opened it. */
    private static final class Snapshot {
        final Object computing = new Object();
        volatile DashboardFigures figures;
        volatile long computationNumber;
        volatile Instant lastOpened;
        volatile Authentication viewer;

        /** Made with its first opening, so a background pass never sees a snapshot nobody opened. */
        Snapshot(Instant lastOpened, Authentication viewer) {
            this.lastOpened = lastOpened;
            this.viewer = viewer;
        }
    }

    /** The figures as the dashboard opens: a snapshot at most two intervals old, or computed now. */
    DashboardFigures recent(Long callId) {
        Snapshot snapshot = opened(callId);
        DashboardFigures figures = snapshot.figures;
        if (youngerThan(figures, interval.multipliedBy(2))) {
            return figures;
        }
        synchronized (snapshot.computing) {
            // whoever held the lock may have just computed them
            figures = snapshot.figures;
            return youngerThan(figures, interval.multipliedBy(2)) ? figures : compute(snapshot, callId);
        }
    }

    /**
     * Figures computed after this request (the "refresh now" button): a request that waited for a
     * computation begun after it takes that one's figures rather than compute them twice.
     */
    DashboardFigures fresh(Long callId) {
        long asked = sequence.incrementAndGet();
        Snapshot snapshot = opened(callId);
        synchronized (snapshot.computing) {
            return snapshot.figures != null && snapshot.computationNumber > asked
                    ? snapshot.figures : compute(snapshot, callId);
        }
    }

    /** The background pass: recomputes the watched scopes an interval old, forgets the unwatched. */
    void refreshWatched() {
        Instant now = clock.instant();
        snapshots.forEach((scope, snapshot) -> {
            if (snapshot.lastOpened.isBefore(now.minus(WATCHED_FOR))) {
                snapshots.remove(scope, snapshot);
                return;
            }
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(snapshot.viewer);
            SecurityContextHolder.setContext(context);
            try {
                synchronized (snapshot.computing) {
                    if (!youngerThan(snapshot.figures, interval)) {
                        compute(snapshot, scope.callId());
                    }
                }
            } catch (RuntimeException e) {
                // e.g. the viewer's role was taken away: the next opening computes as its viewer
                log.warn("dashboard figures of call {} not refreshed in the background", scope.callId(), e);
                snapshots.remove(scope, snapshot);
            } finally {
                SecurityContextHolder.clearContext();
            }
        });
    }

    private Snapshot opened(Long callId) {
        Instant now = clock.instant();
        Authentication viewer = SecurityContextHolder.getContext().getAuthentication();
        Snapshot snapshot = snapshots.computeIfAbsent(new Scope(callId), scope -> new Snapshot(now, viewer));
        snapshot.viewer = viewer;
        snapshot.lastOpened = now;
        return snapshot;
    }

    /** Computes under the snapshot's lock and keeps the figures; the caller holds the lock. */
    private DashboardFigures compute(Snapshot snapshot, Long callId) {
        long started = sequence.incrementAndGet();
        DashboardFigures figures = calculation.compute(callId);
        snapshot.figures = figures;
        snapshot.computationNumber = started;
        return figures;
    }

    private boolean youngerThan(DashboardFigures figures, Duration age) {
        if (figures == null) {
            return false;
        }
        Duration old = Duration.between(figures.computedAt(), clock.instant());
        return !old.isNegative() && old.compareTo(age) < 0;
    }

    @Override
    public void destroy() {
        if (refresher != null) {
            refresher.shutdownNow();
        }
    }
}
