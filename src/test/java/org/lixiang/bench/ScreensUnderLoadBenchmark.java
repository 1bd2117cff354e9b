package org.lixiang.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.lixiang.TestAccounts;
import org.lixiang.TestDatabase;
import org.lixiang.bench.load.LoadRun;
import org.lixiang.bench.load.ServerWatch;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Screens under load (issue 7, part 3): how fast the production server answers 200 experts
 * working at once with about 5 s of thinking between actions — each in a session of its own,
 * opening the task inbox, opening a review task, filling the scoring form and submitting it.
 * <p>
 * The load client is {@link org.lixiang.bench.load.FlowClient}, a small Java client speaking
 * Vaadin Flow's real protocol (CSRF token, sync and client ids, DOM events and property syncs on
 * the state tree), so no browser is needed and Vaadin's checks stay on. It lives in
 * {@code org.lixiang.bench.load} with the rest of the load tool; this class sits in
 * {@code org.lixiang.bench} because it seeds with the bench harness ({@link AcceptedReviews}).
 * <p>
 * The run: the portal boots in this JVM on a database of its own ({@link BenchTest}) only to
 * create the experts and their accepted reviews through the real services (that context then
 * stays idle until the class ends: profile test runs no job executor and no mail dispatcher,
 * and the test framework, not the test, closes it); the production jar ({@code ./mvnw -Pproduction package}) is started on the same
 * database in a process of its own; the load runs against it ({@link LoadRun}); the jar is
 * stopped; every submission the client counted is checked in the database
 * ({@link SubmittedReviews}); the report goes to {@code target/bench/screens-under-load.md}.
 * Not part of {@code ./mvnw verify} (tag e2e, named *Benchmark); the command and properties are
 * in docs/performance.md.
 */
@Tag("e2e")
@BenchTest
@DirtiesContext
class ScreensUnderLoadBenchmark {

    @Autowired Portal portal;

    @Test
    void twoHundredExpertsAtFiveSecondsThinkTime() throws Exception {
        int users = Integer.getInteger("bench.load.users", 200);
        LoadRun.Settings settings = new LoadRun.Settings(users,
                Duration.ofSeconds(Integer.getInteger("bench.load.rampUp", 60)),
                Duration.ofSeconds(Integer.getInteger("bench.load.window", 180)),
                Duration.ofMillis((long) (Double.parseDouble(System.getProperty("bench.load.thinkMin", "2.5")) * 1000)),
                Duration.ofMillis((long) (Double.parseDouble(System.getProperty("bench.load.thinkMax", "7.5")) * 1000)),
                Long.getLong("bench.load.seed", 1), Duration.ofSeconds(60), users);
        int reviewsPerExpert = Integer.getInteger("bench.load.reviewsPerExpert", 10);
        String heap = System.getProperty("bench.load.serverHeap", "1g");
        Path jar = jar();
        String loadBefore = Machine.loadAverage();
        String started = OffsetDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
        List<List<String>> machine = Machine.describe(portal.jdbc(), portal.environment());

        System.out.printf("load: seeding %d experts × %d accepted reviews (load %s)%n", users, reviewsPerExpert, loadBefore);
        AcceptedReviews.Seeded seeded = AcceptedReviews.seed(portal, users, reviewsPerExpert,
                Integer.getInteger("bench.load.seedWorkers", 2));
        System.out.printf("load: %d proposals seeded in %.0f s, %d–%d accepted reviews per expert%n", seeded.proposals(),
                seeded.millis() / 1000.0, seeded.minPerExpert(), seeded.maxPerExpert());

        TestDatabase.Server db = BenchDatabase.server();
        String dbUrl = db.urlOf(BenchDatabase.NAME);
        int port = freePort();
        URI base = URI.create("http://localhost:" + port + "/");
        Path data = Files.createTempDirectory("lixiang-loadbench");
        Files.createDirectories(Path.of("target/bench"));
        ProcessBuilder pb = new ProcessBuilder("java", "-Xmx" + heap, "-jar", jar.toString(),
                // metrics only: the server's own request timings as a histogram, to compare with the
                // client's, and Tomcat's thread gauges (off by default in Spring Boot)
                "--management.metrics.distribution.percentiles-histogram.http.server.requests=true",
                "--server.tomcat.mbeanregistry.enabled=true")
                .redirectErrorStream(true).redirectOutput(Path.of("target/bench/screens-under-load-server.log").toFile());
        pb.environment().putAll(Map.of("DB_URL", dbUrl, "DB_USER", db.user(), "DB_PASSWORD",
                db.password() == null ? "" : db.password(), "PORT", String.valueOf(port), "LIXIANG_DEMO_DATA", "never",
                "LIXIANG_DATA_DIR", data.toString()));
        Process server = pb.start();
        LoadRun.Result result;
        ServerWatch.Summary resources;
        String loadAfter;
        try {
            waitUntilUp(base, server);
            System.out.printf("load: production jar up on port %d (load %s); %d users, ramp-up %s, window %s%n", port,
                    Machine.loadAverage(), users, settings.rampUp(), settings.window());
            try (ServerWatch watch = new ServerWatch(server.pid(), base, "t_admin", TestAccounts.PASSWORD).startSampling()) {
                ServerWatch.Snapshot[] marks = new ServerWatch.Snapshot[2];
                result = new LoadRun(base, settings).run(seeded.experts(), new LoadRun.WindowListener() {
                    @Override
                    public void windowStarts() {
                        marks[0] = watch.snapshot();
                        System.out.printf("load: measurement window starts (load %s)%n", Machine.loadAverage());
                    }

                    @Override
                    public void windowEnds() {
                        marks[1] = watch.snapshot();
                        System.out.printf("load: measurement window ends (load %s)%n", Machine.loadAverage());
                    }
                });
                resources = watch.between(marks[0], marks[1]);
            }
            loadAfter = Machine.loadAverage();
        } finally {
            server.destroy();
            if (!server.waitFor(30, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
            try (var files = Files.walk(data)) { // the jar's data directory: nothing to keep
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }

        List<String> problems;
        try (Connection c = DriverManager.getConnection(dbUrl, db.user(), db.password())) {
            problems = new ArrayList<>(SubmittedReviews.check(c, result.submitted()));
        }
        String report = ScreensReport.markdown(new ScreensReport.Run(started, settings, reviewsPerExpert, heap, seeded, machine,
                result, resources, problems, loadBefore, loadAfter));
        Path file = Path.of("target/bench/screens-under-load.md");
        Files.writeString(file, report);
        System.out.println(report);
        System.out.println("load: written to " + file.toAbsolutePath());

        assertThat(result.failures()).as("simulated users whose session broke").isEmpty();
        assertThat(result.stats().errors()).as("failed requests").isZero();
        assertThat(problems).as("submissions checked in the database").isEmpty();
        assertThat(result.submitted()).as("reviews submitted").isNotEmpty();
    }

    private static Path jar() throws IOException {
        String given = System.getProperty("bench.load.jar");
        if (given != null) {
            return Path.of(given);
        }
        try (var files = Files.list(Path.of("target"))) {
            return files.filter(p -> p.getFileName().toString().matches("lixiang-.*\\.jar")
                            && !p.getFileName().toString().endsWith("-plain.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("build the jar first: ./mvnw -Pproduction package"));
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static void waitUntilUp(URI base, Process server) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new IllegalStateException("the jar exited with " + server.exitValue()
                        + ": see target/bench/screens-under-load-server.log");
            }
            try {
                if (http.send(HttpRequest.newBuilder(base.resolve("login")).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("the jar did not answer within 5 minutes");
    }
}
