package org.lixiang.bench;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * Counts, per thread, the JDBC statements executed and the transactions ended (commit, rollback,
 * or a statement in auto-commit mode) through the application's DataSource, whoever issues them:
 * Hibernate, JdbcTemplate or Flowable's MyBatis. A step runs entirely on its worker's thread
 * (the async executor is off in tests), so the thread's counts are the step's. Optionally it also
 * records the SQL with its parameters, so the benchmark can EXPLAIN exactly what a service ran.
 */
final class SqlCounter {

    /** Counts of one thread since its last {@link #reset}. */
    static final class Counts {
        long statements;
        long transactions;
        List<Captured> captured;
    }

    /** One executed statement and the parameters it was given (index → value or {@link Null}). */
    record Captured(String sql, Map<Integer, Object> parameters) {
    }

    /** A parameter set to SQL NULL of the given JDBC type. */
    record Null(int sqlType) {
    }

    private static final ThreadLocal<Counts> COUNTS = ThreadLocal.withInitial(Counts::new);

    private SqlCounter() {
    }

    static Counts reset() {
        Counts c = new Counts();
        COUNTS.set(c);
        return c;
    }

    static Counts current() {
        return COUNTS.get();
    }

    /** Starts capturing this thread's statements (until the next reset). */
    static List<Captured> capture() {
        Counts c = reset();
        c.captured = new ArrayList<>();
        return c.captured;
    }

    static DataSource wrap(DataSource target) {
        return proxy(DataSource.class, target, (p, m, args) -> {
            Object r = invoke(target, m, args);
            return r instanceof Connection c ? connection(c) : r;
        });
    }

    private static Connection connection(Connection target) {
        boolean[] autoCommit = {autoCommitOf(target)};
        return proxy(Connection.class, target, (p, m, args) -> {
            String name = m.getName();
            Object r = invoke(target, m, args);
            switch (name) {
                case "setAutoCommit" -> autoCommit[0] = (Boolean) args[0];
                case "commit", "rollback" -> {
                    if (args == null || args.length == 0) {
                        COUNTS.get().transactions++;
                    }
                }
                default -> {
                    // other calls pass through
                }
            }
            if (r instanceof CallableStatement s) {
                return statement(CallableStatement.class, s, sqlOf(name, args), autoCommit);
            }
            if (r instanceof PreparedStatement s) {
                return statement(PreparedStatement.class, s, sqlOf(name, args), autoCommit);
            }
            if (r instanceof Statement s) {
                return statement(Statement.class, s, null, autoCommit);
            }
            return r;
        });
    }

    private static <S extends Statement> S statement(Class<S> type, S target, String preparedSql, boolean[] autoCommit) {
        Map<Integer, Object> parameters = new TreeMap<>();
        return proxy(type, target, (p, m, args) -> {
            String name = m.getName();
            if (name.startsWith("execute")) {
                Counts c = COUNTS.get();
                c.statements++;
                if (autoCommit[0]) {
                    c.transactions++;
                }
                if (c.captured != null) {
                    String sql = args != null && args.length > 0 && args[0] instanceof String s ? s : preparedSql;
                    c.captured.add(new Captured(sql, new TreeMap<>(parameters)));
                }
            } else if (name.equals("setNull") && args.length >= 2) {
                parameters.put((Integer) args[0], new Null((Integer) args[1]));
            } else if (name.startsWith("set") && args != null && args.length >= 2 && args[0] instanceof Integer i
                    && m.getDeclaringClass() != Statement.class) {
                parameters.put(i, args[1]);
            } else if (name.equals("clearParameters")) {
                parameters.clear();
            }
            return invoke(target, m, args);
        });
    }

    private static String sqlOf(String method, Object[] args) {
        return method.startsWith("prepare") && args != null && args.length > 0 ? (String) args[0] : null;
    }

    private static boolean autoCommitOf(Connection c) {
        try {
            return c.getAutoCommit();
        } catch (java.sql.SQLException e) {
            return false;
        }
    }

    private static Object invoke(Object target, Method m, Object[] args) throws Throwable {
        try {
            return m.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, Object target, InvocationHandler handler) {
        // equal to itself and to what it wraps, so pools and Spring's holders recognise it
        InvocationHandler withEquals = (p, m, args) -> m.getName().equals("equals") && args != null && args.length == 1
                ? (Boolean) (p == args[0] || target.equals(args[0]))
                : handler.invoke(p, m, args);
        return (T) Proxy.newProxyInstance(SqlCounter.class.getClassLoader(), new Class<?>[] {type}, withEquals);
    }
}
