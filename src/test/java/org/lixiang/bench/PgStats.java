package org.lixiang.bench;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lixiang.TestDatabase;
import org.springframework.jdbc.core.JdbcTemplate;

/** What PostgreSQL itself says about the benchmark's database, read over a connection to another database. */
final class PgStats {

    private final TestDatabase.Server server;
    private final String database;
    private final Portal portal;

    PgStats(TestDatabase.Server server, String database, Portal portal) {
        this.server = server;
        this.database = database;
        this.portal = portal;
    }

    /**
     * Committed plus rolled-back transactions of the database. The pool's connections are closed
     * first: a backend reports its counts lazily (up to seconds later) but always when it exits.
     */
    private long overhead = -1;

    /**
     * Transactions since the previous mark, less what the marking itself costs (the refilled pool
     * validates its new connections: PostgreSQL counts each check as a transaction).
     */
    long since(long mark) {
        return transactions() - mark - overhead();
    }

    /** The median cost of one mark, measured with nothing in between. */
    long overhead() {
        if (overhead < 0) {
            long[] d = new long[5];
            long last = transactions();
            for (int i = 0; i < d.length; i++) {
                long now = transactions();
                d[i] = now - last;
                last = now;
            }
            java.util.Arrays.sort(d);
            overhead = d[d.length / 2];
        }
        return overhead;
    }

    long transactions() {
        try (Connection c = DriverManager.getConnection(server.adminUrl(), server.user(), server.password())) {
            java.sql.Timestamp evicted;
            try (var st = c.createStatement(); var rs = st.executeQuery("select clock_timestamp()")) {
                rs.next();
                evicted = rs.getTimestamp(1);
            }
            portal.dataSource().unwrap(HikariDataSource.class).getHikariPoolMXBean().softEvictConnections();
            long deadline = System.currentTimeMillis() + 5000;
            try (var st = c.prepareStatement("select count(*) from pg_stat_activity where datname = ? and backend_start < ?")) {
                st.setString(1, database);
                st.setTimestamp(2, evicted);
                while (System.currentTimeMillis() < deadline) {
                    try (var rs = st.executeQuery()) {
                        rs.next();
                        if (rs.getLong(1) == 0) {
                            break;
                        }
                    }
                    Thread.sleep(20);
                }
            }
            Thread.sleep(50);
            // let the pool refill before the next phase, so its first steps do not wait for connections
            HikariDataSource hikari = portal.dataSource().unwrap(HikariDataSource.class);
            for (long until = System.currentTimeMillis() + 3000; System.currentTimeMillis() < until
                    && hikari.getHikariPoolMXBean().getIdleConnections() < hikari.getMinimumIdle(); ) {
                Thread.sleep(20);
            }
            return single("select xact_commit + xact_rollback from pg_stat_database where datname = ?");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    long databaseSize() throws SQLException {
        return single("select pg_database_size(?)");
    }

    private long single(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(server.adminUrl(), server.user(), server.password());
             var st = c.prepareStatement(sql)) {
            st.setString(1, database);
            try (var rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Rows in each of Flowable's history tables (ACT_HI_*). */
    Map<String, Long> historyRows() {
        JdbcTemplate jdbc = portal.jdbc();
        List<String> tables = jdbc.queryForList("select table_name from information_schema.tables"
                + " where table_schema = current_schema() and table_name like 'act\\_hi\\_%' order by table_name", String.class);
        Map<String, Long> rows = new LinkedHashMap<>();
        for (String t : tables) {
            rows.put(t, jdbc.queryForObject("select count(*) from " + t, Long.class));
        }
        return rows;
    }

    static Map<String, Long> minus(Map<String, Long> after, Map<String, Long> before) {
        Map<String, Long> d = new LinkedHashMap<>();
        after.forEach((t, n) -> d.put(t, n - before.getOrDefault(t, 0L)));
        return d;
    }
}
