package org.lixiang.workflow;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.UnaryOperator;
import org.apache.ibatis.executor.Executor;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.mapping.ParameterMapping;
import org.apache.ibatis.mapping.SqlCommandType;
import org.apache.ibatis.mapping.SqlSource;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;
import org.apache.ibatis.scripting.xmltags.DynamicSqlSource;
import org.apache.ibatis.session.Configuration;

/**
 * Builds the SQL of Flowable's multi-row inserts once per table and row count, instead of once
 * per insert.
 *
 * <p>At the end of each engine command Flowable writes the rows it created with one INSERT per
 * table (its "bulk insert": a MyBatis {@code <foreach>} over the rows). MyBatis builds such a
 * statement anew on every call: it walks the {@code <foreach>}, then parses each of the rows ×
 * columns {@code #{…}} placeholders and finds each property's type by reflection. Confirming a
 * proposal's five experts writes about 150 rows (the review sub-processes' executions, activity
 * instances, tasks, timers, variables); in a profile of the benchmark these inserts were half of
 * that step's JVM time, most of it spent building their SQL, and a tenth of a score submission's
 * (docs/performance.md, "Changed: Flowable's multi-row inserts built once per row count").
 *
 * <p>Flowable's bulk inserts have no conditions, only the {@code <foreach>} (the table prefix is
 * filled in when the mapping is read), so their SQL and parameter list depend on nothing but the
 * number of rows and the rows' classes. The first insert of a row count is built by MyBatis as
 * always and remembered: its SQL, its parameter mappings, and which of its bindings
 * ({@code __frch_execution_3}, …) held which row. Later inserts of that row count reuse them with
 * their own rows bound by position. Anything unexpected (a binding that is neither a row nor a
 * constant, a row twice in the list, other row classes) is simply built by MyBatis again.
 * Registered on the engine by {@link EngineSettings}, through Flowable's own hook for MyBatis
 * plugins.
 */
@Intercepts(@Signature(type = Executor.class, method = "update", args = {MappedStatement.class, Object.class}))
final class BulkInsertSqlCache implements Interceptor {

    /** Larger inserts are rare (a batch of results) and pay the building once for many rows. */
    static final int MAX_ROWS = 64;

    private final ConcurrentMap<MappedStatement, MappedStatement> statements = new ConcurrentHashMap<>();

    @Override
    public Object intercept(Invocation invocation) throws Throwable {
        Object[] args = invocation.getArgs();
        MappedStatement statement = (MappedStatement) args[0];
        if (isBulkInsert(statement)) {
            args[0] = statements.computeIfAbsent(statement, BulkInsertSqlCache::withSqlByRowCount);
        }
        return invocation.proceed();
    }

    /** How many bulk-insert statements have gone through it (for the tests). */
    int statementsSeen() {
        return statements.size();
    }

    static boolean isBulkInsert(MappedStatement statement) {
        String id = statement.getId();
        return statement.getSqlCommandType() == SqlCommandType.INSERT
                && statement.getSqlSource() instanceof DynamicSqlSource
                && id.startsWith("bulkInsert", id.lastIndexOf('.') + 1);
    }

    /** The same statement, with a SQL source that remembers the SQL per row count. */
    static MappedStatement withSqlByRowCount(MappedStatement s) {
        return new MappedStatement.Builder(s.getConfiguration(), s.getId(),
                new SqlByRowCount(s.getConfiguration(), s.getSqlSource()), s.getSqlCommandType())
                .resource(s.getResource()).parameterMap(s.getParameterMap()).resultMaps(s.getResultMaps())
                .fetchSize(s.getFetchSize()).timeout(s.getTimeout()).statementType(s.getStatementType())
                .resultSetType(s.getResultSetType()).cache(s.getCache()).flushCacheRequired(s.isFlushCacheRequired())
                .useCache(s.isUseCache()).resultOrdered(s.isResultOrdered()).keyGenerator(s.getKeyGenerator())
                .keyProperty(joined(s.getKeyProperties())).keyColumn(joined(s.getKeyColumns()))
                .databaseId(s.getDatabaseId()).lang(s.getLang()).resultSets(joined(s.getResultSets()))
                .dirtySelect(s.isDirtySelect()).build();
    }

    private static String joined(String[] names) {
        return names == null ? null : String.join(",", names);
    }

