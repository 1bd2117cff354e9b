package org.lixiang.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lixiang.TestClock;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** When the dashboard's figures are computed and when a snapshot answers: no database needed. */
class FigureSnapshotsTest {

    static final Duration INTERVAL = Duration.ofSeconds(30);

    final TestClock clock = new TestClock();
    final AtomicInteger computations = new AtomicInteger();
    final List<Authentication> computedAs = new ArrayList<>();
    volatile CountDownLatch hold = new CountDownLatch(0);
    volatile RuntimeException failure;

    /** Figures that say which computation they came from, in their "submitted" count. */
    final FigureSnapshots.Calculation calculation = callId -> {
        try {
            hold.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (failure != null) {
            throw failure;
        }
        synchronized (computedAs) {
            computedAs.add(SecurityContextHolder.getContext().getAuthentication());
        }
        int n = computations.incrementAndGet();
        return new DashboardFigures(callId, clock.instant(), Map.of(), List.of(),
                new DashboardFigures.ReviewProgress(n, 0, 0, 0, 0), List.of(), null, List.of(), List.of());
    };

    final FigureSnapshots snapshots = new FigureSnapshots(calculation, clock, INTERVAL, false);

    static long computation(DashboardFigures f) {
        return f.reviews().submitted();
    }

    void as(String name) {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(name, "", "ROLE_OFFICER"));
    }

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void openingsWithinTwoIntervalsShareOneComputation() {
        as("officer");
        DashboardFigures first = snapshots.recent(7L);
        clock.advance(Duration.ofSeconds(59));
        assertThat(snapshots.recent(7L)).isSameAs(first);
        assertThat(computations).hasValue(1);
        clock.advance(Duration.ofSeconds(1));
        DashboardFigures later = snapshots.recent(7L);
        assertThat(computation(later)).isEqualTo(2);
        assertThat(later.computedAt()).isEqualTo(clock.instant());
    }

    @Test
    void eachCallAndAllCallsHaveTheirOwnFigures() {
        as("officer");
        snapshots.recent(1L);
        snapshots.recent(2L);
        snapshots.recent(null);
        assertThat(snapshots.recent(null).callId()).isNull();
        assertThat(snapshots.recent(2L).callId()).isEqualTo(2L);
        assertThat(computations).hasValue(3);
    }

    @Test
    void refreshNowComputesAgainAndLaterOpeningsShowThoseFigures() {
        as("officer");
        snapshots.recent(7L);
        DashboardFigures refreshed = snapshots.fresh(7L);
        assertThat(computation(refreshed)).isEqualTo(2);
        assertThat(snapshots.recent(7L)).isSameAs(refreshed);
        assertThat(computation(snapshots.fresh(7L))).isEqualTo(3);
    }

    @Test
    void manyLeadersOpeningAtOnceWaitForOneComputation() throws Exception {
        as("leader");
        hold = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<DashboardFigures>> openings = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                openings.add(pool.submit(() -> snapshots.recent(7L)));
            }
            Thread.sleep(200);
            hold.countDown();
            for (Future<DashboardFigures> opening : openings) {
                assertThat(computation(opening.get(10, TimeUnit.SECONDS))).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(computations).hasValue(1);
    }

    @Test
    void refreshNowAskedWhileAComputationRunsComputesAgainAfterIt() throws Exception {
        as("officer");
        hold = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            // the second request may follow a change the running computation has not read
            Future<DashboardFigures> first = pool.submit(() -> snapshots.fresh(7L));
            Thread.sleep(100);
            Future<DashboardFigures> second = pool.submit(() -> snapshots.fresh(7L));
            Thread.sleep(100);
            hold.countDown();
            assertThat(computation(first.get(10, TimeUnit.SECONDS))).isEqualTo(1);
            assertThat(computation(second.get(10, TimeUnit.SECONDS))).isEqualTo(2);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void watchedScopesAreRecomputedInTheBackgroundAsTheirLastViewer() {
        as("officer-a");
        snapshots.recent(7L);
        as("leader-b");
        snapshots.recent(7L);
        SecurityContextHolder.clearContext();

        snapshots.refreshWatched();
        assertThat(computations).as("younger than an interval: left alone").hasValue(1);

        clock.advance(INTERVAL);
        snapshots.refreshWatched();
        assertThat(computations).hasValue(2);
        assertThat(computedAs.get(1).getName()).isEqualTo("leader-b");
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();

        // the viewer comes back within the minute: the background's figures, no waiting
        clock.advance(Duration.ofSeconds(45));
        as("leader-b");
        assertThat(computation(snapshots.recent(7L))).isEqualTo(2);
        assertThat(computations).hasValue(2);
    }

    @Test
    void scopesNobodyOpenedForTenMinutesAreForgotten() {
        as("officer");
        snapshots.recent(7L);
        for (int i = 0; i < 20; i++) {
            clock.advance(INTERVAL);
            snapshots.refreshWatched();
        }
        // refreshed at each of the 20 passes of the ten minutes, then forgotten
        assertThat(computations).hasValue(21);
        clock.advance(INTERVAL);
        snapshots.refreshWatched();
        assertThat(computations).hasValue(21);
    }

    @Test
    void aFailedBackgroundComputationIsForgottenAndTheNextOpeningComputes() {
        as("officer");
        snapshots.recent(7L);
        clock.advance(INTERVAL);
        failure = new IllegalStateException("role taken away");
        snapshots.refreshWatched();
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
        failure = null;
        as("officer");
        assertThat(computation(snapshots.recent(7L))).isEqualTo(2);
    }

    @Test
    void aFailedComputationKeepsNoFiguresAndReachesTheViewer() {
        as("officer");
        failure = new IllegalStateException("database down");
        assertThatThrownBy(() -> snapshots.recent(7L)).hasMessage("database down");
        failure = null;
        assertThat(computation(snapshots.recent(7L))).isEqualTo(1);
    }

    @Test
    void anIntervalOfZeroComputesOnEveryOpening() {
        FigureSnapshots always = new FigureSnapshots(calculation, clock, Duration.ZERO, true);
        try {
            as("officer");
            always.recent(7L);
            always.recent(7L);
            assertThat(computations).hasValue(2);
        } finally {
            always.destroy();
        }
    }
}
