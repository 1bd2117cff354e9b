package org.lixiang.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.lixiang.TestAccounts;
import org.lixiang.TestClock;
import org.lixiang.TestDatabase;
import org.lixiang.bench.load.FlowClient;
import org.lixiang.bench.load.LoadRun;
import org.lixiang.bench.load.ProtocolError;
import org.lixiang.bench.load.Reviewer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The load client ({@link FlowClient}, {@link Reviewer}, {@link LoadRun}) against the portal
 * running in this JVM, on a bench database of its own: five experts (two proposals), each with two
 * accepted reviews, log in and score them one after the other through the screens (the second
 * from the inbox the first submission returned to), without think time; each review must then
 * be SUBMITTED in the database with what was typed. A forged CSRF token must be refused by the
 * server and reported as an error, never as an answer.
 * <p>
 * Not part of {@code ./mvnw verify} (tag e2e, not named *Test): it starts a second Vaadin
 * application in the browser tests' JVM, and in development mode waits for the frontend bundle
 * like the browser tests. Run it with
 * {@code ./mvnw verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=FlowClientSmoke}
 * (about a minute once the bundle exists).
 */
@Tag("e2e")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.hikari.maximum-pool-size=10")
@ActiveProfiles("test")
@ContextConfiguration(initializers = BenchDatabase.Initializer.class)
@Import({TestClock.Config.class, TestAccounts.class, Portal.class})
@DirtiesContext
class FlowClientSmoke {

    @Autowired Portal portal;
    @LocalServerPort int port;

    @Test
    void fiveExpertsScoreTheirTwoReviewsThroughTheScreens() throws Exception {
        URI base = URI.create("http://localhost:" + port + "/");
        waitForTheFrontend(base);
        AcceptedReviews.Seeded seeded = AcceptedReviews.seed(portal, 5, 2, 1);
        assertThat(seeded.minPerExpert()).isEqualTo(2);

        LoadRun.Result result = new LoadRun(base, new LoadRun.Settings(5, Duration.ofMillis(500), Duration.ofSeconds(120),
                Duration.ofMillis(20), Duration.ofMillis(50), 7, Duration.ofSeconds(30), 5))
                .run(seeded.experts(), new LoadRun.WindowListener() {
                    @Override
                    public void windowStarts() {
                    }

                    @Override
                    public void windowEnds() {
                    }
                });

        assertThat(result.failures()).isEmpty();
        assertThat(result.stats().errors()).isZero();
        assertThat(result.outOfWork()).as("every user worked until the inbox was empty").isEqualTo(5);
        List<String> twiceEach = new ArrayList<>();
        seeded.experts().forEach(a -> twiceEach.addAll(List.of(a.username(), a.username())));
        assertThat(result.submitted()).hasSize(10).extracting(Reviewer.Submitted::username)
                .containsExactlyInAnyOrderElementsOf(twiceEach);
        TestDatabase.Server db = BenchDatabase.server();
        try (Connection c = DriverManager.getConnection(db.urlOf(BenchDatabase.NAME), db.user(), db.password())) {
            assertThat(SubmittedReviews.check(c, result.submitted())).isEmpty();
        }
    }

    @Test
    void aForgedCsrfTokenIsRefusedAndCountedAsAnError() throws Exception {
        URI base = URI.create("http://localhost:" + port + "/");
        waitForTheFrontend(base);
        portal.accounts().ensureCreated();
        List<String> errors = new ArrayList<>();
        FlowClient client = new FlowClient(FlowClient.httpClient(), base, (kind, nanos, error) -> {
            if (error != null) {
                errors.add(kind + ": " + error);
            }
        });
        client.login("t_officer", TestAccounts.PASSWORD, "page load", "login");
        client.forgeCsrfToken("not-the-token");
        assertThatThrownBy(() -> client.navigate("tasks", "client", "open inbox", "my-tasks"))
                .isInstanceOf(ProtocolError.class).hasMessageContaining("appError");
        assertThat(errors).singleElement().asString().startsWith("open inbox: appError");
    }

    /** In development mode the portal answers every page with "not ready" until the frontend bundle is built. */
    private static void waitForTheFrontend(URI base) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(15);
        while (true) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve("login")).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 200 && r.headers().firstValue("X-DevModePending").isEmpty()
                    && r.body().contains("window.Vaadin")) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the frontend was not ready within 15 minutes");
            }
            Thread.sleep(2000);
        }
    }
}
