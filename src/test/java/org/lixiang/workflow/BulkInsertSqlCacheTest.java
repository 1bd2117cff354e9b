package org.lixiang.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.mapping.ParameterMapping;
import org.apache.ibatis.reflection.MetaObject;
import org.apache.ibatis.reflection.ParamNameResolver;
import org.apache.ibatis.session.Configuration;
import org.flowable.engine.HistoryService;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.flowable.engine.impl.persistence.entity.HistoricActivityInstanceEntityImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lixiang.IntegrationTest;
import org.lixiang.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Flowable's multi-row inserts, built once per row count ({@link BulkInsertSqlCache}): a reused
 * statement must bind exactly what MyBatis would have built for the same rows, and the engine
 * must write through it.
 */
@IntegrationTest
class BulkInsertSqlCacheTest {

    private static final String ACTIVITY_INSERT =
            "org.flowable.engine.impl.persistence.entity.HistoricActivityInstanceEntityImpl.bulkInsertHistoricActivityInstance";

    @Autowired ProcessEngineConfiguration engine;
    @Autowired ApprovalProcess process;
    @Autowired HistoryService history;
    @Autowired TestAccounts accounts;
    @Autowired TransactionTemplate tx;

    @AfterEach
    void logout() {
        accounts.logout();
    }

    @Test
    void aReusedStatementBindsTheNewRowsExactlyAsMyBatisWould() {
        MappedStatement flowables = mybatis().getMappedStatement(ACTIVITY_INSERT);
        assertThat(BulkInsertSqlCache.isBulkInsert(flowables)).isTrue();
        MappedStatement cached = BulkInsertSqlCache.withSqlByRowCount(flowables);

        for (int rows : new int[] {1, 3, 7}) {
            cached.getBoundSql(asMyBatisPassesIt(activities("first", rows))); // built by MyBatis, remembered
            List<HistoricActivityInstanceEntityImpl> next = activities("second", rows);
            BoundSql reused = cached.getBoundSql(asMyBatisPassesIt(next));
            BoundSql built = flowables.getBoundSql(asMyBatisPassesIt(next));

            // the remembered shape, not a new build (each build makes a new list): one mapping list, new rows bound
            assertThat(cached.getBoundSql(asMyBatisPassesIt(activities("third", rows))).getParameterMappings())
                    .isSameAs(reused.getParameterMappings());
            assertThat(reused.getSql()).isEqualTo(built.getSql());
            assertThat(properties(reused)).isEqualTo(properties(built));
            assertThat(values(reused)).isEqualTo(values(built)).contains("second-0-act");
            assertThat(values(reused)).doesNotContain("first-0-act");
        }
        assertThat(((BulkInsertSqlCache.SqlByRowCount) cached.getSqlSource()).rowCounts()).isEqualTo(3);
    }

    @Test
    void aRowListedTwiceOrARowOfAnotherClassIsBuiltByMyBatisAgain() {
        MappedStatement flowables = mybatis().getMappedStatement(ACTIVITY_INSERT);
        MappedStatement cached = BulkInsertSqlCache.withSqlByRowCount(flowables);
        HistoricActivityInstanceEntityImpl once = activities("twice", 1).get(0);
        List<Object> twice = List.of(once, once);

        BoundSql bound = cached.getBoundSql(asMyBatisPassesIt(twice));
        assertThat(values(bound)).isEqualTo(values(flowables.getBoundSql(asMyBatisPassesIt(twice))));
        assertThat(((BulkInsertSqlCache.SqlByRowCount) cached.getSqlSource()).rowCounts()).isZero();

        BoundSql plain = cached.getBoundSql(asMyBatisPassesIt(activities("plain", 2)));
        List<Object> otherClass = List.of(new HistoricActivityInstanceEntityImpl() {
            @Override
            public String getActivityId() {
                return "subclass-act";
            }
        }, activities("plain2", 1).get(0));
        BoundSql subclass = cached.getBoundSql(asMyBatisPassesIt(otherClass));
        assertThat(subclass.getParameterMappings()).isNotSameAs(plain.getParameterMappings());
        assertThat(values(subclass)).contains("subclass-act").isEqualTo(values(flowables.getBoundSql(asMyBatisPassesIt(otherClass))));
        assertThat(((BulkInsertSqlCache.SqlByRowCount) cached.getSqlSource()).rowCounts()).isEqualTo(1);
    }

    @Test
    void theEngineWritesItsRowsThroughIt() {
        BulkInsertSqlCache cache = mybatis().getInterceptors().stream().filter(BulkInsertSqlCache.class::isInstance)
                .map(BulkInsertSqlCache.class::cast).findFirst().orElseThrow();
        long applicant = accounts.as("t_applicant").userId();
        List<String> instances = new ArrayList<>();
        // two starts with the same rows per table: the second one's inserts reuse the first one's SQL
        for (String key : List.of("TEST-BULK-1", "TEST-BULK-2")) {
            instances.add(tx.execute(s -> process.start(4545L, key, key + " 城市内涝预警", applicant)));
        }
        assertThat(cache.statementsSeen()).isPositive();
        for (String id : instances) {
            assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(id).activityId("formalReview")
                    .singleResult().getActivityType()).isEqualTo("userTask");
            assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(id).singleResult()
                    .getBusinessKey()).startsWith("TEST-BULK-");
        }
    }

    private Configuration mybatis() {
        return ((ProcessEngineConfigurationImpl) engine).getSqlSessionFactory().getConfiguration();
    }

    private static Object asMyBatisPassesIt(List<?> rows) {
        return ParamNameResolver.wrapToMapIfCollection(rows, null);
    }

    private static List<HistoricActivityInstanceEntityImpl> activities(String prefix, int count) {
        List<HistoricActivityInstanceEntityImpl> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            HistoricActivityInstanceEntityImpl a = new HistoricActivityInstanceEntityImpl();
            a.setId(prefix + "-" + i);
            a.setProcessInstanceId(prefix + "-" + i + "-pi");
            a.setActivityId(prefix + "-" + i + "-act");
            a.setActivityType(i % 2 == 0 ? "userTask" : "sequenceFlow");
            a.setStartTime(new Date(1_700_000_000_000L + i));
            a.setTransactionOrder(i);
            rows.add(a);
        }
        return rows;
    }

    private static List<String> properties(BoundSql sql) {
        return sql.getParameterMappings().stream().map(ParameterMapping::getProperty).toList();
    }

    /** What MyBatis sets on the statement, in order: each mapping's value as its parameter handler reads it. */
    private List<Object> values(BoundSql sql) {
        MetaObject parameter = mybatis().newMetaObject(sql.getParameterObject());
        List<Object> values = new ArrayList<>();
        for (ParameterMapping m : sql.getParameterMappings()) {
            String property = m.getProperty();
            values.add(sql.hasAdditionalParameter(property) ? sql.getAdditionalParameter(property) : parameter.getValue(property));
        }
        return values;
    }
}
