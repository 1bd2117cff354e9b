package org.lixiang.bench.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Simulated experts against a running portal: each in a session of its own (own cookies, own
 * UIs), started evenly over the ramp-up, then working review after review with a think time
 * between actions (uniform between the settings' bounds), for a fixed measurement window; then
 * no new action starts, and actions under way finish (the drain). Users are scheduled on a
 * {@link ScheduledThreadPoolExecutor}; a thread only runs a user's action and its requests, and
 * sleeps otherwise, so the client costs little CPU. The lag between an action's planned and real
 * start is kept: a large lag would mean the client, not the server, held the requests back.
 */
public final class LoadRun {

    public record Settings(int users, Duration rampUp, Duration window, Duration thinkMin, Duration thinkMax, long seed,
                           Duration drain, int threads) {
    }

    public record Account(String username, String password) {
    }

    public record Result(RequestStats stats, List<Reviewer> reviewers, List<String> failures, int outOfWork,
                         double maxLagMillis, long windowNanos, long actionsInWindow) {
        public List<Reviewer.Submitted> submitted() {
            return reviewers.stream().flatMap(r -> r.submitted().stream()).toList();
        }
    }

    /** Called at the start and the end of the measurement window (to read the server's counters). */
    public interface WindowListener {
        void windowStarts();

        void windowEnds();
    }

    private final URI base;
    private final Settings settings;
    /** Users still working (not stopped by an error or an empty inbox). */
    private final AtomicInteger active = new AtomicInteger();

    public LoadRun(URI base, Settings settings) {
        this.base = base;
        this.settings = settings;
    }

    public Result run(List<Account> accounts, WindowListener listener) throws InterruptedException {
        if (accounts.size() < settings.users()) {
            throw new IllegalArgumentException(settings.users() + " users but " + accounts.size() + " accounts");
        }
        RequestStats stats = new RequestStats();
        HttpClient http = FlowClient.httpClient();
        ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(settings.threads(), r -> {
            Thread t = new Thread(r, "load-user");
            t.setDaemon(true);
            return t;
        });
        scheduler.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        List<Reviewer> reviewers = new ArrayList<>();
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger outOfWork = new AtomicInteger();
        AtomicLong maxLag = new AtomicLong();
        AtomicLong actionsInWindow = new AtomicLong();
        active.set(settings.users());
        long start = System.nanoTime();
        long windowStart = start + settings.rampUp().toNanos();
        long windowEnd = windowStart + settings.window().toNanos();
        stats.windowStarts(windowStart);
        stats.windowEnds(windowEnd);
        Random seeds = new Random(settings.seed());
        for (int i = 0; i < settings.users(); i++) {
            Account a = accounts.get(i);
            Reviewer reviewer = new Reviewer(new FlowClient(http, base, stats), a.username(), a.password(), seeds.nextLong());
            reviewers.add(reviewer);
            User user = new User(reviewer, new Random(seeds.nextLong()), scheduler, windowStart, windowEnd, failures, outOfWork,
                    maxLag, actionsInWindow);
            long delay = settings.rampUp().toNanos() * i / settings.users();
            user.plan(start + delay);
        }
        sleepUntil(windowStart);
        listener.windowStarts();
        while (System.nanoTime() - windowEnd < 0 && active.get() > 0) {
            TimeUnit.MILLISECONDS.sleep(Math.min(200, Math.max(1, (windowEnd - System.nanoTime()) / 1_000_000)));
        }
        long windowEnded = Math.min(windowEnd, System.nanoTime()); // earlier if every user has stopped
        stats.windowEnds(windowEnded);
        listener.windowEnds();
        scheduler.shutdown(); // planned actions are dropped; those under way finish
        if (!scheduler.awaitTermination(settings.drain().toMillis(), TimeUnit.MILLISECONDS)) {
            scheduler.shutdownNow();
            failures.add("actions still running " + settings.drain().toSeconds() + " s after the window");
        }
        return new Result(stats, reviewers, List.copyOf(failures), outOfWork.get(), maxLag.get() / 1e6,
                windowEnded - windowStart, actionsInWindow.get());
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        long left;
        while ((left = nanoTime - System.nanoTime()) > 0) {
            TimeUnit.NANOSECONDS.sleep(left);
        }
    }

    /** One simulated user: its actions, run one at a time with think time between them. */
    private final class User implements Runnable {
        private final Reviewer reviewer;
        private final Random random;
        private final ScheduledThreadPoolExecutor scheduler;
        private final long windowStart;
        private final long windowEnd;
        private final List<String> failures;
        private final AtomicInteger outOfWork;
        private final AtomicLong maxLag;
        private final AtomicLong actionsInWindow;
        private final Deque<Reviewer.Action> actions = new ArrayDeque<>();
        private long plannedAt;

        User(Reviewer reviewer, Random random, ScheduledThreadPoolExecutor scheduler, long windowStart, long windowEnd,
             List<String> failures, AtomicInteger outOfWork, AtomicLong maxLag, AtomicLong actionsInWindow) {
            this.reviewer = reviewer;
            this.random = random;
            this.scheduler = scheduler;
            this.windowStart = windowStart;
            this.windowEnd = windowEnd;
            this.failures = failures;
            this.outOfWork = outOfWork;
            this.maxLag = maxLag;
            this.actionsInWindow = actionsInWindow;
            actions.add(reviewer.login());
        }

        void plan(long at) {
            plannedAt = at;
            try {
                scheduler.schedule(this, Math.max(0, at - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (java.util.concurrent.RejectedExecutionException runOver) {
                // the window is over
            }
        }

        @Override
        public void run() {
            long now = System.nanoTime();
            if (now - windowEnd >= 0) {
                return; // the window is over: no new action
            }
            maxLag.accumulateAndGet(now - plannedAt, Math::max);
            if (now - windowStart >= 0) {
                actionsInWindow.incrementAndGet();
            }
            try {
                if (actions.isEmpty()) {
                    actions.addAll(reviewer.oneReview());
                }
                reviewer.client().runTimers();
                actions.removeFirst().run();
            } catch (RuntimeException e) {
                failures.add(reviewer.username() + ": " + e.getMessage());
                active.decrementAndGet();
                return; // a broken session stops its user; the run fails
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (reviewer.outOfWork()) {
                outOfWork.incrementAndGet();
                active.decrementAndGet();
                return;
            }
            long min = settings.thinkMin().toNanos();
            long max = settings.thinkMax().toNanos();
            plan(System.nanoTime() + min + (long) (random.nextDouble() * (max - min)));
        }
    }
}
