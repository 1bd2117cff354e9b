package org.lixiang.bench;

import static org.lixiang.bench.Report.f;

import java.util.ArrayList;
import java.util.List;

/** The throughput tables: every step type at every worker count, pgbench's ceiling, history rows, the target. */
final class ThroughputReport {

    static final String SCORE = "expert score submission";

    private ThroughputReport() {
    }

    static void write(Report report, List<ThroughputBench.Level> levels, Scale scale) {
        report.heading("1. Workflow throughput against PostgreSQL's ceiling")
                .text("Each worker count takes " + scale.throughputProposals() + " proposals of a fresh call through every"
                        + " step, one step type at a time (a phase on N worker threads, each step as its user, security and"
                        + " transactions on). steps/s = steps ÷ the phase's wall time. Statements and transactions per step"
                        + " are counted on the JDBC connections of the step's thread; pg xacts/step is PostgreSQL's own"
                        + " count (pg_stat_database.xact_commit + xact_rollback) over the phase ÷ steps. Ratio = steps/s ÷"
                        + " pgbench TPS at the same client count (TPC-B-like, scale " + scale.pgbenchScale() + ", "
                        + scale.pgbenchSeconds() + " s, measured right after the level).");
        List<List<String>> rows = new ArrayList<>();
        for (ThroughputBench.Level l : levels) {
            for (StepStats s : l.steps()) {
                rows.add(List.of(String.valueOf(l.workers()), s.step, String.valueOf(s.count()), f(s.perSecond(), 1),
                        f(s.millisAt(50), 1), f(s.millisAt(95), 1), f(s.millisAt(99), 1), f(s.statementsPerStep(), 1),
                        f(s.transactionsPerStep(), 1), f(s.pgTransactionsPerStep, 1), f(s.perSecond() / l.pgbenchTps(), 3)));
            }
        }
        report.table(List.of("workers", "step", "n", "steps/s", "p50 ms", "p95 ms", "p99 ms", "SQL/step", "tx/step (JDBC)",
                "pg xacts/step", "÷ pgbench TPS"), rows);

        List<List<String>> pg = new ArrayList<>();
        for (ThroughputBench.Level l : levels) {
            pg.add(List.of(String.valueOf(l.workers()), f(l.pgbenchTps(), 0), f(l.historyPerProposal(), 1),
                    BenchRun.history(l.history(), l.proposals()), l.loadBefore()));
        }
        report.table(List.of("clients / workers", "pgbench TPS", "ACT_HI_* rows per proposal", "by table (per proposal)",
                "load avg before level"), pg);

        if (!levels.isEmpty()) {
            List<List<String>> shapes = new ArrayList<>();
            levels.get(0).steps().forEach(s -> shapes.add(List.of(s.step, f(s.statementsPerStep(), 0), s.sampleSummary(6))));
            report.text("What one step runs (the first step of each phase at " + levels.get(0).workers()
                    + " worker(s), statements grouped by verb and first table, most frequent first):")
                    .table(List.of("step", "SQL/step", "most frequent statements"), shapes);
        }
        levels.stream().filter(l -> l.workers() == 8).findFirst().ifPresent(l -> l.steps().stream()
                .filter(s -> s.step.equals(SCORE)).findFirst().ifPresent(s -> {
                    double ratio = s.perSecond() / l.pgbenchTps();
                    report.text("**Target** (expert score submissions at 8 workers ≥ 0.25 × pgbench TPS, p95 < 50 ms): "
                            + f(s.perSecond(), 1) + " steps/s = " + f(ratio, 3) + " × " + f(l.pgbenchTps(), 0)
                            + " TPS, p95 " + f(s.millisAt(95), 1) + " ms → " + (ratio >= 0.25 ? "ratio met" : "ratio NOT met")
                            + ", " + (s.millisAt(95) < 50 ? "p95 met" : "p95 NOT met") + ".");
                }));
    }
}
