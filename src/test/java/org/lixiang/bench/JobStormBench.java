package org.lixiang.bench;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.flowable.common.engine.impl.async.DefaultAsyncTaskExecutor;
import org.flowable.common.spring.async.SpringAsyncTaskExecutor;
import org.flowable.job.service.impl.asyncexecutor.AbstractAsyncExecutor;
import org.flowable.job.service.impl.asyncexecutor.AsyncExecutor;
import org.lixiang.review.Recommendation;
import org.lixiang.review.ScoreSheet;
import org.springframework.security.core.Authentication;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The timer storms. Every review of a call is due on the same day, so three days before it the
 * reminder timers of all open reviews fall due at the same moment, and on the day itself the
 * overdue timers of all reviews still open. Flowable's async executor (off in the test profile,
 * started here with whatever settings the run was given) works them off while experts keep
 * working. The reminder storm writes one notification per job; the overdue storm creates an
 * officers' task per review and tells its expert, and the officers once for the call. Measured for each: the time
 * until every job has done its work, jobs per second, failed jobs, PostgreSQL's transactions per
 * job, the notifications written, and one expert's response time (opening a review and saving a
 * draft score) before and during the storm.
 */
final class JobStormBench {

    static final String PROBE = "expert opens a review, saves a draft";
    static final long THINK_MILLIS = Long.getLong("bench.stormThinkMillis", 200);

    /** One kind of storm: the timer that falls due, and what shows that its job has done its work. */
    enum Kind {
        REMINDERS("reminderTimer", "reminders", """
                select count(*) from review_assignment a join proposal p on p.id = a.proposal_id
                where p.call_id = ? and p.id <> ? and a.reminded_at is not null"""),
        OVERDUE("overdueTimer", "overdue reviews", """
                select count(*) from act_ru_task t join proposal p on p.process_instance_id = t.proc_inst_id_
                where p.call_id = ? and p.id <> ? and t.task_def_key_ = 'handleOverdue'""");

        final String timer;
        final String what;
        final String done;

        Kind(String timer, String what, String done) {
            this.timer = timer;
            this.what = what;
            this.done = done;
        }
    }

    /** What one storm did and cost. */
    record Storm(Kind kind, int jobs, long stormMillis, long failedJobs, double transactionsPerJob, long notifications,
                 StepStats during, String loadBefore, String loadAfter) {
        double jobsPerSecond() {
            return jobs * 1000.0 / stormMillis;
        }
    }

    /** An officer opening the task inbox after the storms, the overdue reviews among their tasks. */
    record Inbox(long tasks, int steps, List<StepStats> queries) {
    }

    static final int INBOX_RUNS = 20;

    record Result(int proposals, long thinkMillis, String settings, int officers, StepStats quiet, List<Storm> storms,
                  Inbox inbox) {
        Storm storm(Kind kind) {
            return storms.stream().filter(s -> s.kind() == kind).findFirst().orElseThrow();
        }
    }

    private final Portal portal;
    private final BenchPeople people;
    private final PgStats pg;
    private final ApprovalDriver driver;

    JobStormBench(Portal portal, BenchPeople people, PgStats pg) {
        this.portal = portal;
        this.people = people;
        this.pg = pg;
        this.driver = new ApprovalDriver(portal, people);
    }

