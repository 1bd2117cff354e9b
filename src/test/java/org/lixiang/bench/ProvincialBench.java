package org.lixiang.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A provincial-scale call: {@code proposals} proposals of about half as many applicants, five
 * experts each, from the draft to the final result. Workers take one proposal at a time through all its steps (as applicants, officers,
 * experts and leaders work in parallel on different proposals); then the call's decision round.
 */
final class ProvincialBench {

    record Result(int proposals, int workers, long wallMillis, long databaseBytesBefore, long databaseBytesAfter,
                  long peakHeapBytes, Map<String, StepStats> steps, String loadBefore, String loadAfter,
                  String maintenance) {
    }

    private final Portal portal;
    private final BenchPeople people;
    private final PgStats pg;
    private final ApprovalDriver driver;

    ProvincialBench(Portal portal, BenchPeople people, PgStats pg) {
        this.portal = portal;
        this.people = people;
        this.pg = pg;
        this.driver = new ApprovalDriver(portal, people);
    }

    Result run(int proposals, int workers) throws Exception {
        // the call grows the database from a few rows to a provincial one: PostgreSQL plans on the
        // statistics autovacuum keeps, also where the test server has it off
        try (AutovacuumStandIn standIn = AutovacuumStandIn.startIfOff(BenchDatabase.server(), BenchDatabase.NAME)) {
            return run(proposals, workers, standIn);
        }
    }

    private Result run(int proposals, int workers, AutovacuumStandIn standIn) throws java.sql.SQLException {
        String load = Machine.loadAverage();
        long sizeBefore = pg.databaseSize();
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        Map<String, StepStats> steps = new LinkedHashMap<>();
        for (String s : List.of("create draft", "save draft", "submit", "formal review: open", "formal review: pass (+ draw)",
                "confirm experts", "expert accepts", "expert score submission", "department opinion")) {
            steps.put(s, new StepStats(s, workers));
        }
        // a proposal or two per applicant, as in a province (-Dbench.provincialApplicants)
        people.ensureApplicantsInBulk(Integer.getInteger("bench.provincialApplicants", Math.max(2, proposals / 2)));
        long start = System.nanoTime();
        long call = driver.openCall(proposals);
        List<ApprovalDriver.Item> items = driver.items(proposals);
        StepStats whole = Phases.run("proposal: draft → opinion", workers, items, p -> null, p -> chain(call, p, steps));
        List<StepStats> round = new ArrayList<>();
        new DecisionRound(portal, people, driver).run(call, 1, () -> { }, round::add);
        long wall = (System.nanoTime() - start) / 1_000_000;
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        round.forEach(s -> steps.put(s.step, s));
        steps.put(whole.step, whole);
        long results = portal.jdbc().queryForObject("select count(*) from proposal_result r join proposal p on p.id = r.proposal_id"
                + " where p.call_id = ?", Long.class, call);
        if (results != proposals) {
            throw new IllegalStateException("expected " + proposals + " results, found " + results);
        }
        return new Result(proposals, workers, wall, sizeBefore, pg.databaseSize(), peak, steps, load, Machine.loadAverage(),
                standIn == null ? "the server's autovacuum" : "autovacuum off on the server; the benchmark's stand-in: "
                        + standIn.done());
    }

    private void chain(long call, ApprovalDriver.Item p, Map<String, StepStats> steps) {
        var applicant = people.user(p.applicantId);
        var officer = people.named("t_officer");
        Phases.timed(steps.get("create draft"), applicant, () -> driver.draft(call, p));
        driver.readVersion(p);
        Phases.timed(steps.get("save draft"), applicant, () -> driver.save(p));
        driver.readVersion(p);
        Phases.timed(steps.get("submit"), applicant, () -> driver.submit(p));
        driver.readTask(p, "formalReview");
        Phases.timed(steps.get("formal review: open"), officer, () -> driver.formalStart(p));
        Phases.timed(steps.get("formal review: pass (+ draw)"), officer, () -> driver.formalPass(p));
        driver.readTask(p, "confirmExperts");
        Phases.timed(steps.get("confirm experts"), officer, () -> driver.confirm(p));
        List<ApprovalDriver.Review> reviews = driver.reviews(List.of(p));
        for (ApprovalDriver.Review r : reviews) {
            Phases.timed(steps.get("expert accepts"), people.user(r.expertId()), () -> driver.accept(r));
        }
        for (ApprovalDriver.Review r : reviews) {
            Phases.timed(steps.get("expert score submission"), people.user(r.expertId()), () -> driver.score(r));
        }
        driver.readTask(p, "departmentOpinion");
        Phases.timed(steps.get("department opinion"), people.named("t_leader"), () -> driver.opinion(p));
    }
}
