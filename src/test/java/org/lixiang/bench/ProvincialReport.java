package org.lixiang.bench;

import static org.lixiang.bench.Report.f;

import java.util.ArrayList;
import java.util.List;

/**
 * The provincial-scale call(s): wall time and, below 10,000 proposals, a clearly labelled linear
 * extrapolation; database size; peak heap; every step's latency.
 */
final class ProvincialReport {

    static final int PROVINCE = 10_000;

    private ProvincialReport() {
    }

    private static double total(StepStats s) {
        return s == null ? 0 : s.totalMillis();
    }

    static void write(Report report, List<ProvincialBench.Result> results) {
        report.heading("2. Provincial-scale call");
        double mb = 1024.0 * 1024.0;
        List<List<String>> rows = new ArrayList<>();
        for (ProvincialBench.Result r : results) {
            double seconds = r.wallMillis() / 1000.0;
            double endSeconds = (total(r.steps().get(DecisionRound.PUBLICITY_END))
                    + total(r.steps().get(DecisionRound.TELL))) / 1000.0;
            rows.add(List.of(r.proposals() + " × " + ApprovalDriver.EXPERTS_PER_PROPOSAL + " (" + r.workers() + " workers)",
                    f(seconds, 1), f(endSeconds, 1), f(r.proposals() / seconds, 2),
                    r.proposals() >= PROVINCE ? "measured" : f(seconds * PROVINCE / r.proposals(), 0) + " s (EXTRAPOLATED)",
                    f(r.databaseBytesBefore() / mb, 1) + " → " + f(r.databaseBytesAfter() / mb, 1) + " MB ("
                            + f((r.databaseBytesAfter() - r.databaseBytesBefore()) / 1024.0 / r.proposals(), 1) + " KB/proposal)",
                    f(r.peakHeapBytes() / mb, 0) + " MB", r.loadBefore() + " / " + r.loadAfter(), r.maintenance()));
        }
        report.text("Wall time from the first draft to the last final result. The 10,000 column is a linear"
                + " extrapolation whenever fewer proposals were run — not a measurement. Peak heap: sum of the heap"
                + " pools' peaks during the call (-Xmx " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB)."
                + " Target for 10,000 × 5: ≤ 600 s.")
                .table(List.of("proposals × experts", "wall s", "of which results (publicity end and the batches telling the proposals) s",
                        "proposals/s", "10,000 proposals", "database size before → after", "peak heap",
                        "load avg before / after", "statistics and vacuum"), rows);

        for (ProvincialBench.Result r : results) {
            List<List<String>> steps = new ArrayList<>();
            r.steps().values().forEach(s -> {
                boolean chain = s.step.startsWith("proposal:"); // its steps count their own statements
                steps.add(List.of(s.step, String.valueOf(s.count()), f(s.millisAt(50), 1), f(s.millisAt(95), 1),
                        f(s.millisAt(99), 1), chain ? "–" : f(s.statementsPerStep(), 1),
                        chain ? "–" : f(s.transactionsPerStep(), 1)));
            });
            report.text("Steps of the call of " + r.proposals() + ":").table(List.of("step", "n", "p50 ms", "p95 ms",
                    "p99 ms", "SQL/step", "tx/step"), steps);
        }
    }
}
