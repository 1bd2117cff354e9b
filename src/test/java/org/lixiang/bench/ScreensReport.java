package org.lixiang.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.lixiang.bench.load.LoadRun;
import org.lixiang.bench.load.RequestStats;
import org.lixiang.bench.load.ServerWatch;

/** The screens-under-load run as Markdown ({@code target/bench/screens-under-load.md}). */
final class ScreensReport {

    static final double TARGET_P95_MILLIS = 100;

    record Run(String started, LoadRun.Settings settings, int reviewsPerExpert, String serverHeap,
               AcceptedReviews.Seeded seeded, List<List<String>> machine, LoadRun.Result result,
               ServerWatch.Summary resources, List<String> problems, String loadBefore, String loadAfter) {
    }

    private ScreensReport() {
    }

    static String markdown(Run run) {
        LoadRun.Result r = run.result();
        LoadRun.Settings s = run.settings();
        double windowSeconds = r.windowNanos() / 1e9;
        RequestStats.Kind all = r.stats().all(RequestStats.Phase.WINDOW);
        Report md = new Report();
        md.text(String.format("Run of %s UTC: %d simulated experts, each in its own session, against the production jar "
                        + "(Vaadin production mode, its own process, -Xmx%s, pool of 10 connections); think time uniform "
                        + "%s–%s s between actions; ramp-up %d s, measurement window %.0f s. Latency is measured by the client "
                        + "on loopback, from sending a request to having read the whole response.", run.started(), s.users(),
                run.serverHeap(), Report.f(s.thinkMin().toMillis() / 1000.0, 1), Report.f(s.thinkMax().toMillis() / 1000.0, 1),
                s.rampUp().toSeconds(), windowSeconds));
        md.table(List.of("figure", "target", "measured", ""), List.of(List.of("p95 of every request in the window",
                "< " + Report.f(TARGET_P95_MILLIS, 0) + " ms", "**" + Report.f(all.millisAt(95), 1) + " ms** (p50 "
                        + Report.f(all.millisAt(50), 1) + ", p99 " + Report.f(all.millisAt(99), 1) + ", max "
                        + Report.f(all.maxMillis(), 0) + " ms; " + all.count() + " requests, "
                        + Report.f(all.count() / windowSeconds, 1) + "/s, " + all.errors() + " errors)",
                all.millisAt(95) < TARGET_P95_MILLIS ? "met" : "not met")));

        md.heading("Requests in the measurement window, by kind");
        md.table(List.of("request", "count", "per s", "p50 ms", "p95 ms", "p99 ms", "max ms", "errors"),
                rows(r.stats().kinds(RequestStats.Phase.WINDOW), windowSeconds, all));
        md.heading("Ramp-up (logins, first page loads; not in the figures above)");
        md.table(List.of("request", "count", "per s", "p50 ms", "p95 ms", "p99 ms", "max ms", "errors"),
                rows(r.stats().kinds(RequestStats.Phase.RAMP_UP), s.rampUp().toMillis() / 1000.0,
                        r.stats().all(RequestStats.Phase.RAMP_UP)));

        ServerWatch.Summary w = run.resources();
        md.heading("The server's own view and the resources, over the window");
        md.table(List.of("what", "value"), List.of(
                List.of("server's http_server_requests (Spring's timing, from the filter chain to the response)",
                        w.httpRequests() + " requests; mean " + Report.f(w.httpMeanMillis(), 1) + " ms, p50 "
                                + Report.f(w.httpP50Millis(), 1) + ", p95 " + Report.f(w.httpP95Millis(), 1) + ", p99 "
                                + Report.f(w.httpP99Millis(), 1) + " ms (from histogram buckets, interpolated)"),
                List.of("server process CPU", Report.f(w.serverCores(), 2) + " cores of 2; "
                        + Report.f(w.serverCores() * windowSeconds * 1000 / Math.max(1, all.count()), 1) + " ms of CPU per request, "
                        + Report.f(w.serverCores() * windowSeconds * 1000 / Math.max(1, r.actionsInWindow()), 1)
                        + " ms per user action"),
                List.of("PostgreSQL processes CPU (whole server, others' databases included)", Report.f(w.postgresCores(), 2) + " cores"),
                List.of("load client (this JVM) CPU", Report.f(w.clientCores(), 2) + " cores"),
                List.of("machine busy (all processes)", Report.f(w.machineBusy() * 100, 0) + " %"),
                List.of("server heap in use, highest sample (every 10 s)", Report.f(w.maxHeapMb(), 0) + " MB"),
                List.of("server GC pauses", w.gcPauses() + " pauses, " + Report.f(w.gcPauseSeconds() * 1000, 0) + " ms in total"),
                List.of("requests waiting for a database connection (pool of 10), highest sample", String.valueOf(w.maxPoolWaiting())),
                List.of("busy Tomcat threads, highest sample", String.valueOf(w.maxBusyThreads())),
                List.of("load average (1/5/15 min) before seeding / after the window", run.loadBefore() + " / " + run.loadAfter()),
                List.of("largest lag of an action behind its planned start", Report.f(r.maxLagMillis(), 0) + " ms"),
                List.of("user actions started in the window", String.valueOf(r.actionsInWindow()))));

        md.heading("Work done, checked in the database");
        List<List<String>> work = new ArrayList<>();
        work.add(List.of("experts seeded", s.users() + ", with " + run.seeded().minPerExpert() + "–"
                + run.seeded().maxPerExpert() + " accepted reviews each (" + run.seeded().proposals()
                + " proposals taken to expert review through the services in " + Report.f(run.seeded().millis() / 1000.0, 0)
                + " s)"));
        work.add(List.of("reviews submitted through the screens", r.submitted().size() + " (ramp-up, window and drain)"));
        work.add(List.of("checked in the database (assignment and review SUBMITTED, typed values stored)",
                run.problems().isEmpty() ? "all" : run.problems().size() + " problems: "
                        + String.join("; ", run.problems().subList(0, Math.min(5, run.problems().size())))));
        work.add(List.of("users whose session broke", r.failures().isEmpty() ? "none"
                : r.failures().size() + ": " + String.join("; ", r.failures().subList(0, Math.min(5, r.failures().size())))));
        work.add(List.of("users who ran out of tasks", String.valueOf(r.outOfWork())));
        md.table(List.of("what", "value"), work);
        if (all.errors() > 0 || r.stats().errors() > 0) {
            md.heading("Errors");
            r.stats().kinds(RequestStats.Phase.RAMP_UP).forEach((k, v) -> v.firstErrors().forEach(e -> md.text(k + ": " + e)));
            r.stats().kinds(RequestStats.Phase.WINDOW).forEach((k, v) -> v.firstErrors().forEach(e -> md.text(k + ": " + e)));
        }
        md.heading("Machine");
        List<List<String>> machine = new ArrayList<>();
        for (List<String> row : run.machine()) {
            // Machine.describe reads this JVM: the load client's, not the server's
            machine.add(row.get(0).equals("JVM") ? List.of("JVM of the load client", row.get(1)
                    + " (the server: -Xmx" + run.serverHeap() + ")") : row);
        }
        md.table(List.of("what", "value"), machine);
        return "# Screens under load\n" + md.markdown();
    }

    private static List<List<String>> rows(Map<String, RequestStats.Kind> kinds, double seconds, RequestStats.Kind all) {
        List<List<String>> rows = new ArrayList<>();
        kinds.forEach((name, k) -> rows.add(row(name, k, seconds)));
        rows.add(row("**all requests**", all, seconds));
        return rows;
    }

    private static List<String> row(String name, RequestStats.Kind k, double seconds) {
        return List.of(name, String.valueOf(k.count()), Report.f(k.count() / seconds, 1), Report.f(k.millisAt(50), 1),
                Report.f(k.millisAt(95), 1), Report.f(k.millisAt(99), 1), Report.f(k.maxMillis(), 1),
                String.valueOf(k.errors()));
    }
}
