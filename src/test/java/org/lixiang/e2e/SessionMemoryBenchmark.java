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
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What one open Vaadin session costs the server (issue 7, "screens under load"): N real sessions
 * in Chromium — applicants on their proposal list, experts on the scoring form — against the
 * portal running in this JVM; the live heap after a full GC with the sessions open, minus the
 * live heap before they were opened, divided by N, less what the browser driver in this JVM keeps
 * per page (measured with blank pages). Run it against a production build (below) for the figure
 * that matters: development mode keeps extra data per component. Not part of {@code ./mvnw verify} (the name
 * does not end in Test); run it with
 * {@code ./mvnw -Pproduction verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=SessionMemoryBenchmark}
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
        // The browser driver (Playwright's Java client) lives in this JVM too and keeps objects
        // per open page: measure that with pages that never reach the portal, and subtract it.
        long empty = liveHeap();
        List<BrowserContext> blank = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            BrowserContext ctx = browser().newContext();
            ctx.newPage().navigate("about:blank");
            blank.add(ctx);
        }
        double driverPerPage = (liveHeap() - empty) / (double) n / 1024;
        blank.forEach(BrowserContext::close);

        long baseline = liveHeap();
        Map<String, long[]> histogramBefore = histogram();
        List<BrowserContext> open = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            open.add(session("applicant", "proposals", "#my-proposals"));
        }
        long withApplicants = liveHeap();
        for (int i = 0; i < n; i++) {
            open.add(session(expert, scoring, "#submit-review"));
        }
        long withExperts = liveHeap();
        String growth = topGrowth(histogramBefore, histogram(), 2 * n, 15);

        double perApplicant = (withApplicants - baseline) / (double) n / 1024 - driverPerPage;
        double perExpert = (withExperts - withApplicants) / (double) n / 1024 - driverPerPage;
        String report = String.format(Locale.ROOT, """
                | screen | sessions | live heap before | live heap after | per session (driver's %.0f KB per page taken off) | target |
                |---|---:|---:|---:|---:|---:|
                | applicant: proposal list | %d | %.1f MB | %.1f MB | %.0f KB | ≤ 300 KB |
                | expert: scoring form | %d | %.1f MB | %.1f MB | %.0f KB | ≤ 300 KB |
                """, driverPerPage, n, mb(baseline), mb(withApplicants), perApplicant, n, mb(withApplicants),
                mb(withExperts), perExpert);
        report += "\nWhat grew most, per session (class histogram after full GC, all " + (2 * n)
                + " sessions):\n\n" + growth;
        System.out.println(report);
        Files.createDirectories(Path.of("target/bench"));
        Files.writeString(Path.of("target/bench/session-memory.md"), report);
        open.forEach(BrowserContext::close);
        warm.forEach(BrowserContext::close);
    }

    /** Live objects per class (bytes, instances), from the JVM's own class histogram after a full GC. */
    private static Map<String, long[]> histogram() {
        try {
            Object text = ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                    new Object[] {null}, new String[] {String[].class.getName()});
            Map<String, long[]> rows = new HashMap<>();
            for (String line : text.toString().split("\n")) {
                String[] cols = line.trim().split("\\s+");
                // "  1:   12345   678900  java.lang.String (java.base@17)"
                if (cols.length >= 4 && cols[0].endsWith(":")) {
                    rows.put(cols[3], new long[] {Long.parseLong(cols[2]), Long.parseLong(cols[1])});
                }
            }
            return rows;
        } catch (Exception e) {
            throw new IllegalStateException("no class histogram from this JVM", e);
        }
    }

    private static String topGrowth(Map<String, long[]> before, Map<String, long[]> after, int sessions, int top) {
        StringBuilder table = new StringBuilder("| class | bytes per session | instances per session |\n|---|---:|---:|\n");
        after.entrySet().stream()
                // the browser driver's own objects (Playwright and its JSON library) are not the portal's
                .filter(e -> !e.getKey().startsWith("com.microsoft.playwright") && !e.getKey().startsWith("com.google.gson"))
                .map(e -> Map.entry(e.getKey(), new long[] {
                        e.getValue()[0] - before.getOrDefault(e.getKey(), new long[2])[0],
                        e.getValue()[1] - before.getOrDefault(e.getKey(), new long[2])[1]}))
                .sorted((a, b) -> Long.compare(b.getValue()[0], a.getValue()[0])).limit(top)
                .forEach(e -> table.append(String.format(Locale.ROOT, "| `%s` | %,d | %.1f |%n", e.getKey(),
                        e.getValue()[0] / sessions, e.getValue()[1] / (double) sessions)));
        return table.toString();
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
