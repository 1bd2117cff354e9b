package org.lixiang.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What one open Vaadin session costs a production server (issue 7, "screens under load"): the
 * production jar ({@code ./mvnw -Pproduction package}) runs in a process of its own, on a fresh
 * PostgreSQL database with the demo data; N real sessions in Chromium (applicants on their
 * proposal list, experts on the scoring form) are opened against it, and its live heap after a
 * full GC ({@code jcmd GC.run}, then {@code GC.heap_info}) is read before and after. Unlike an
 * in-process measurement, nothing of the browser driver is counted. Not part of
 * {@code ./mvnw verify}; run after packaging with
 * {@code ./mvnw verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=SessionMemoryProductionBenchmark}
 * ({@code -Dbench.sessions=N}, default 25 of each kind). Writes {@code target/bench/session-memory-production.md}.
 */
@Tag("e2e")
class SessionMemoryProductionBenchmark {

    static final String DB = "lixiang_sessionbench";
    static final String ADMIN_URL = "jdbc:postgresql://localhost:5432/postgres";

    @Test
    void liveHeapPerOpenSessionOfTheProductionJar() throws Exception {
        int n = Integer.getInteger("bench.sessions", 25);
        Path jar = Files.list(Path.of("target")).filter(p -> p.toString().endsWith(".jar")
                && !p.toString().endsWith("-plain.jar")).findFirst()
                .orElseThrow(() -> new IllegalStateException("build the jar first: ./mvnw -Pproduction package"));
        try (Connection admin = DriverManager.getConnection(ADMIN_URL, "postgres", "")) {
            admin.createStatement().execute("drop database if exists " + DB);
            admin.createStatement().execute("create database " + DB);
        }
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path data = Files.createTempDirectory("lixiang-sessionbench");
        ProcessBuilder pb = new ProcessBuilder("java", "-Xmx1g", "-jar", jar.toString())
                .redirectErrorStream(true).redirectOutput(Path.of("target/sessionbench-server.log").toFile());
        pb.environment().putAll(Map.of("DB_URL", "jdbc:postgresql://localhost:5432/" + DB, "DB_USER", "postgres",
                "PORT", String.valueOf(port), "LIXIANG_DEMO_DATA", "always", "LIXIANG_DATA_DIR", data.toString()));
        Process server = pb.start();
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
             Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                     .setExecutablePath(Paths.get(BrowserTest.CHROMIUM)).setHeadless(true)
                     .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking")))) {
            String base = "http://localhost:" + port + "/";
            String[] expertTask = waitForDemo(base);
            String scoring = "review/score/" + expertTask[1];

            List<BrowserContext> warm = List.of(session(browser, base, "applicant", "proposals", "#my-proposals"),
                    session(browser, base, expertTask[0], scoring, "#submit-review"));
            long baseline = liveHeap(server.pid());
            List<BrowserContext> open = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                open.add(session(browser, base, "applicant", "proposals", "#my-proposals"));
            }
            long withApplicants = liveHeap(server.pid());
            for (int i = 0; i < n; i++) {
                open.add(session(browser, base, expertTask[0], scoring, "#submit-review"));
            }
            long withExperts = liveHeap(server.pid());
            String report = String.format(Locale.ROOT, """
                    | screen (production jar, own process) | sessions | live heap before | live heap after | per session | target |
                    |---|---:|---:|---:|---:|---:|
                    | applicant: proposal list | %d | %.1f MB | %.1f MB | %.0f KB | ≤ 300 KB |
                    | expert: scoring form | %d | %.1f MB | %.1f MB | %.0f KB | ≤ 300 KB |
                    """, n, baseline / 1024.0, withApplicants / 1024.0, (withApplicants - baseline) / (double) n,
                    n, withApplicants / 1024.0, withExperts / 1024.0, (withExperts - withApplicants) / (double) n);
            System.out.println(report);
            Files.createDirectories(Path.of("target/bench"));
            Files.writeString(Path.of("target/bench/session-memory-production.md"), report);
            open.forEach(BrowserContext::close);
            warm.forEach(BrowserContext::close);
        } finally {
            server.destroy();
            server.waitFor(30, TimeUnit.SECONDS);
            try (Connection admin = DriverManager.getConnection(ADMIN_URL, "postgres", "")) {
                admin.createStatement().execute("drop database if exists " + DB);
            }
        }
    }

    /** Waits until the portal answers and its demo data are loaded; an expert with an accepted review and its task. */
    private static String[] waitForDemo(String base) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(15);
        while (System.nanoTime() < deadline) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(base + "login")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    try (Connection db = DriverManager.getConnection("jdbc:postgresql://localhost:5432/" + DB, "postgres", "");
                         ResultSet r = db.createStatement().executeQuery("""
                                 select u.username, t.id_ from review_assignment a join app_user u on u.id = a.expert_id
                                 join act_ru_task t on t.task_def_key_ = 'review' and t.assignee_ = cast(u.id as varchar)
                                 where a.status = 'ACCEPTED'
                                   and (select count(*) from funding_plan) = 3 order by a.id limit 1""")) {
                        if (r.next()) {
                            return new String[] {r.getString(1), r.getString(2)};
                        }
                    }
                }
            } catch (IOException | java.sql.SQLException notYet) {
                // still starting or still loading the demo data
            }
            Thread.sleep(2000);
        }
        throw new IllegalStateException("the portal did not start with its demo data in time");
    }

    private static BrowserContext session(Browser browser, String base, String username, String path, String ready) {
        BrowserContext ctx = browser.newContext(new Browser.NewContextOptions().setLocale("en-US"));
        Page p = ctx.newPage();
        p.navigate(base + "login");
        p.locator("vaadin-login-form input[name=username]").fill(username);
        p.locator("vaadin-login-form input[name=password]").fill(BrowserTest.DEMO_PASSWORD);
        p.locator("vaadin-login-form vaadin-button[slot=submit]").click();
        p.locator("#current-user").waitFor();
        p.navigate(base + path);
        p.locator(ready).waitFor();
        return ctx;
    }

    /** The server's heap in use, in KB, right after full collections. */
    private static long liveHeap(long pid) throws Exception {
        long used = Long.MAX_VALUE;
        Pattern usedKb = Pattern.compile("used (\\d+)K");
        for (int i = 0; i < 3; i++) {
            jcmd(pid, "GC.run");
            Matcher m = usedKb.matcher(jcmd(pid, "GC.heap_info"));
            if (m.find()) {
                used = Math.min(used, Long.parseLong(m.group(1)));
            }
            Thread.sleep(300);
        }
        return used;
    }

    private static String jcmd(long pid, String command) throws Exception {
        Process p = new ProcessBuilder("jcmd", String.valueOf(pid), command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor();
        return out;
    }
}
