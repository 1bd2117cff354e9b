package org.lixiang.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lixiang.base.ResearchField;
import org.lixiang.decision.PublicList;
import org.lixiang.proposal.ProposalStatus;
import org.lixiang.proposal.ProposalSummary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The first page of each main grid, as its screen asks the services (page size 50, Vaadin's
 * default, plus the count the grid asks for), timed warm, and the SQL each ran captured and
 * EXPLAINed (ANALYZE, BUFFERS) with the same parameters.
 */
final class BigLists {

    static final int PAGE = 50;
    /** The migrations that added indexes because of these lists: dropped for the "without" column. */
    static final List<String> INDEX_MIGRATIONS = List.of("db/migration/V12__bench_indexes.sql",
            "db/migration/V13__public_list_indexes.sql");
    /** How the report names them. */
    static final String INDEXES = "V12, V13";
    private static final java.util.Set<ProposalStatus> IN_REVIEW = java.util.EnumSet.of(ProposalStatus.EXPERT_REVIEW,
            ProposalStatus.REVIEWED);

    /** One list: median and p95 service time of {@code runs} warm runs, statements, and the plans. */
    record Measured(String list, double medianMillis, double p95Millis, long statements, List<String> plans) {
        /** PostgreSQL's own execution time of the list's statements (sum of EXPLAIN ANALYZE's Execution Time). */
        double databaseMillis() {
            double sum = 0;
            for (String plan : plans) {
                Matcher m = EXECUTION.matcher(plan);
                if (m.find()) {
                    sum += Double.parseDouble(m.group(1));
                }
            }
            return sum;
        }

        /** Tables read whole (Seq Scan) that grow with the proposals; small lookup tables are left out. */
        java.util.Set<String> seqScans() {
            java.util.Set<String> tables = new java.util.TreeSet<>();
            for (String plan : plans) {
                Matcher m = SEQ_SCAN.matcher(plan);
                while (m.find()) {
                    if (!SMALL.contains(m.group(1))) {
                        tables.add(m.group(1));
                    }
                }
            }
            return tables;
        }
    }

    static final String DASHBOARD_ONE = "dashboard opening, one call (its snapshot)";
    static final String DASHBOARD_ALL = "dashboard opening, all calls (their snapshot)";
    static final String COMPUTE_ONE = "dashboard figures computed, one call (background pass, refresh now)";
    static final String COMPUTE_ALL = "dashboard figures computed, all calls (background pass, refresh now)";
    /** Work nobody waits for on opening: once an interval per watched scope, or on "refresh now". */
    static final java.util.Set<String> BACKGROUND = java.util.Set.of(COMPUTE_ONE, COMPUTE_ALL);
    private static final Pattern EXECUTION = Pattern.compile("Execution Time: ([0-9.]+) ms");
    private static final Pattern SEQ_SCAN = Pattern.compile("Seq Scan on (\\w+)");
    private static final java.util.Set<String> SMALL = java.util.Set.of("call_for_proposals", "organization",
            "funding_plan", "call_field", "call_criterion");
    private final Portal portal;
    private final BenchPeople people;

    BigLists(Portal portal, BenchPeople people) {
        this.portal = portal;
        this.people = people;
    }