    /**
     * {@code proposals} proposals in review (five reviews each) and one more for the expert who
     * keeps working; first their reminders fall due, then, on the same still-open reviews, their
     * due dates.
     */
    Result run(int proposals, int quietProbes, long thinkMillis) throws InterruptedException {
        AsyncExecutor executor = portal.engineConfiguration().getAsyncExecutor();
        if (executor.isActive()) {
            throw new IllegalStateException("the job executor already runs: the storm would start before it is timed");
        }
        long call = driver.openCall(proposals + 1);
        List<ApprovalDriver.Item> items = driver.items(proposals + 1);
        Phases.run("storm: proposals into review", 4, items, p -> null, p -> intoReview(call, p));
        ApprovalDriver.Item probed = items.get(proposals);
        ApprovalDriver.Review review = driver.reviews(List.of(probed)).get(0);
        Authentication expert = people.user(review.expertId());

        StepStats quiet = new StepStats(PROBE, 1);
        for (int i = 0; i < quietProbes; i++) {
            probe(quiet, expert, review);
            Thread.sleep(thinkMillis);
        }
        List<Storm> storms = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            storms.add(storm(kind, executor, call, probed.id, expert, review, thinkMillis));
        }
        int officers = portal.jdbc().queryForObject("select count(*) from user_role r join app_user u on u.id = r.user_id"
                + " where r.role = 'OFFICER' and u.enabled", Integer.class);
        return new Result(proposals, thinkMillis, settings(executor), officers, quiet, storms, inbox());
    }

    /**
     * What the task inbox costs an officer once every overdue review is their task: its step
     * filter (one aggregate query), the count and the first page of all tasks, and the first page
     * of the overdue reviews alone; after two warm-up runs.
     */
    private Inbox inbox() {
        Authentication officer = people.named("t_officer");
        var inbox = portal.inbox();
        List<StepStats> queries = List.of(new StepStats("steps with their counts (the filter)", 1),
                new StepStats("count of all tasks", 1), new StepStats("first page of all tasks (50)", 1),
                new StepStats("first page of the overdue reviews (50)", 1));
        List<Runnable> work = List.of(inbox::steps, () -> inbox.count(null), () -> inbox.page(null, 0, 50),
                () -> inbox.page("handleOverdue", 0, 50));
        for (int run = -2; run < INBOX_RUNS; run++) {
            for (int i = 0; i < queries.size(); i++) {
                StepStats stats = run < 0 ? new StepStats("warm-up", 1) : queries.get(i);
                Phases.timed(stats, officer, work.get(i));
            }
        }
        SecurityContextHolder.getContext().setAuthentication(officer);
        try {
            return new Inbox(inbox.count(null), inbox.steps().size(), queries);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private Storm storm(Kind kind, AsyncExecutor executor, long call, long probed, Authentication expert,
                        ApprovalDriver.Review review, long thinkMillis) throws InterruptedException {
        String loadBefore = Machine.loadAverage();
        long notificationsBefore = notifications();
        long mark = pg.transactions();
        // the moment the timers fall due, for every proposal in review but the probe's
        int jobs = portal.jdbc().update("update act_ru_timer_job set duedate_ = ? where element_id_ = ?"
                        + " and process_instance_id_ in (select process_instance_id from proposal where call_id = ? and id <> ?)",
                Timestamp.from(Instant.now().minusSeconds(1)), kind.timer, call, probed);
        StepStats during = new StepStats(PROBE, 1);
        AtomicBoolean over = new AtomicBoolean();
        Thread working = new Thread(() -> {
            while (!over.get()) {
                probe(during, expert, review);
                try {
                    Thread.sleep(thinkMillis);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "bench-storm-probe");
        long start = System.nanoTime();
        executor.start();
        working.start();
        long stormMillis;
        try {
            long deadline = start + 30L * 60 * 1_000_000_000;
            long lastShown = start;
            while (done(kind, call, probed) < jobs) {
                if (System.nanoTime() > deadline || failed() > 0) {
                    throw new IllegalStateException("storm: " + done(kind, call, probed) + " of " + jobs + " " + kind.what
                            + ", " + failed() + " failed job(s)");
                }
                Thread.sleep(20);
                if ((System.nanoTime() - lastShown) > 1_000_000_000L) {
                    lastShown = System.nanoTime();
                    System.out.println("bench: " + kind.what + " storm at " + (lastShown - start) / 1_000_000 + " ms: "
                            + portal.jdbc().queryForMap("select (select count(*) from act_ru_timer_job where element_id_ = ?"
                            + " and duedate_ < now()) timers, (select count(*) from act_ru_job where lock_owner_ is null) free_jobs,"
                            + " (select count(*) from act_ru_job where lock_owner_ is not null) locked_jobs", kind.timer)
                            + " done " + done(kind, call, probed));
                }
            }
            stormMillis = (System.nanoTime() - start) / 1_000_000;
        } finally {
            over.set(true);
            working.join();
            // stops acquiring; the executor's own thread pool stays for the next start
            executor.shutdown();
        }
        long probeTransactions = 2 * during.count();
        double perJob = (pg.since(mark) - probeTransactions) / (double) jobs;
        return new Storm(kind, jobs, stormMillis, failed(), perJob, notifications() - notificationsBefore, during, loadBefore,
                Machine.loadAverage());
    }

    static void write(Report report, Result r) {
        report.heading("Timer storms: the job executor");
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("(quiet, before)", "", "", "", "", "", probe(r.quiet()), ""));
        for (Storm s : r.storms()) {
            rows.add(List.of(s.jobs() + " " + s.kind().what, Report.f(s.stormMillis() / 1000.0, 1),
                    Report.f(s.jobsPerSecond(), 1), String.valueOf(s.failedJobs()), Report.f(s.transactionsPerJob(), 1),
                    s.notifications() + " (" + Report.f(s.notifications() / (double) s.jobs(), 1) + " per job)",
                    probe(s.during()), s.loadBefore() + " / " + s.loadAfter()));
        }
        report.text("Reminder storm: every reminder of " + r.proposals() + " proposals in review falls due at once. Overdue"
                        + " storm: then the due date of the same reviews, still open, passes; each becomes an officers' task,"
                        + " and its expert and the officers (" + r.officers() + " enabled) are told. Flowable's async executor"
                        + " runs them with: " + r.settings() + ". Meanwhile one expert opens their review and saves a draft"
                        + " score every " + r.thinkMillis() + " ms. Failed jobs must be 0.")
                .table(List.of("storm", "s", "jobs/s", "failed jobs", "pg xacts/job", "notifications",
                        "expert: n, p50/p95 ms", "load avg before / after"), rows);
        report.text("Then an officer opens the task inbox: " + r.inbox().tasks() + " tasks in " + r.inbox().steps()
                        + (r.inbox().steps() == 1 ? " step" : " steps") + " (every officer's task of the benchmark's database). " + INBOX_RUNS + " runs each.")
                .table(List.of("query", "p50 ms", "p95 ms", "SQL statements"), r.inbox().queries().stream()
                        .map(q -> List.of(q.step, Report.f(q.millisAt(50), 1), Report.f(q.millisAt(95), 1),
                                Report.f(q.statementsPerStep(), 1))).toList());
    }

    private static String probe(StepStats s) {
        return s.count() + ": " + Report.f(s.millisAt(50), 1) + " / " + Report.f(s.millisAt(95), 1);
    }

    private void intoReview(long call, ApprovalDriver.Item p) {
        as(people.user(p.applicantId), () -> driver.draft(call, p));
        driver.readVersion(p);
        as(people.user(p.applicantId), () -> driver.save(p));
        driver.readVersion(p);
        as(people.user(p.applicantId), () -> driver.submit(p));
        driver.readTask(p, "formalReview");
        as(people.named("t_officer"), () -> {
            driver.formalStart(p);
            driver.formalPass(p);
        });
        driver.readTask(p, "confirmExperts");
        as(people.named("t_officer"), () -> driver.confirm(p));
        for (ApprovalDriver.Review r : driver.reviews(List.of(p))) {
            as(people.user(r.expertId()), () -> driver.accept(r));
        }
    }

    private void probe(StepStats stats, Authentication expert, ApprovalDriver.Review review) {
        Phases.timed(stats, expert, () -> {
            portal.reviews().open(review.task());
            portal.reviews().saveDraft(review.task(), new ScoreSheet(List.of(new BigDecimal("30"), new BigDecimal("25"),
                    new BigDecimal("20")), new BigDecimal("200000"), Recommendation.SUPPORT, "草稿：方案基本可行。", ""));
        });
    }

    private static void as(Authentication who, Runnable work) {
        SecurityContextHolder.getContext().setAuthentication(who);
        try {
            work.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private int done(Kind kind, long call, long probed) {
        return portal.jdbc().queryForObject(kind.done, Integer.class, call, probed);
    }

    private long notifications() {
        return portal.jdbc().queryForObject("select count(*) from notification", Long.class);
    }

    /** Jobs that ran out of retries, and jobs waiting to be retried after an exception. */
    private long failed() {
        return portal.jdbc().queryForObject("select (select count(*) from act_ru_deadletter_job)"
                + " + (select count(*) from act_ru_job where exception_msg_ is not null)"
                + " + (select count(*) from act_ru_timer_job where exception_msg_ is not null)", Long.class);
    }

    /** The settings in force, read from the running engine rather than from what the run was asked for. */
    static String settings(AsyncExecutor executor) {
        StringBuilder s = new StringBuilder();
        if (executor.getTaskExecutor() instanceof SpringAsyncTaskExecutor spring
                && spring.getAsyncTaskExecutor() instanceof ThreadPoolTaskExecutor pool) {
            s.append("threads ").append(pool.getCorePoolSize()).append('–').append(pool.getMaxPoolSize())
                    .append(", queue ").append(pool.getQueueCapacity());
        } else if (executor.getTaskExecutor() instanceof DefaultAsyncTaskExecutor pool) {
            s.append("threads ").append(pool.getCorePoolSize()).append('–').append(pool.getMaxPoolSize())
                    .append(", queue ").append(pool.getQueueSize());
        } else {
            s.append("threads of ").append(executor.getTaskExecutor().getClass().getName());
        }
        if (executor instanceof AbstractAsyncExecutor a) {
            var c = a.getConfiguration();
            s.append(s.length() == 0 ? "" : ", ").append("jobs per acquisition ").append(c.getMaxAsyncJobsDuePerAcquisition())
                    .append(", timers per acquisition ").append(c.getMaxTimerJobsPerAcquisition())
                    .append(", timer movers ").append(c.getMoveTimerExecutorPoolSize())
                    .append(", acquire wait ").append(c.getDefaultAsyncJobAcquireWaitTime().toMillis()).append(" ms");
        }
        return s.toString();
    }
}
