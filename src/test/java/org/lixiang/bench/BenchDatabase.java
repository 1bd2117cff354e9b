package org.lixiang.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.lixiang.TestDatabase;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A fresh database of its own for the benchmarks, on the server the tests use
 * ({@link TestDatabase#server()}): its statistics, size and history tables then hold only what
 * the benchmark did, and the normal tests never see its rows. Dropped when the JVM exits.
 */
final class BenchDatabase {

    static final String NAME = "lixiang_bench_"
            + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss")) + "_"
            + UUID.randomUUID().toString().substring(0, 8);
    private static boolean created;

    private BenchDatabase() {
    }

    static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestDatabase.Server s = server();
            TestPropertyValues.of(
                    "spring.datasource.url=" + s.urlOf(NAME),
                    "spring.datasource.username=" + s.user(),
                    "spring.datasource.password=" + (s.password() == null ? "" : s.password())
            ).applyTo(context);
        }
    }

    static synchronized TestDatabase.Server server() {
        TestDatabase.Server s = TestDatabase.server();
        if (!created) {
            execute(s, "create database " + NAME + " encoding 'UTF8' template template0");
            created = true;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(s, NAME), "drop-bench-database"));
        }
        return s;
    }

    static void drop(TestDatabase.Server s, String name) {
        try {
            long deadline = System.currentTimeMillis() + 10_000;
            while (System.currentTimeMillis() < deadline && clients(s, name) > 0) {
                Thread.sleep(200);
            }
            execute(s, "drop database if exists " + name + " with (force)");
        } catch (RuntimeException | InterruptedException e) {
            System.err.println("could not drop database " + name + ": " + e.getMessage());
        }
    }

    private static int clients(TestDatabase.Server s, String name) {
        try (Connection c = DriverManager.getConnection(s.adminUrl(), s.user(), s.password());
             var st = c.prepareStatement("select count(*) from pg_stat_activity where datname = ?")) {
            st.setString(1, name);
            try (var rs = st.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (SQLException e) {
            return 0;
        }
    }

    static void execute(TestDatabase.Server s, String sql) {
        try (Connection c = DriverManager.getConnection(s.adminUrl(), s.user(), s.password());
             Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }
}