    /** A bulk insert's SQL source: MyBatis's own for a new row count, the remembered shape after. */
    static final class SqlByRowCount implements SqlSource {

        private final Configuration configuration;
        private final SqlSource built;
        private final ConcurrentMap<Integer, Shape> shapes = new ConcurrentHashMap<>();
        /** One mapping object per placeholder, shared by the shapes of every row count. */
        private final ConcurrentMap<List<Object>, ParameterMapping> mappings = new ConcurrentHashMap<>();

        SqlByRowCount(Configuration configuration, SqlSource built) {
            this.configuration = configuration;
            this.built = built;
        }

        @Override
        public BoundSql getBoundSql(Object parameter) {
            List<?> rows = rowsOf(parameter);
            if (rows == null || rows.isEmpty() || rows.size() > MAX_ROWS) {
                return built.getBoundSql(parameter);
            }
            Shape shape = shapes.get(rows.size());
            if (shape != null && shape.fits(rows)) {
                return shape.bind(configuration, parameter, rows);
            }
            BoundSql sql = built.getBoundSql(parameter);
            Shape learned = Shape.of(sql, parameter, rows, this::shared);
            if (learned != null) {
                shapes.putIfAbsent(rows.size(), learned);
            }
            return sql;
        }

        int rowCounts() {
            return shapes.size();
        }

        private ParameterMapping shared(ParameterMapping m) {
            List<Object> key = Arrays.asList(m.getProperty(), m.getJavaType(), m.getJdbcType(),
                    m.getTypeHandler() == null ? null : m.getTypeHandler().getClass(), m.getMode(),
                    m.getNumericScale(), m.getJdbcTypeName(), m.getResultMapId(), m.getExpression());
            return mappings.computeIfAbsent(key, k -> m);
        }

        /** The rows Flowable passes: a list, which MyBatis hands on wrapped in a map under "list". */
        private static List<?> rowsOf(Object parameter) {
            return parameter instanceof Map<?, ?> map && map.containsKey("list") && map.get("list") instanceof List<?> rows
                    ? rows : null;
        }
    }

    /**
     * A bulk insert's SQL for one row count: the text, the parameter mappings, and where each of
     * MyBatis's bindings comes from (a row by position, the parameter itself, or a constant).
     */
    record Shape(String sql, List<ParameterMapping> mappings, Map<String, Integer> rowBindings,
                 List<String> parameterBindings, Map<String, Object> constants, List<Class<?>> rowClasses) {

        static Shape of(BoundSql sql, Object parameter, List<?> rows,
                        UnaryOperator<ParameterMapping> shared) {
            Map<Object, Integer> position = new IdentityHashMap<>();
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i) == null || position.put(rows.get(i), i) != null) {
                    return null; // a row twice: its bindings could not be told apart
                }
            }
            Map<String, Integer> rowBindings = new HashMap<>();
            List<String> parameterBindings = new ArrayList<>();
            Map<String, Object> constants = new HashMap<>();
            for (Map.Entry<String, Object> b : sql.getAdditionalParameters().entrySet()) {
                Object value = b.getValue();
                Integer row = value == null ? null : position.get(value);
                if (row != null) {
                    rowBindings.put(b.getKey(), row);
                } else if (value == parameter) {
                    parameterBindings.add(b.getKey());
                } else if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
                    constants.put(b.getKey(), value);
                } else {
                    return null;
                }
            }
            return new Shape(sql.getSql(), sql.getParameterMappings().stream().map(shared).toList(), Map.copyOf(rowBindings),
                    List.copyOf(parameterBindings), Collections.unmodifiableMap(constants),
                    rows.stream().<Class<?>>map(Object::getClass).toList());
        }

        /** Rows of the classes this shape was built for (a property's type comes from its row's class). */
        boolean fits(List<?> rows) {
            for (int i = 0; i < rows.size(); i++) {
                Object row = rows.get(i);
                if (row == null || row.getClass() != rowClasses.get(i)) {
                    return false;
                }
            }
            return true;
        }

        BoundSql bind(Configuration configuration, Object parameter, List<?> rows) {
            BoundSql bound = new BoundSql(configuration, sql, mappings, parameter);
            constants.forEach(bound::setAdditionalParameter);
            parameterBindings.forEach(name -> bound.setAdditionalParameter(name, parameter));
            rowBindings.forEach((name, row) -> bound.setAdditionalParameter(name, rows.get(row)));
            return bound;
        }
    }
}
