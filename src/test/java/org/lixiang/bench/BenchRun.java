package org.lixiang.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One benchmark run, in order: the machine, workflow throughput at each worker count with
 * pgbench's ceiling at the same client count, the provincial-scale call, the big lists (without
 * and with the indexes of V12 and V13); the report is printed and written to {@code target/bench/results.md}.
 */
final class BenchRun {

    /** What a run measured, for the smoke test's sanity checks. */
    record Results(List<ThroughputBench.Level> levels, List<ProvincialBench.Result> provincial,
                   List<BigLists.Measured> listsBefore, List<BigLists.Measured> listsAfter, JobStormBench.Result storm,
                   Path report) {
    }

    private final Portal portal;
    private final Scale scale;

    BenchRun(Portal portal, Scale scale) {
        this.portal = portal;
        this.scale = scale;
    }

    Results run() throws Exception {
        Report report = new Report();
        report.heading("Machine").table(List.of("what", "value"), Machine.describe(portal.jdbc(), portal.environment()));
        long t0 = System.nanoTime();
        BenchPeople people = new BenchPeople(portal).ensure(scale.applicants(), scale.experts(), scale.maxReviewsPerExpert());
        progress("people created", t0);
        PgStats pg = new PgStats(BenchDatabase.server(), BenchDatabase.NAME, portal);
        List<ThroughputBench.Level> levels = scale.runs("throughput") ? throughput(people, pg) : List.of();
        if (scale.runs("throughput")) {
            ThroughputReport.write(report, levels, scale);
            progress("throughput done", t0);
        }
        List<ProvincialBench.Result> provincial = new ArrayList<>();
        if (scale.runs("provincial")) {
            for (int n : scale.provincialProposals()) {
                provincial.add(new ProvincialBench(portal, people, pg).run(n, scale.provincialWorkers()));
                progress("provincial call of " + n + " done", t0);
            }
            ProvincialReport.write(report, provincial);
            progress("provincial call done", t0);
        }
        // the job executor it starts is stopped before the next part; before the big lists, whose seeded
        // reviews leave the experts no room for new ones
        JobStormBench.Result storm = null;
        if (scale.runs("jobs")) {
            storm = new JobStormBench(portal, people, pg).run(scale.stormProposals(), Math.min(50, scale.stormProposals()),
                    JobStormBench.THINK_MILLIS);
            JobStormBench.write(report, storm);
            progress("timer storms done", t0);
        }

        List<BigLists.Measured> before = List.of();
        List<BigLists.Measured> after = List.of();
        if (scale.runs("lists")) {
            BigLists lists = new BigLists(portal, people);
            int existing = portal.jdbc().queryForObject("select count(*) from proposal", Integer.class);
            BigListSeeder.Seeded data = new BigListSeeder(portal.jdbc(), new ApprovalDriver(portal, people))
                    .seed(Math.max(BigListSeeder.CALLS, scale.bigListProposals() - existing), people.experts);
            int total = portal.jdbc().queryForObject("select count(*) from proposal", Integer.class);
            if (!BigLists.benchIndexes().isEmpty()) {
                BigLists.dropIndexes(portal.jdbc());
                before = lists.measure(data, scale.bigListRuns(), true);
                BigLists.createIndexes(portal.jdbc());
            }
            after = lists.measure(data, scale.bigListRuns(), true);
            BigListReport.write(report, total, before, after);
            progress("big lists done", t0);
        }

        report.heading("Load").text("Load average (1/5/15 min) at the end: " + Machine.loadAverage());
        Path file = report.write(Path.of("target", "bench", "results.md"));
        System.out.println(report.markdown());
        System.out.println("bench: written to " + file.toAbsolutePath());
        return new Results(levels, provincial, before, after, storm, file);
    }

    /** Every round of every worker count, each followed by pgbench at the same client count. */
    private List<ThroughputBench.Level> throughput(BenchPeople people, PgStats pg) {
        ThroughputBench throughput = new ThroughputBench(portal, people, pg);
        if (scale.warmupProposals() > 0) {
            throughput.level(2, scale.warmupProposals()); // JIT and caches; not reported
        }
        PgBench pgbench = new PgBench(BenchDatabase.server(), scale.pgbenchDatabase());
        boolean ceiling = pgbench.available();
        List<ThroughputBench.Level> levels = new ArrayList<>();
        try {
            if (ceiling) {
                pgbench.init(scale.pgbenchScale());
            }
            for (int round = 1; round <= scale.rounds(); round++) {
                for (int w : scale.workerLevels()) {
                    ThroughputBench.Level l = throughput.level(w, scale.throughputProposals());
                    double tps = ceiling ? pgbench.tps(w, scale.pgbenchSeconds()) : Double.NaN;
                    levels.add(new ThroughputBench.Level(round, l.workers(), l.proposals(), l.steps(), l.history(), tps,
                            l.loadBefore()));
                    System.out.printf("bench: round %d, %d worker(s) done, pgbench %.0f TPS%n", round, w, tps);
                }
            }
        } finally {
            if (ceiling) {
                pgbench.drop();
            }
        }
        return levels;
    }

    private static void progress(String what, long since) {
        System.out.printf("bench: %s after %.1f s (load %s)%n", what, (System.nanoTime() - since) / 1e9, Machine.loadAverage());
    }

    static String history(Map<String, Long> rows, int proposals) {
        StringBuilder s = new StringBuilder();
        rows.forEach((t, n) -> {
            if (n != 0) {
                s.append(s.length() == 0 ? "" : ", ").append(t).append(' ').append(Report.f(n / (double) proposals, 1));
            }
        });
        return s.toString();
    }
}
