package org.lixiang.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs one step for a list of items on {@code workers} threads, each step as its user (the
 * security context a request would carry), and times it. Anything a step needs that the user
 * would have on screen already (task ids, versions) is looked up before the phase starts, so the
 * phase holds only the service calls.
 */
final class Phases {

    private Phases() {
    }

    static <T> StepStats run(String step, int workers, List<T> items, Function<T, Authentication> who, Consumer<T> work) {
        StepStats stats = new StepStats(step, workers);
        AtomicInteger next = new AtomicInteger();
        List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> new Thread(r, "bench-" + step));
        long start = System.nanoTime();
        for (int w = 0; w < workers; w++) {
            pool.execute(() -> {
                for (int i = next.getAndIncrement(); i < items.size() && failures.isEmpty(); i = next.getAndIncrement()) {
                    T item = items.get(i);
                    try {
                        Authentication user = who.apply(item); // may log in first: before the context is taken
                        SecurityContextHolder.getContext().setAuthentication(user);
                        SqlCounter.Counts counts = stats.start();
                        long t0 = System.nanoTime();
                        work.accept(item);
                        stats.record(System.nanoTime() - t0, counts);
                    } catch (RuntimeException | AssertionError e) {
                        failures.add(e);
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                }
            });
        }
        pool.shutdown();
        try {
            if (!pool.awaitTermination(2, TimeUnit.HOURS)) {
                throw new IllegalStateException(step + " did not finish");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        stats.wallNanos = System.nanoTime() - start;
        if (!failures.isEmpty()) {
            IllegalStateException e = new IllegalStateException(step + ": " + failures.size() + " step(s) failed", failures.get(0));
            throw e;
        }
        return stats;
    }

    /** Times one step of a longer chain on the current thread, as the given user. */
    static void timed(StepStats stats, Authentication who, Runnable work) {
        SecurityContextHolder.getContext().setAuthentication(who);
        try {
            SqlCounter.Counts counts = stats.start();
            long t0 = System.nanoTime();
            work.run();
            stats.record(System.nanoTime() - t0, counts);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
