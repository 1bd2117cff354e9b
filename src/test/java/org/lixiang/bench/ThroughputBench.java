package org.lixiang.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.springframework.security.core.Authentication;

/**
 * Workflow throughput with a given number of concurrent workers: a call's proposals are taken
 * through every step, one step type at a time (a phase), so each step type's rate is measured
 * on its own. PostgreSQL's transaction counter is read around each phase.
 */
final class ThroughputBench {

    /** One level: the step types' figures, history rows per proposal, and pgbench's TPS at the same client count. */
    record Level(int round, int workers, int proposals, List<StepStats> steps, Map<String, Long> history, double pgbenchTps,
                 String loadBefore) {
        double historyPerProposal() {
            return history.values().stream().mapToLong(Long::longValue).sum() / (double) proposals;
        }
    }

    private final Portal portal;
    private final BenchPeople people;
    private final PgStats pg;
    private final ApprovalDriver driver;

    ThroughputBench(Portal portal, BenchPeople people, PgStats pg) {
        this.portal = portal;
        this.people = people;
        this.pg = pg;
        this.driver = new ApprovalDriver(portal, people);
    }

    /** Runs all steps for {@code proposals} proposals on {@code workers} workers (pgbenchTps filled in by the caller). */
    Level level(int workers, int proposals) {
        String load = Machine.loadAverage();
        Map<String, Long> historyBefore = pg.historyRows();
        List<StepStats> steps = new ArrayList<>();
        long call = driver.openCall(proposals);
        List<ApprovalDriver.Item> items = driver.items(proposals);
        Function<ApprovalDriver.Item, Authentication> applicant = p -> people.user(p.applicantId);
        Function<ApprovalDriver.Item, Authentication> officer = p -> people.named("t_officer");

        steps.add(phase("create draft", workers, items, applicant, p -> driver.draft(call, p)));
        items.forEach(driver::readVersion);
        steps.add(phase("save draft", workers, items, applicant, driver::save));
        items.forEach(driver::readVersion);
        steps.add(phase("submit", workers, items, applicant, driver::submit));
        items.forEach(p -> driver.readTask(p, "formalReview"));
        steps.add(phase("formal review: open", workers, items, officer, driver::formalStart));
        steps.add(phase("formal review: pass (+ draw)", workers, items, officer, driver::formalPass));
        items.forEach(p -> driver.readTask(p, "confirmExperts"));
        steps.add(phase("confirm experts", workers, items, officer, driver::confirm));
        List<ApprovalDriver.Review> reviews = driver.reviews(items);
        steps.add(phase("expert accepts", workers, reviews, r -> people.user(r.expertId()), driver::accept));
        steps.add(phase("expert score submission", workers, reviews, r -> people.user(r.expertId()), driver::score));
        items.forEach(p -> driver.readTask(p, "departmentOpinion"));
        steps.add(phase("department opinion", workers, items, p -> people.named("t_leader"), driver::opinion));
        new DecisionRound(portal, people, driver).run(call, 1, this::mark, s -> steps.add(measured(s)));

        long results = portal.jdbc().queryForObject("select count(*) from proposal_result r join proposal p on p.id = r.proposal_id"
                + " where p.call_id = ?", Long.class, call);
        if (results != proposals) {
            throw new IllegalStateException("expected " + proposals + " results, found " + results);
        }
        return new Level(0, workers, proposals, steps, PgStats.minus(pg.historyRows(), historyBefore), Double.NaN, load);
    }

    private long transactionsMark;
    private CpuClock.Mark cpuMark;

    private <T> StepStats phase(String name, int workers, List<T> items, Function<T, Authentication> who, Consumer<T> work) {
        items.forEach(who::apply); // log everyone in first (as their sessions would be): not part of the phase
        mark();
        return measured(Phases.run(name, workers, items, who, work));
    }

    private void mark() {
        transactionsMark = pg.transactions();
        cpuMark = CpuClock.mark();
    }

    /** Fills in PostgreSQL's count of transactions and the CPU time since the mark, per step. */
    private StepStats measured(StepStats s) {
        s.jvmCpuMillisPerStep = cpuMark.jvmMillisPer(s.count());
        s.jitCpuMillisPerStep = cpuMark.jitMillisPer(s.count());
        s.dbCpuMillisPerStep = cpuMark.serverMillisPer(s.count());
        s.pgTransactionsPerStep = pg.since(transactionsMark) / (double) s.count();
        return s;
    }
}
