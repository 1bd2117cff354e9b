package org.lixiang.export;

import jakarta.annotation.PreDestroy;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Runs export jobs off the UI thread, as the user who asked for them. The services behind a job
 * read the caller from Spring Security's thread-bound context ({@code CurrentUser}); a worker
 * thread has none, so the caller's authentication is copied into a context of the worker's own
 * for the job and removed afterwards — never shared, so a pooled thread cannot keep or leak it.
 *
 * <p>Two workers: exports are CPU- and database-bound, the server is small, and a burst of
 * clicks should queue rather than starve the screens.
 */
@Component
public class ExportRunner {

    private final ExecutorService workers;

    ExportRunner() {
        AtomicInteger count = new AtomicInteger();
        workers = new ThreadPoolExecutor(2, 2, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(100), r -> {
            Thread t = new Thread(r, "export-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts the job as the current user; the future completes with the file or the job's failure. */
    public CompletableFuture<ExportFile> start(ExportJob job, ExportProgress progress) {
        SecurityContext caller = SecurityContextHolder.getContext();
        SecurityContext copy = SecurityContextHolder.createEmptyContext();
        copy.setAuthentication(caller.getAuthentication());
        CompletableFuture<ExportFile> result = new CompletableFuture<>();
        try {
            workers.execute(() -> run(job, progress, copy, result));
        } catch (RejectedExecutionException busy) {
            // a hundred exports already waiting: this one fails at once rather than hang the button
            result.completeExceptionally(busy);
        }
        return result;
    }

    private static void run(ExportJob job, ExportProgress progress, SecurityContext copy,
                            CompletableFuture<ExportFile> result) {
        SecurityContextHolder.setContext(copy);
        try {
            result.complete(job.write(progress));
        } catch (Throwable failure) {
            result.completeExceptionally(failure);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }
}
