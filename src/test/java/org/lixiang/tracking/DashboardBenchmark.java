package org.lixiang.tracking;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lixiang.IntegrationTest;
import org.lixiang.TestAccounts;
import org.lixiang.base.ResearchField;
import org.lixiang.call.CallDraftBuilder;
import org.lixiang.call.CallService;
import org.lixiang.review.ReviewFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How fast the dashboard of a province-sized call opens: 10,000 proposals from 300 organizations,
 * 40,000 expert assignments, 40,000 finished engine tasks, written straight into the tables (the
 * services would take hours), then the figures of the call and of all calls timed. A benchmark,
 * not a test: it asserts nothing about time and is not run by {@code ./mvnw test} (its name does
 * not end in Test). Run it with
 * {@code ./mvnw test -Dtest=DashboardBenchmark -Dsurefire.failIfNoSpecifiedTests=false};
 * the timings go to the console and {@code target/benchmark/dashboard.txt}.
 */
@IntegrationTest
@Import(ReviewFixtures.class)
class DashboardBenchmark {

    static final int PROPOSALS = 10_000;
    static final int ORGANIZATIONS = 300;
    /** Status shares in percent, as a call in its decision stage might look. */
    static final Map<String, Integer> SHARES = Map.of("SUBMITTED", 10, "RETURNED", 5, "REJECTED", 5,
            "EXPERT_REVIEW", 30, "REVIEWED", 20, "OPINION_GIVEN", 10, "APPROVED", 15, "NOT_APPROVED", 5);
    static final List<String> STEPS = List.of("formalReview", "confirmExperts", "review", "departmentOpinion");

    @Autowired CallService calls;
    @Autowired Dashboard dashboard;
    @Autowired DashboardQueries queries;
    @Autowired org.lixiang.workflow.ProcessHistory history;
    @Autowired ReviewFixtures reviewFixtures;
    @Autowired TestAccounts accounts;
    @Autowired JdbcTemplate jdbc;

