package org.lixiang.bench;

import java.util.Arrays;

/** How big a benchmark run is; the full run's figures can be changed with -Dbench.* properties. */
record Scale(int[] workerLevels, int throughputProposals, int warmupProposals, int provincialProposals,
             int provincialWorkers, int bigListProposals, int bigListRuns, int pgbenchScale, int pgbenchSeconds,
             int experts, int maxReviewsPerExpert) {

    /** The full run: -Dbench.proposals (provincial call, default 10,000), -Dbench.levels=1,2,4,8, … */
    static Scale full() {
        return new Scale(
                Arrays.stream(System.getProperty("bench.levels", "1,2,4,8").split(",")).map(String::trim)
                        .mapToInt(Integer::parseInt).toArray(),
                Integer.getInteger("bench.throughputProposals", 32),
                Integer.getInteger("bench.warmupProposals", 8),
                Integer.getInteger("bench.proposals", 10_000),
                Integer.getInteger("bench.workers", 8),
                Integer.getInteger("bench.bigList", 100_000),
                Integer.getInteger("bench.bigListRuns", 20),
                Integer.getInteger("bench.pgbenchScale", 10),
                Integer.getInteger("bench.pgbenchSeconds", 20),
                Integer.getInteger("bench.experts", 200),
                10);
    }

    /** Seconds: every part runs, on a handful of rows. */
    static Scale smoke() {
        return new Scale(new int[] {1, 2}, 2, 0, 3, 2, 300, 2, 1, 1, 6, 10);
    }
}
