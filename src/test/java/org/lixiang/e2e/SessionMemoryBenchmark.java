package org.lixiang.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What one open Vaadin session costs the server (issue 7, "screens under load"): N real sessions
 * in Chromium — applicants on their proposal list, experts on the scoring form — against the
 * portal running in this JVM; the live heap after a full GC with the sessions open, minus the
 * live heap before they were opened, divided by N. Not part of {@code ./mvnw verify} (the name
 * does not end in Test); run it with
 * {@code ./mvnw verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=SessionMemoryBenchmark}
 * ({@code -Dbench.sessions=N}, default 25 of each kind). Writes {@code target/bench/session-memory.md}.
 */
class SessionMemoryBenchmark extends BrowserTest {

    @Autowired JdbcTemplate jdbc;

    @Test
    void liveHeapPerOpenSession() throws IOException {
        int n = Integer.getInteger("bench.sessions", 25);
        String expert = jdbc.queryForObject("""
                select u.username from review_assignment a join app_user u on u.id = a.expert_id
                where a.status = 'ACCEPTED' order by a.id limit 1""", String.class);
        String scoring = "review/score/" + as(expert, () -> inbox.page(0, 100).stream()
                .filter(t -> "review".equals(t.stepKey())).findFirst().orElseThrow().id());

        // one of each first, so classes, caches and the bundle are loaded before the baseline
        List<BrowserContext> warm = List.of(session("applicant", "proposals", "#my-proposals"),
                session(expert, scoring, "#submit-review"));
        long baseline = liveHeap();
        List<BrowserContext> open = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            open.add(session("applicant", "proposals", "#my-proposals"));
        }
        long withApplicants = liveHeap();
        for (int i = 0; i < n; i++) {
            open.add(session(expert, scoring, "#submit-review"));
        }
        long withExperts = liveHeap();

        double perApplicant = (withApplicants - baseline) / (double) n / 1024;
        double perExpert = (withExperts - withApplicants) / (double) n / 1024;
        String report = String.format(Locale.ROOT, """
                | screen | sessions | live heap before | live heap after | per session | target |
                |---|---:|---:|---:|---:|---:|
                | applicant: proposal list | %d | %.1f MB | %.1f MB | %.0f KB | ≤ 300 KB |
                | expert: scoring form | %d | %.1f MB | %.1f MB | %.0f KB | ≤ 300 KB |
                """, n, mb(baseline), mb(withApplicants), perApplicant, n, mb(withApplicants), mb(withExperts), perExpert);
        System.out.println(report);
        Files.createDirectories(Path.of("target/bench"));
        Files.writeString(Path.of("target/bench/session-memory.md"), report);
        open.forEach(BrowserContext::close);
        warm.forEach(BrowserContext::close);
    }

    /** A logged-in session of its own (its own cookies) showing the screen at {@code path}. */
    private BrowserContext session(String username, String path, String readySelector) {
        Browser browser = browser();
        BrowserContext ctx = browser.newContext(new Browser.NewContextOptions().setLocale("en-US"));
        Page p = ctx.newPage();
        p.navigate(url("login"));
        p.locator("vaadin-login-form input[name=username]").fill(username);
        p.locator("vaadin-login-form input[name=password]").fill(DEMO_PASSWORD);
        p.locator("vaadin-login-form vaadin-button[slot=submit]").click();
        p.locator("#current-user").waitFor();
        p.navigate(url(path));
        p.locator(readySelector).waitFor();
        return ctx;
    }

    /** Heap in use after full collections (System.gc() is a full GC with G1 unless disabled). */
    private static long liveHeap() {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    private static double mb(long bytes) {
        return bytes / 1024.0 / 1024.0;
    }
}
