package org.lixiang.bench;

import static org.lixiang.bench.Report.f;

import java.util.ArrayList;
import java.util.List;

/** The provincial-scale call: wall time (and, below 10,000 proposals, a labelled linear extrapolation), size, heap. */
final class ProvincialReport {

    static final int PROVINCE = 10_000;

    private ProvincialReport() {
    }

    static void write(Report report, ProvincialBench.Result r) {
        double seconds = r.wallMillis() / 1000.0;
        double mb = 1024.0 * 1024.0;
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("proposals × experts", r.proposals() + " × " + ApprovalDriver.EXPERTS_PER_PROPOSAL
                + " (" + r.proposals() * ApprovalDriver.EXPERTS_PER_PROPOSAL + " reviews), " + r.workers() + " workers"));
        rows.add(List.of("wall time, submission to final result", f(seconds, 1) + " s (target for 10,000: ≤ 600 s)"));
        if (r.proposals() < PROVINCE) {
            rows.add(List.of("EXTRAPOLATED to 10,000 proposals (linear, not measured)",
                    f(seconds * PROVINCE / r.proposals(), 0) + " s"));
        }
        rows.add(List.of("proposals per second", f(r.proposals() / seconds, 2)));
        rows.add(List.of("database size before → after", f(r.databaseBytesBefore() / mb, 1) + " MB → "
                + f(r.databaseBytesAfter() / mb, 1) + " MB (" + f((r.databaseBytesAfter() - r.databaseBytesBefore())
                / 1024.0 / r.proposals(), 1) + " KB per proposal)"));
        rows.add(List.of("peak heap (sum of heap pools' peaks, -Xmx " + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                + " MB)", f(r.peakHeapBytes() / mb, 0) + " MB"));
        rows.add(List.of("load average before / after", r.loadBefore() + " / " + r.loadAfter()));
        report.heading("2. Provincial-scale call").table(List.of("what", "value"), rows);

        List<List<String>> steps = new ArrayList<>();
        r.steps().values().forEach(s -> {
            boolean chain = s.step.startsWith("proposal:"); // its steps count their own statements
            steps.add(List.of(s.step, String.valueOf(s.count()), f(s.millisAt(50), 1), f(s.millisAt(95), 1),
                    f(s.millisAt(99), 1), chain ? "–" : f(s.statementsPerStep(), 1), chain ? "–" : f(s.transactionsPerStep(), 1)));
        });
        report.table(List.of("step", "n", "p50 ms", "p95 ms", "p99 ms", "SQL/step", "tx/step"), steps);
    }
}
