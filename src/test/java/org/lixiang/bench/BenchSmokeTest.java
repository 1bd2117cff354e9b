package org.lixiang.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The benchmarks on a handful of rows, in the normal suite, so their code never rots. Checks only
 * that the harness produces sane rows — never timings.
 */
@BenchTest
@DirtiesContext // its pool and database are not needed by any other test: give the connections back
class BenchSmokeTest {

    @Autowired Portal portal;

    @Test
    void everyPartOfTheBenchmarkProducesSaneRows() throws Exception {
        Scale scale = Scale.smoke();
        BenchRun.Results r = new BenchRun(portal, scale).run();

        assertThat(r.levels()).hasSize(scale.workerLevels().length * scale.rounds());
        for (ThroughputBench.Level level : r.levels()) {
            assertThat(level.steps()).extracting(s -> s.step).contains(ThroughputReport.SCORE, "submit", DecisionRound.PUBLICITY_END,
                    DecisionRound.TELL);
            level.steps().forEach(s -> {
                assertThat(s.count()).as(s.step).isPositive();
                assertThat(s.perSecond()).as(s.step).isPositive();
                assertThat(s.statementsPerStep()).as(s.step).isGreaterThanOrEqualTo(1);
                assertThat(s.transactionsPerStep()).as(s.step).isGreaterThanOrEqualTo(1);
                assertThat(s.pgTransactionsPerStep).as(s.step).isGreaterThanOrEqualTo(1);
                assertThat(s.jvmCpuMillisPerStep).as(s.step).isPositive();
                // the compiler's share is read only where /proc tells it (in nanoseconds, the JVM's in clock
                // ticks, so a phase of one step can show more of it than of the whole JVM)
                assertThat(Double.isNaN(s.jitCpuMillisPerStep) || s.jitCpuMillisPerStep >= 0).as(s.step).isTrue();
                // the server's CPU is read only where it runs on this machine
                assertThat(Double.isNaN(s.dbCpuMillisPerStep) || s.dbCpuMillisPerStep > 0).as(s.step).isTrue();
            });
            assertThat(level.steps().stream().filter(s -> s.step.equals(ThroughputReport.SCORE)).findFirst().orElseThrow()
                    .count()).isEqualTo((long) scale.throughputProposals() * ApprovalDriver.EXPERTS_PER_PROPOSAL);
            assertThat(level.historyPerProposal()).isPositive();
        }
        assertThat(r.provincial()).singleElement().satisfies(p -> {
            assertThat(p.databaseBytesAfter()).isGreaterThan(p.databaseBytesBefore());
            assertThat(p.peakHeapBytes()).isPositive();
            assertThat(p.wallMillis()).isPositive();
        });
        assertThat(r.listsAfter()).hasSize(13).allSatisfy(m -> {
            if (m.list().equals(BigLists.DASHBOARD_ONE) || m.list().equals(BigLists.DASHBOARD_ALL)) {
                // opening the dashboard shows its snapshot: no statement at all
                assertThat(m.statements()).isZero();
            } else {
                assertThat(m.statements()).isPositive();
                assertThat(m.plans()).isNotEmpty().allSatisfy(p -> assertThat(p).contains("Execution Time"));
            }
        });
        int reviews = 2 * ApprovalDriver.EXPERTS_PER_PROPOSAL;
        assertThat(r.storm()).satisfies(s -> {
            assertThat(s.quiet().count()).isEqualTo(2);
            // the application's own job pool (EngineSettings), not Spring's shared executor
            assertThat(s.settings()).startsWith("threads 1–1, queue 2048");
            assertThat(s.storms()).extracting(JobStormBench.Storm::jobs).containsExactly(reviews, reviews);
            assertThat(s.storms()).allSatisfy(storm -> assertThat(storm.failedJobs()).isZero());
            // a reminder tells its expert; an overdue review its expert, and the officers once for the call and due date
            assertThat(s.storm(JobStormBench.Kind.REMINDERS).notifications()).isEqualTo(reviews);
            assertThat(s.storm(JobStormBench.Kind.OVERDUE).notifications()).isEqualTo(reviews + (long) s.officers());
            // the officer's inbox holds every overdue review, and its filter counts them
            assertThat(s.inbox().tasks()).isGreaterThanOrEqualTo(reviews);
            assertThat(s.inbox().queries()).hasSize(4)
                    .allSatisfy(q -> assertThat(q.count()).isEqualTo(JobStormBench.INBOX_RUNS));
        });
        // every reminder was sent as a notification, once; every overdue review became an officers' task
        assertThat(portal.jdbc().queryForObject("select count(*) from notification where message_key = 'notification.reviewReminder'",
                Integer.class)).isEqualTo(reviews);
        assertThat(portal.jdbc().queryForObject("select count(*) from act_ru_task where task_def_key_ = 'handleOverdue'",
                Integer.class)).isEqualTo(reviews);
        assertThat(Files.readString(r.report())).contains("pgbench TPS", "Provincial-scale call", "Big lists", "Timer storms");
    }
}
