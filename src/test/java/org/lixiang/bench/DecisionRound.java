package org.lixiang.bench;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.flowable.job.api.Job;

/**
 * The call's own steps after its proposals have the department opinion: the officer opens the
 * decision round (ranking, first funding line) and submits the plan, the leader approves it, and
 * the publicity timer (run as the job executor runs it, on behalf of nobody) finalizes every
 * result. Each is timed once.
 */
final class DecisionRound {

    static final String PUBLICITY_END = "publicity end (all results recorded)";
    static final String TELL = "tell the proposals (one batch)";

    private final Portal portal;
    private final BenchPeople people;
    private final ApprovalDriver driver;

    DecisionRound(Portal portal, BenchPeople people, ApprovalDriver driver) {
        this.portal = portal;
        this.people = people;
        this.driver = driver;
    }

    void run(long callId, int workers, Runnable beforeEach, Consumer<StepStats> out) {
        beforeEach.run();
        long[] plan = new long[1];
        out.accept(Phases.run("open round", workers, List.of(callId), c -> people.named("t_officer"),
                c -> plan[0] = portal.plans().openRound(c, false)));
        String process = portal.jdbc().queryForObject("select process_instance_id from funding_plan where id = ?",
                String.class, plan[0]);
        long version = portal.jdbc().queryForObject("select version from funding_plan where id = ?", Long.class, plan[0]);
        String prepare = driver.task(process, "prepareFundingPlan", null);
        beforeEach.run();
        out.accept(Phases.run("submit plan", workers, List.of(prepare), t -> people.named("t_officer"),
                t -> portal.plans().submit(t, version)));
        String approve = driver.task(process, "approveFundingPlan", null);
        beforeEach.run();
        out.accept(Phases.run("approve plan", workers, List.of(approve), t -> people.named("t_leader"),
                t -> portal.plans().approve(t, true, "同意。")));
        Job timer = portal.management().createTimerJobQuery().processInstanceId(process).elementId("publicityEnds")
                .singleResult();
        portal.clock().advance(Duration.ofDays(8));
        beforeEach.run();
        out.accept(Phases.run(PUBLICITY_END, workers, List.of(timer.getId()), t -> null,
                t -> portal.management().executeJob(portal.management().moveTimerToExecutableJob(t).getId())));
        // the proposals are told in batches, each an asynchronous job of its own, one after another
        beforeEach.run();
        StepStats batches = new StepStats(TELL, 1);
        long start = System.nanoTime();
        for (Job job = nextJob(process); job != null; job = nextJob(process)) {
            String id = job.getId();
            Phases.timed(batches, null, () -> portal.management().executeJob(id));
        }
        batches.wallNanos = System.nanoTime() - start;
        out.accept(batches);
        Integer undecided = portal.jdbc().queryForObject("""
                select count(*) from funding_plan_item i join proposal p on p.id = i.proposal_id
                left join proposal_result r on r.proposal_id = i.proposal_id
                where i.plan_id = ? and (r.announced_at is null or p.status not in ('APPROVED', 'NOT_APPROVED'))""",
                Integer.class, plan[0]);
        if (undecided != 0) {
            throw new IllegalStateException(undecided + " proposal(s) of plan " + plan[0] + " were not told their result");
        }
    }

    private Job nextJob(String process) {
        List<Job> jobs = portal.management().createJobQuery().processInstanceId(process).listPage(0, 1);
        return jobs.isEmpty() ? null : jobs.get(0);
    }
}
