package org.lixiang.bench;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The full benchmark run ({@code ./mvnw -Pbench verify}; see docs/performance.md). Never part of
 * the normal suite: tagged "bench", and named so surefire's default includes skip it.
 */
@Tag("bench")
@BenchTest
class WorkflowBenchmark {

    @Autowired Portal portal;

    @Test
    void run() throws Exception {
        new BenchRun(portal, Scale.full()).run();
    }
}