    @Test
    void dashboardOfACallWithTenThousandProposals() throws IOException {
        List<Long> experts = reviewFixtures.experts(5, ResearchField.EQUIPMENT);
        accounts.as("t_officer");
        CallDraftBuilder draft = new CallDraftBuilder(Instant.now());
        draft.name = "性能测试指南 " + System.nanoTime();
        draft.envelope = new BigDecimal("300000000");
        long callId = calls.create(draft.build());
        calls.publish(callId);
        long applicant = accounts.as("t_applicant").userId();

        long load = System.nanoTime();
        List<Long> organizations = organizations();
        List<String> statuses = statuses();
        ResearchField[] fields = ResearchField.values();
        Timestamp now = Timestamp.from(Instant.now());
        String prefix = "B" + (System.nanoTime() % 1_000_000_000L) + "-";
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < PROPOSALS; i++) {
            rows.add(new Object[] {callId, applicant, organizations.get(i % ORGANIZATIONS), prefix + i, statuses.get(i),
                    "性能测试项目 " + i, fields[i % fields.length].name(), now, now, now, prefix + "pi-" + i});
        }
        jdbc.batchUpdate("""
                insert into proposal (call_id, applicant_id, organization_id, number, status, title, field,
                                      created_at, updated_at, submitted_at, process_instance_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        List<Row> proposals = jdbc.query("select id, status, process_instance_id from proposal where call_id = ?",
                (rs, i) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3)), callId);

        List<Object[]> budget = new ArrayList<>();
        List<Object[]> assignments = new ArrayList<>();
        List<Object[]> aggregates = new ArrayList<>();
        List<Object[]> results = new ArrayList<>();
        List<Object[]> tasks = new ArrayList<>();
        int n = 0;
        for (Row p : proposals) {
            long id = p.id();
            String status = p.status();
            budget.add(new Object[] {id, "EQUIPMENT", new BigDecimal("200000"), new BigDecimal("100000")});
            budget.add(new Object[] {id, "LABOUR", new BigDecimal("100000"), BigDecimal.ZERO});
            boolean passed = List.of("EXPERT_REVIEW", "REVIEWED", "OPINION_GIVEN", "APPROVED", "NOT_APPROVED").contains(status);
            boolean reviewed = passed && !"EXPERT_REVIEW".equals(status);
            if (passed) {
                for (int e = 0; e < experts.size(); e++) {
                    String a = reviewed ? "SUBMITTED" : e == 0 ? "DECLINED" : e == 1 ? "ACCEPTED" : "INVITED";
                    assignments.add(new Object[] {id, experts.get(e), a, Timestamp.from(Instant.now()
                            .plus(Duration.ofDays(n % 20 - 5))), now});
                }
            }
            if (reviewed) {
                aggregates.add(new Object[] {id, new BigDecimal("250000"), now});
            }
            if ("APPROVED".equals(status) || "NOT_APPROVED".equals(status)) {
                boolean approved = "APPROVED".equals(status);
                results.add(new Object[] {id, approved, approved ? new BigDecimal("250000") : null, now});
            }
            int steps = reviewed ? STEPS.size() : passed ? 2 : 1;
            for (int s = 0; s < steps; s++) {
                long millis = Duration.ofHours(6 + (n % 200)).toMillis();
                tasks.add(new Object[] {prefix + "t-" + n + "-" + s, STEPS.get(s), p.processInstance(),
                        now, Timestamp.from(now.toInstant().plusMillis(millis)), millis});
            }
            n++;
        }
        jdbc.batchUpdate("insert into proposal_budget_line (proposal_id, category, requested, self_raised) values (?, ?, ?, ?)", budget);
        jdbc.batchUpdate("insert into review_assignment (proposal_id, expert_id, status, due_at, created_at) values (?, ?, ?, ?, ?)",
                assignments);
        jdbc.batchUpdate("""
                insert into review_aggregate (proposal_id, round, rule_applied, reviews, score, mean, standard_deviation,
                    spread, mean_recommended_budget, strongly_support, support, not_support, inputs, divergent, computed_at)
                values (?, 1, 'MEAN', 5, 80, 80, 2, 5, ?, 1, 4, 0, '[]', false, ?)""", aggregates);
        jdbc.batchUpdate("insert into proposal_result (proposal_id, approved, funded_amount, finalized_at) values (?, ?, ?, ?)",
                results);
        jdbc.batchUpdate("""
                insert into ACT_HI_ACTINST (ID_, REV_, PROC_DEF_ID_, EXECUTION_ID_, ACT_TYPE_, ACT_ID_, PROC_INST_ID_,
                    START_TIME_, END_TIME_, DURATION_)
                values (?, 1, 'proposalApproval:1:bench', 'bench', 'userTask', ?, ?, ?, ?, ?)""", tasks);
        // as autovacuum would have done by the time anyone opens the dashboard
        jdbc.execute("analyze");
        Duration loaded = Duration.ofNanos(System.nanoTime() - load);

        accounts.as("t_officer");
        StringBuilder report = new StringBuilder("Dashboard benchmark: " + proposals.size() + " proposals, "
                + assignments.size() + " assignments, " + tasks.size() + " engine tasks (loaded in "
                + loaded.toSeconds() + " s)\n");
        report.append(time("one call", () -> dashboard.figures(callId)));
        report.append(time("all calls", () -> dashboard.figures(null)));
        // where the time of one call goes
        report.append(time("  by status", () -> queries.byStatus(callId)));
        report.append(time("  reviews", () -> queries.reviews(callId, Instant.now())));
        report.append(time("  amounts", () -> queries.amounts(callId)));
        report.append(time("  by field", () -> queries.byField(callId)));
        report.append(time("  by organization", () -> queries.byOrganization(callId)));
        report.append(time("  step times", () -> history.stepTimes(callId)));
        DashboardFigures f = dashboard.figures(callId);
        report.append("check: submitted ").append(f.funnel().get(0).proposals()).append(", approved ")
                .append(f.funnel().get(3).proposals()).append(", organizations listed ").append(f.byOrganization().size())
                .append('\n');
        System.out.println(report);
        Files.createDirectories(Path.of("target/benchmark"));
        Files.writeString(Path.of("target/benchmark/dashboard.txt"), report);
    }

    record Row(long id, String status, String processInstance) {
    }

    private String time(String what, Runnable work) {
        for (int i = 0; i < 3; i++) {
            work.run();
        }
        long[] ms = new long[10];
        for (int i = 0; i < ms.length; i++) {
            long start = System.nanoTime();
            work.run();
            ms[i] = Duration.ofNanos(System.nanoTime() - start).toMillis();
        }
        Arrays.sort(ms);
        return "%s: median %d ms, min %d ms, max %d ms (10 runs after 3 warm-ups)%n".formatted(what, ms[5], ms[0], ms[9]);
    }

    private List<Long> organizations() {
        List<Object[]> rows = new ArrayList<>();
        String run = String.format("%06d", System.nanoTime() % 1_000_000);
        for (int i = 0; i < ORGANIZATIONS; i++) {
            // unique 18-character codes; the benchmark never validates them
            rows.add(new Object[] {"性能测试单位 " + run + "-" + i, "BM" + run + String.format("%010d", i), "COMPANY"});
        }
        jdbc.batchUpdate("insert into organization (name, credit_code, kind) values (?, ?, ?)", rows);
        return jdbc.queryForList("select id from organization where name like ? order by id", Long.class,
                "性能测试单位 " + run + "-%");
    }

    private static List<String> statuses() {
        List<String> list = new ArrayList<>();
        SHARES.forEach((status, percent) -> {
            for (int i = 0; i < PROPOSALS * percent / 100; i++) {
                list.add(status);
            }
        });
        java.util.Collections.shuffle(list, new java.util.Random(42));
        return list;
    }
}
