package org.lixiang;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The real PostgreSQL the integration tests run against, found in this order:
 * <ol>
 * <li>{@code TEST_DB_URL} (+ {@code TEST_DB_USER}, {@code TEST_DB_PASSWORD}) if set;</li>
 * <li>a server on {@code localhost:5432} as user {@code postgres};</li>
 * <li>when not running as root, an embedded PostgreSQL (zonky), which refuses to run as root;</li>
 * <li>otherwise the run fails with a message saying how to provide a server.</li>
 * </ol>
 * Each test JVM creates its own uniquely named database and drops it when the JVM exits, so two
 * runs never collide and nothing is left behind. Never H2.
 */
public final class TestDatabase {

    private static final String NAME = "lixiang_test_"
            + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss")) + "_"
            + UUID.randomUUID().toString().substring(0, 8);
    private static Server server;

    private TestDatabase() {
    }

    public record Server(String adminUrl, String user, String password, String description) {
        public String urlOf(String database) {
            int slash = adminUrl.indexOf('/', "jdbc:postgresql://".length());
            int query = adminUrl.indexOf('?', slash);
            return adminUrl.substring(0, slash + 1) + database + (query < 0 ? "" : adminUrl.substring(query));
        }
    }

    /** Used by {@link IntegrationTest}: points the context at this JVM's test database. */
    public static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            Server s = server();
            TestPropertyValues.of(
                    "spring.datasource.url=" + s.urlOf(NAME),
                    "spring.datasource.username=" + s.user(),
                    "spring.datasource.password=" + (s.password() == null ? "" : s.password())
            ).applyTo(context);
        }
    }

    public static synchronized Server server() {
        if (server == null) {
            server = find();
            create(server);
        }
        return server;
    }

    public static String url() {
        return server().urlOf(NAME);
    }

    public static String name() {
        return NAME;
    }

    private static Server find() {
        String url = System.getenv("TEST_DB_URL");
        if (url != null && !url.isBlank()) {
            return new Server(url, env("TEST_DB_USER", "postgres"), env("TEST_DB_PASSWORD", ""), "TEST_DB_URL");
        }
        String local = "jdbc:postgresql://localhost:5432/postgres";
        try (Connection ignored = DriverManager.getConnection(local, "postgres", "")) {
            return new Server(local, "postgres", "", "localhost:5432");
        } catch (SQLException notThere) {
            // try the next source
        }
        if (!"root".equals(System.getProperty("user.name"))) {
            try {
                EmbeddedPostgres embedded = EmbeddedPostgres.builder().start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        embedded.close();
                    } catch (Exception ignored) {
                        // the JVM is exiting anyway
                    }
                }));
                return new Server(embedded.getJdbcUrl("postgres", "postgres"), "postgres", "", "embedded");
            } catch (Exception e) {
                throw new IllegalStateException(howTo("embedded PostgreSQL failed to start: " + e.getMessage()), e);
            }
        }
        throw new IllegalStateException(howTo("no PostgreSQL on localhost:5432 and embedded PostgreSQL cannot run as root"));
    }

    private static String howTo(String why) {
        return "Integration tests need PostgreSQL (" + why + "). Provide one: set TEST_DB_URL "
                + "(e.g. jdbc:postgresql://host:5432/postgres) with TEST_DB_USER/TEST_DB_PASSWORD, "
                + "or run a server on localhost:5432 accepting user 'postgres', or run the tests as a "
                + "non-root user so an embedded PostgreSQL can start.";
    }

    private static void create(Server s) {
        execute(s, "create database " + NAME + " encoding 'UTF8' template template0");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                // Spring closes the test contexts in its own shutdown hook, at the same time as this
                // one: let their pools close first, or their last statements would hang on a dropped
                // database.
                waitForClientsToLeave(s, 20_000);
                execute(s, "drop database if exists " + NAME + " with (force)");
            } catch (RuntimeException e) {
                System.err.println("could not drop test database " + NAME + ": " + e.getMessage());
            }
        }, "drop-test-database"));
    }

    private static void waitForClientsToLeave(Server s, long maxMillis) {
        long deadline = System.currentTimeMillis() + maxMillis;
        try (Connection c = DriverManager.getConnection(s.adminUrl(), s.user(), s.password());
             var st = c.prepareStatement("select count(*) from pg_stat_activity where datname = ?")) {
            st.setString(1, NAME);
            while (System.currentTimeMillis() < deadline) {
                try (var rs = st.executeQuery()) {
                    rs.next();
                    if (rs.getInt(1) == 0) {
                        return;
                    }
                }
                Thread.sleep(200);
            }
        } catch (SQLException e) {
            // fall through to the forced drop
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void execute(Server s, String sql) {
        try (Connection c = DriverManager.getConnection(s.adminUrl(), s.user(), s.password());
             Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("on " + s.description() + ": " + sql + ": " + e.getMessage(), e);
        }
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null ? fallback : v;
    }
}
