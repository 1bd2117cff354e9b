package org.lixiang.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.lixiang.notification.Notifier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One step that notifies many people in its transaction, as publishing a provincial call's list
 * does (every applicant of the call) or publishing a new call (every subscribed applicant): the
 * time for 1,000 to 8,000 recipients, which should grow linearly. Part of {@code ./mvnw -Pbench
 * verify}; alone: {@code ./mvnw -Pbench verify -Dtest=BulkNotificationBenchmark}. Writes
 * {@code target/bench/bulk-notifications.md}.
 */
@Tag("bench")
@BenchTest
class BulkNotificationBenchmark {

    @Autowired Portal portal;
    @Autowired Notifier notifier;
    @Autowired TransactionTemplate tx;

    @Test
    void run() throws Exception {
        BenchPeople people = new BenchPeople(portal).ensure(2, 0, 10);
        people.ensureApplicantsInBulk(8_000);
        List<Long> recipients = people.applicants;
        notifyAll(recipients.subList(0, 500), "warm-up"); // JIT and caches, not reported
        List<List<String>> rows = new ArrayList<>();
        for (int n : new int[] {1_000, 2_000, 4_000, 8_000}) {
            double ms = notifyAll(recipients.subList(0, n), "bulk-" + n);
            Integer written = portal.jdbc().queryForObject(
                    "select count(*) from notification_outbox where event_key = ?", Integer.class, "bench:bulk-" + n);
            if (written != n) {
                throw new IllegalStateException("expected " + n + " notifications, found " + written);
            }
            rows.add(List.of(String.valueOf(n), Report.f(ms, 0), Report.f(ms / n, 2)));
        }
        Report report = new Report();
        report.heading("One transaction notifying many users").text("Load average at the end: "
                + Machine.loadAverage()).table(List.of("recipients", "ms (one transaction)", "ms per recipient"), rows);
        Path file = report.write(Path.of("target", "bench", "bulk-notifications.md"));
        System.out.println(Files.readString(file));
    }

    private double notifyAll(List<Long> users, String event) {
        long t0 = System.nanoTime();
        tx.executeWithoutResult(s -> users.forEach(u -> notifier.notify("bench:" + event, u,
                "notification.publicityStarted", "publicity", "基准计划", "2026-12-06")));
        return (System.nanoTime() - t0) / 1e6;
    }
}
