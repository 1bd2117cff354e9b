package org.lixiang.bench;

import java.util.Arrays;

/** How big a benchmark run is; the full run's figures can be changed with -Dbench.* properties. */
record Scale(int[] workerLevels, int throughputProposals, int warmupProposals, int[] provincialProposals,
             int provincialWorkers, int bigListProposals, int bigListRuns, int pgbenchScale, int pgbenchSeconds,
             int experts, int maxReviewsPerExpert, int rounds, String parts, String pgbenchDatabase,
             int stormProposals) {

    /** One applicant per worker of the largest worker count (at least two). */
    int applicants() {
        return Math.max(2, java.util.Arrays.stream(workerLevels).max().orElse(2));
    }

    boolean runs(String part) {
        return parts.contains(part);
    }

    /**
     * The full run: -Dbench.proposals (provincial call, default 10,000; several sizes, e.g. 300,1000,
     * run one call each), -Dbench.levels=1,2,4,8, …
     */
    static Scale full() {
        return new Scale(
                ints(System.getProperty("bench.levels", "1,2,4,8")),
                Integer.getInteger("bench.throughputProposals", 32),
                Integer.getInteger("bench.warmupProposals", 128),
                ints(System.getProperty("bench.proposals", "10000")),
                Integer.getInteger("bench.workers", 8),
                Integer.getInteger("bench.bigList", 100_000),
                Integer.getInteger("bench.bigListRuns", 20),
                Integer.getInteger("bench.pgbenchScale", 10),
                Integer.getInteger("bench.pgbenchSeconds", 20),
                Integer.getInteger("bench.experts", 200),
                10,
                Integer.getInteger("bench.rounds", 3),
                System.getProperty("bench.parts", "throughput,provincial,lists,jobs"),
                PgBench.DATABASE,
                Integer.getInteger("bench.stormProposals", 300));
    }

    private static int[] ints(String list) {
        return Arrays.stream(list.split(",")).map(String::trim).mapToInt(Integer::parseInt).toArray();
    }

    /** Seconds: every part runs, on a handful of rows. */
    static Scale smoke() {
        return new Scale(new int[] {2}, 2, 0, new int[] {2}, 2, 200, 2, 1, 1, 5, 10, 1, "throughput,provincial,lists,jobs",
                PgBench.DATABASE + BenchDatabase.NAME.substring("lixiang_bench".length()), 2);
    }
}
