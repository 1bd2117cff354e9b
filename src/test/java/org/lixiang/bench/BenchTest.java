package org.lixiang.bench;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import javax.sql.DataSource;
import org.lixiang.TestAccounts;
import org.lixiang.TestClock;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The portal as the integration tests boot it (profile "test": no demo data, timers run by the
 * test), but on a database of its own ({@link BenchDatabase}), with the production default pool
 * size and every JDBC statement counted ({@link SqlCounter}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
// The production defaults where the test profile differs (pool size and a full pool kept open, result
// batches, the dashboard's snapshots, whose background pass is left out so it adds no noise);
// -Dbench.poolSize, -Dbench.resultsPerBatch compare other values, -Dflowable.history-level=…
// another history level.
@SpringBootTest(properties = {"spring.datasource.hikari.maximum-pool-size=${bench.poolSize:10}",
        "spring.datasource.hikari.minimum-idle=${bench.poolSize:10}",
        "spring.datasource.hikari.idle-timeout=600000",
        "lixiang.decision.results-per-batch=${bench.resultsPerBatch:100}",
        "lixiang.dashboard.refresh-interval=PT30S", "lixiang.dashboard.keep-watched-fresh=false"})
@ActiveProfiles("test")
@ContextConfiguration(initializers = BenchDatabase.Initializer.class)
@Import({TestClock.Config.class, TestAccounts.class, BenchTest.Counting.class, Portal.class})
@interface BenchTest {

    @TestConfiguration(proxyBeanMethods = false)
    class Counting {
        @Bean
        static BeanPostProcessor countStatements() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    return bean instanceof DataSource ds && beanName.equals("dataSource") ? SqlCounter.wrap(ds) : bean;
                }
            };
        }
    }
}
