package org.lixiang.bench;

import static org.lixiang.bench.Report.f;

import java.util.ArrayList;
import java.util.List;

/** The big lists: service time of each grid's first page without and with the indexes of V12 and V13, and the plans. */
final class BigListReport {

    private BigListReport() {
    }

    private static String scans(BigLists.Measured m) {
        return m.seqScans().isEmpty() ? "" : " (seq scan: " + String.join(", ", m.seqScans()) + ")";
    }

    static void write(Report report, int proposals, List<BigLists.Measured> before, List<BigLists.Measured> after) {
        report.heading("3. Big lists (" + proposals + " proposals in the database)")
                .text("Server time of each grid's first page (" + BigLists.PAGE + " rows) plus its count, through the"
                        + " services as the screen's user, warm; median and p95 of the runs (db: PostgreSQL's own execution"
                        + " time of the same statements, from EXPLAIN ANALYZE, which the JVM's noise does not reach)."
                        + " Target < 200 ms. The dashboard opens on figures computed at most a minute before"
                        + " (FigureSnapshots); computing them is measured too: the background pass does it once per"
                        + " 30 s for each scope someone watches, and the \"refresh now\" button on request."
                        + (before.isEmpty() ? "" : " \"without " + BigLists.INDEXES + "\": those migrations' indexes dropped;"
                        + " \"with " + BigLists.INDEXES + "\": created again (as the migrations do), then ANALYZE."));
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < after.size(); i++) {
            BigLists.Measured a = after.get(i);
            BigLists.Measured b = before.isEmpty() ? null : before.get(i);
            rows.add(List.of(a.list(),
                    b == null ? "–" : f(b.medianMillis(), 1) + " / " + f(b.p95Millis(), 1) + " (db " + f(b.databaseMillis(), 1)
                            + ")" + scans(b),
                    f(a.medianMillis(), 1) + " / " + f(a.p95Millis(), 1) + " (db " + f(a.databaseMillis(), 1) + ")" + scans(a),
                    String.valueOf(a.statements()), BigLists.BACKGROUND.contains(a.list())
                            ? "(no target: nobody waits)" : a.p95Millis() < 200 ? "met" : "NOT met"));
        }
        report.table(List.of("list", "without " + BigLists.INDEXES + ": median / p95 ms",
                "with " + BigLists.INDEXES + ": median / p95 ms", "SQL statements",
                "< 200 ms"), rows);
        report.heading("3a. Query plans (EXPLAIN (ANALYZE, BUFFERS) of the SQL the services ran)");
        for (int i = 0; i < after.size(); i++) {
            if (!before.isEmpty()) {
                report.text("**" + before.get(i).list() + " — without " + BigLists.INDEXES + "**");
                before.get(i).plans().forEach(report::code);
            }
            report.text("**" + after.get(i).list() + (before.isEmpty() ? "" : " — with " + BigLists.INDEXES) + "**");
            after.get(i).plans().forEach(report::code);
        }
    }
}
