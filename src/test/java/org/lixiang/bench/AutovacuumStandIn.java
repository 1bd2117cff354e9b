package org.lixiang.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.lixiang.TestDatabase;

/**
 * Does to the benchmark's database what PostgreSQL's autovacuum would, on a server that has it
 * off: the CI machines' PostgreSQL is configured with {@code autovacuum = off}, a production
 * server runs it. Without it a database that grows from empty during a long part (the provincial
 * call) is never analysed, and PostgreSQL plans every statement on the estimates of empty tables:
 * with 60,000 variables Flowable's look-up of an execution's variables read every index entry of
 * a variable without a task (6 ms instead of 0.1), and the old one-statement id look-up read every
 * variable (86 ms). Production figures need a production server's statistics.
 * <p>
 * Every naptime it vacuums (and analyses) each table whose dead rows passed autovacuum's vacuum
 * threshold, and analyses each table whose changed rows passed its analyze threshold; the
 * thresholds, scale factors and naptime are the server's own settings ({@code pg_settings}).
 * It works over a connection of its own, outside the portal's pool.
 */
final class AutovacuumStandIn implements AutoCloseable {

    private final Thread thread;
    private final AtomicInteger vacuums = new AtomicInteger();
    private final AtomicInteger analyses = new AtomicInteger();
    private volatile boolean stopped;

    private AutovacuumStandIn(TestDatabase.Server server, String database) {
        thread = new Thread(() -> loop(server, database), "autovacuum-stand-in");
        thread.setDaemon(true);
    }

    /** Starts one if the server's autovacuum is off; null if the server runs its own. */
    static AutovacuumStandIn startIfOff(TestDatabase.Server server, String database) {
        try (Connection c = DriverManager.getConnection(server.urlOf(database), server.user(), server.password());
             var st = c.createStatement(); var rs = st.executeQuery("show autovacuum")) {
            rs.next();
            if ("on".equals(rs.getString(1))) {
                return null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        AutovacuumStandIn standIn = new AutovacuumStandIn(server, database);
        standIn.thread.start();
        return standIn;
    }

    /** What it did, for the report. */
    String done() {
        return vacuums.get() + " vacuum analyses, " + analyses.get() + " analyses";
    }

    private void loop(TestDatabase.Server server, String database) {
        try (Connection c = DriverManager.getConnection(server.urlOf(database), server.user(), server.password())) {
            long naptimeMillis = setting(c, "autovacuum_naptime") * 1000;
            while (!stopped) {
                Thread.sleep(naptimeMillis);
                if (!stopped) {
                    pass(c);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (SQLException e) {
            System.err.println("bench: autovacuum stand-in stopped: " + e.getMessage());
        }
    }

    /** One pass, as autovacuum's worker makes on each naptime: the tables over a threshold. */
    private void pass(Connection c) throws SQLException {
        List<String[]> due = new ArrayList<>();
        try (var st = c.createStatement(); var rs = st.executeQuery("""
                with t as (select s.schemaname, s.relname, s.n_dead_tup, s.n_mod_since_analyze,
                                  greatest(c.reltuples, 0) as tuples
                             from pg_stat_user_tables s join pg_class c on c.oid = s.relid),
                     p as (select
                        (select setting::float from pg_settings where name = 'autovacuum_vacuum_threshold') as vt,
                        (select setting::float from pg_settings where name = 'autovacuum_vacuum_scale_factor') as vs,
                        (select setting::float from pg_settings where name = 'autovacuum_analyze_threshold') as at,
                        (select setting::float from pg_settings where name = 'autovacuum_analyze_scale_factor') as as_)
                select format('%I.%I', t.schemaname, t.relname),
                       case when t.n_dead_tup > p.vt + p.vs * t.tuples then 'vacuum analyze' else 'analyze' end
                  from t, p
                 where t.n_dead_tup > p.vt + p.vs * t.tuples or t.n_mod_since_analyze > p.at + p.as_ * t.tuples""")) {
            while (rs.next()) {
                due.add(new String[] {rs.getString(1), rs.getString(2)});
            }
        }
        for (String[] table : due) {
            if (stopped) {
                return;
            }
            try (var st = c.createStatement()) {
                st.execute(table[1] + " " + table[0]);
            }
            (table[1].startsWith("vacuum") ? vacuums : analyses).incrementAndGet();
        }
    }

    private static long setting(Connection c, String name) throws SQLException {
        try (var st = c.prepareStatement("select setting::bigint from pg_settings where name = ?")) {
            st.setString(1, name);
            try (var rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        stopped = true;
        thread.interrupt();
        thread.join(60_000);
    }
}
