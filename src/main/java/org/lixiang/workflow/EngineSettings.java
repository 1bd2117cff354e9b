package org.lixiang.workflow;

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
 */
@Configuration(proxyBeanMethods = false)
class EngineSettings {

    @Bean
    EngineConfigurationConfigurer<SpringProcessEngineConfiguration> lixiangEngineSettings(
            @Value("${lixiang.flowable.eager-execution-tree:true}") boolean eagerExecutionTree) {
        return engine -> engine.setEnableEagerExecutionTreeFetching(eagerExecutionTree);
    }
}
