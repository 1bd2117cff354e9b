package org.lixiang.workflow;

import java.util.List;
import org.flowable.common.engine.impl.async.AsyncTaskExecutorConfiguration;
import org.flowable.common.engine.impl.async.DefaultAsyncTaskExecutor;
import org.flowable.spring.SpringProcessEngineConfiguration;
import org.flowable.spring.boot.EngineConfigurationConfigurer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Engine settings Flowable's Spring Boot properties do not cover, chosen by measurement
 * (docs/performance.md, "What the numbers say").
 *
 * <p>Eager execution-tree fetching: a proposal's process is a tree of executions (the review
 * sub-process, one child per expert, the boundary timers' scopes). Without it the engine reads
 * them one query at a time as it walks the tree while completing a task; with it, the first
 * execution it needs brings the whole tree of that process instance in one query.
 *
 * <p>The job threads: Flowable runs its timers (reminders, overdue reviews, the end of publicity)
 * and the batches of results on these; without a pool of its own it borrows Spring's shared
 * application executor (8 threads). The reminders of a call all fall due at the same moment, five
 * per proposal, and a proposal's jobs are exclusive (never two of one process instance at once):
 * on several threads the five run side by side, all but one fail to lock the process instance,
 * go back to the database and wait for the next acquisition, 10 s later. Measured with 1,500
 * reminders (docs/performance.md, "Reminder storm"): 8 threads 40.5 s, 2 threads 40.4 s, 1 thread
 * 9.6–10.1 s, with 2.6 instead of 6.4 database transactions per job, and an expert working
 * meanwhile sees a p95 of 47 instead of 64 ms. One thread by default ({@code lixiang.jobs.threads}).
 * The queue holds more than one acquisition interval of work (10 s at about 150 jobs/s), so the
 * thread never sits idle waiting for the next acquisition: with 512 the same storm took 17.5 s.
 *
 * <p>The SQL of Flowable's multi-row inserts, built once per table and row count
 * ({@link BulkInsertSqlCache}); {@code lixiang.flowable.bulk-insert-sql-cache=false} turns it off,
 * for measuring.
 */
@Configuration(proxyBeanMethods = false)
class EngineSettings {

    /**
     * The threads Flowable's job executor runs jobs on. A Flowable executor, not a Spring
     * {@code TaskExecutor} bean: Spring's and Vaadin's own background work keep their executor.
     */
    @Bean(initMethod = "start", destroyMethod = "shutdown")
    DefaultAsyncTaskExecutor jobThreads(@Value("${lixiang.jobs.threads:1}") int threads,
                                        @Value("${lixiang.jobs.queue:2048}") int queue) {
        AsyncTaskExecutorConfiguration pool = new AsyncTaskExecutorConfiguration();
        pool.setCorePoolSize(threads);
        pool.setMaxPoolSize(threads);
        pool.setQueueSize(queue);
        pool.setThreadPoolNamingPattern("flowable-job-%d");
        return new DefaultAsyncTaskExecutor(pool);
    }

    @Bean
    EngineConfigurationConfigurer<SpringProcessEngineConfiguration> lixiangEngineSettings(
            @Value("${lixiang.flowable.eager-execution-tree:true}") boolean eagerExecutionTree,
            @Value("${lixiang.flowable.bulk-insert-sql-cache:true}") boolean bulkInsertSqlCache,
            DefaultAsyncTaskExecutor jobThreads) {
        return engine -> {
            engine.setEnableEagerExecutionTreeFetching(eagerExecutionTree);
            engine.setAsyncTaskExecutor(jobThreads);
            if (bulkInsertSqlCache) {
                engine.setCustomMybatisInterceptors(List.of(new BulkInsertSqlCache()));
            }
        };
    }
}
