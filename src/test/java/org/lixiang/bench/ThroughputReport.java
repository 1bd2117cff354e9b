package org.lixiang.bench;

import static org.lixiang.bench.Report.f;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

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
                        + " count (pg_stat_database.xact_commit + xact_rollback) over the phase, less the measurement's own"
                        + " cost, ÷ steps. CPU ms/step is the CPU time this JVM and the PostgreSQL server's processes"
                        + " (when on this machine; other clients' work on the server included) spent during the phase,"
                        + " ÷ steps: which side a step's time goes to, and (cores ÷ both) the most steps/s the machine"
                        + " allows; \"of it JIT\" is the JVM's JIT compiler threads' part of it, which a warm server"
                        + " would not spend. Ratio = steps/s ÷ pgbench TPS at the same client count (TPC-B-like, scale "
                        + scale.pgbenchScale() + ", " + scale.pgbenchSeconds() + " s, run right after the level). "
                        + scale.rounds() + " round(s); the summary gives the median over rounds.");
        summary(report, levels);
        List<List<String>> rows = new ArrayList<>();
        for (ThroughputBench.Level l : levels) {
            for (StepStats s : l.steps()) {
                rows.add(List.of(String.valueOf(l.round()), String.valueOf(l.workers()), s.step, String.valueOf(s.count()),
                        f(s.perSecond(), 1), f(s.millisAt(50), 1), f(s.millisAt(95), 1), f(s.millisAt(99), 1),
                        f(s.statementsPerStep(), 1), f(s.transactionsPerStep(), 1), f(s.pgTransactionsPerStep, 1),
                        f(s.jvmCpuMillisPerStep, 2), f(s.jitCpuMillisPerStep, 2), f(s.dbCpuMillisPerStep, 2),
                        f(s.perSecond() / l.pgbenchTps(), 3)));
            }
        }
        report.text("Every round:").table(List.of("round", "workers", "step", "n", "steps/s", "p50 ms", "p95 ms", "p99 ms",
                "SQL/step", "tx/step (JDBC)", "pg xacts/step", "JVM CPU ms/step", "of it JIT", "PostgreSQL CPU ms/step",
                "÷ pgbench TPS"), rows);

        List<List<String>> pg = new ArrayList<>();
        for (ThroughputBench.Level l : levels) {
            pg.add(List.of(String.valueOf(l.round()), String.valueOf(l.workers()), f(l.pgbenchTps(), 0),
                    f(l.historyPerProposal(), 1), BenchRun.history(l.history(), l.proposals()), l.loadBefore()));
        }
        report.table(List.of("round", "clients / workers", "pgbench TPS", "ACT_HI_* rows per proposal",
                "by table (per proposal)", "load avg before level"), pg);

        if (!levels.isEmpty()) {
            List<List<String>> shapes = new ArrayList<>();
            levels.get(0).steps().forEach(s -> shapes.add(List.of(s.step, f(s.statementsPerStep(), 0), s.sampleSummary(6))));
            report.text("What one step runs (the first step of each phase, statements grouped by verb and first table,"
                    + " most frequent first):").table(List.of("step", "SQL/step", "most frequent statements"), shapes);
            levels.get(0).steps().stream().filter(s -> s.step.equals(SCORE) && s.sample != null).findFirst().ifPresent(s -> {
                StringBuilder order = new StringBuilder();
                for (int i = 0; i < s.sample.size(); i++) {
                    order.append(i + 1).append(". ").append(StepStats.shape(s.sample.get(i).sql())).append('\n');
                }
                report.text("One expert score submission, statement by statement:").code(order.toString());
            });
            levels.get(0).steps().forEach(ThroughputReport::writeSample);
        }
    }

    /** Every statement of a step's sample, with its parameters, in target/bench/steps/ (to read, not to report). */
    private static void writeSample(StepStats s) {
        if (s.sample == null) {
            return;
        }
        StringBuilder text = new StringBuilder();
        for (SqlCounter.Captured c : s.sample) {
            text.append(c.sql().trim().replaceAll("\\s+", " ")).append("\n    -- ").append(c.parameters()).append('\n');
        }
        try {
            java.nio.file.Path dir = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "bench", "steps"));
            java.nio.file.Files.writeString(dir.resolve(s.step.replaceAll("[^A-Za-z0-9]+", "-") + ".sql"), text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Median over rounds per worker count and step; and the target line for score submissions at 8 workers. */
    private static void summary(Report report, List<ThroughputBench.Level> levels) {
        Map<String, List<StepStats>> byKey = new LinkedHashMap<>();
        Map<String, List<Double>> tps = new LinkedHashMap<>();
        for (ThroughputBench.Level l : levels) {
            for (StepStats s : l.steps()) {
                String key = l.workers() + "\t" + s.step;
                byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(s);
                tps.computeIfAbsent(key, k -> new ArrayList<>()).add(l.pgbenchTps());
            }
        }
        List<List<String>> rows = new ArrayList<>();
        byKey.forEach((key, stats) -> {
            String[] k = key.split("\t");
            double rate = median(stats, StepStats::perSecond);
            double ceiling = median(tps.get(key), Double::doubleValue);
            double p95 = median(stats, s -> s.millisAt(95));
            rows.add(List.of(k[0], k[1], f(rate, 1), f(median(stats, s -> s.millisAt(50)), 1), f(p95, 1),
                    f(median(stats, s -> s.millisAt(99)), 1), f(median(stats, StepStats::statementsPerStep), 1),
                    f(median(stats, s -> s.pgTransactionsPerStep), 1), f(median(stats, s -> s.jvmCpuMillisPerStep), 2),
                    f(median(stats, s -> s.jitCpuMillisPerStep), 2), f(median(stats, s -> s.dbCpuMillisPerStep), 2),
                    f(ceiling, 0), f(rate / ceiling, 3)));
            if (k[0].equals("8") && k[1].equals(SCORE)) {
                report.text("**Target** (expert score submissions at 8 workers ≥ 0.25 × pgbench TPS, p95 < 50 ms), medians"
                        + " over " + stats.size() + " round(s): " + f(rate, 1) + " steps/s = " + f(rate / ceiling, 3)
                        + " × " + f(ceiling, 0) + " TPS → " + (rate / ceiling >= 0.25 ? "ratio met" : "ratio NOT met")
                        + "; p95 " + f(p95, 1) + " ms → " + (p95 < 50 ? "met" : "NOT met") + ".");
            }
        });
        report.text("Summary (medians over rounds):").table(List.of("workers", "step", "steps/s", "p50 ms", "p95 ms",
                "p99 ms", "SQL/step", "pg xacts/step", "JVM CPU ms/step", "of it JIT", "PostgreSQL CPU ms/step", "pgbench TPS",
                "÷ pgbench TPS"), rows);
    }

    private static <T> double median(List<T> values, ToDoubleFunction<T> f) {
        double[] v = values.stream().mapToDouble(f).filter(d -> !Double.isNaN(d)).sorted().toArray();
        if (v.length == 0) {
            return Double.NaN;
        }
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
}