    List<Measured> measure(BigListSeeder.Seeded data, int runs, boolean explain) {
        long openCall = data.calls().get(data.calls().size() - 1);
        Authentication officer = people.named("t_officer");
        Authentication applicant = people.user(data.heavyApplicantId());
        Map<String, Map.Entry<Authentication, Supplier<Object>>> lists = new LinkedHashMap<>();
        lists.put("formal review queue: calls waiting (picker)", Map.entry(officer, () -> portal.formal().callsWaiting()));
        lists.put("formal review queue, first page + count", Map.entry(officer, () -> List.of(
                portal.formal().queue(openCall, null, "", 0, PAGE), portal.formal().countQueue(openCall, null, ""))));
        lists.put("formal review queue, filtered search (field + text)", Map.entry(officer, () -> List.of(
                portal.formal().queue(openCall, ResearchField.EQUIPMENT, "隧道", 0, PAGE),
                portal.formal().countQueue(openCall, ResearchField.EQUIPMENT, "隧道"))));
        lists.put("applicant's proposals, first page + count", Map.entry(applicant, () -> List.of(
                portal.proposals().mine(0, PAGE), portal.proposals().countMine())));
        lists.put("review progress, first page + count", Map.entry(officer, () -> {
            List<ProposalSummary> page = portal.directory().inStates(openCall, IN_REVIEW, 0, PAGE);
            return List.of(portal.outcomes().progress(page.stream().map(ProposalSummary::id).toList()),
                    portal.directory().countInStates(openCall, IN_REVIEW));
        }));
        long finishedCall = data.calls().get(0);
        lists.put("a call's figures (decision rounds: received, screened out, reviewed, approved, funded)",
                Map.entry(officer, () -> portal.plans().numbers(finishedCall)));
        // the bureau's dashboard (tracking): counts, funnel, reviews, step times, amounts, by field and
        // organization — for one call and for all 100,000 proposals. Opening shows the snapshot at most
        // a minute old; computing it is the background pass's work (and the "refresh now" button's)
        lists.put(DASHBOARD_ONE, Map.entry(officer, () -> portal.dashboard().figures(openCall)));
        lists.put(DASHBOARD_ALL, Map.entry(officer, () -> portal.dashboard().figures(null)));
        lists.put(COMPUTE_ONE, Map.entry(officer, () -> portal.dashboard().refreshedFigures(openCall)));
        lists.put(COMPUTE_ALL, Map.entry(officer, () -> portal.dashboard().refreshedFigures(null)));
        // the publicity page as it opens (all calls), narrowed to a call and searched, and searched over all calls
        PublicList.Filter all = PublicList.Filter.ALL;
        PublicList.Filter oneCall = new PublicList.Filter(finishedCall, "隧道");
        PublicList.Filter search = new PublicList.Filter(null, "隧道");
        lists.put("public list, first page + count (all calls)", Map.entry(applicant, () -> List.of(
                portal.publicList().page(all, 0, PAGE), portal.publicList().count(all))));
        lists.put("public list, filtered page + count (one call, text)", Map.entry(applicant, () -> List.of(
                portal.publicList().page(oneCall, 0, PAGE), portal.publicList().count(oneCall))));
        lists.put("public list, searched page + count (all calls, text)", Map.entry(applicant, () -> List.of(
                portal.publicList().page(search, 0, PAGE), portal.publicList().count(search))));
        List<Measured> out = new ArrayList<>();
        lists.forEach((name, e) -> out.add(measure(name, e.getKey(), e.getValue(), runs, explain)));
        return out;
    }

    private Measured measure(String name, Authentication who, Supplier<Object> list, int runs, boolean explain) {
        SecurityContextHolder.getContext().setAuthentication(who);
        try {
            for (int i = 0; i < Math.min(3, runs); i++) {
                list.get(); // warm
            }
            StepStats stats = new StepStats(name, 1);
            for (int i = 0; i < runs; i++) {
                SqlCounter.Counts c = SqlCounter.reset();
                long t0 = System.nanoTime();
                list.get();
                stats.record(System.nanoTime() - t0, c);
            }
            List<SqlCounter.Captured> captured = SqlCounter.capture();
            list.get();
            SqlCounter.reset();
            List<String> plans = explain ? captured.stream().map(this::explain).toList() : List.of();
            return new Measured(name, stats.millisAt(50), stats.millisAt(95), Math.round(stats.statementsPerStep()), plans);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private String explain(SqlCounter.Captured q) {
        String sql = q.sql();
        if (sql == null || !sql.trim().toLowerCase().startsWith("select")) {
            return "(not a query) " + sql;
        }
        List<String> lines = portal.jdbc().query("explain (analyze, buffers) " + sql, ps -> {
            for (Map.Entry<Integer, Object> p : q.parameters().entrySet()) {
                if (p.getValue() instanceof SqlCounter.Null n) {
                    ps.setNull(p.getKey(), n.sqlType());
                } else {
                    ps.setObject(p.getKey(), p.getValue());
                }
            }
        }, (rs, i) -> rs.getString(1));
        return sql + "\n\n" + String.join("\n", lines);
    }

    /** The index names those migrations create (none if there are none). */
    static List<String> benchIndexes() {
        String sql = indexSql();
        List<String> names = new ArrayList<>();
        Matcher m = Pattern.compile("(?i)create\\s+index\\s+(\\w+)").matcher(sql);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    static String indexSql() {
        StringBuilder sql = new StringBuilder();
        for (String migration : INDEX_MIGRATIONS) {
            try (InputStream in = BigLists.class.getClassLoader().getResourceAsStream(migration)) {
                if (in != null) {
                    sql.append(new String(in.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return sql.toString();
    }

    /** Drops the indexes (to measure without them). */
    static void dropIndexes(JdbcTemplate jdbc) {
        benchIndexes().forEach(i -> jdbc.execute("drop index if exists " + i));
        jdbc.execute("analyze");
    }

    /** Creates the indexes again, as the migrations do (their other statements, such as V13's new column, stay done). */
    static void createIndexes(JdbcTemplate jdbc) {
        for (String statement : indexSql().replaceAll("(?m)^\\s*--.*$", "").split(";")) {
            if (statement.strip().toLowerCase(java.util.Locale.ROOT).startsWith("create index")) {
                jdbc.execute(statement);
            }
        }
        jdbc.execute("analyze");
    }
}
