package org.lixiang.bench;

import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/** Latencies (HdrHistogram, microseconds), JDBC statements and transactions of one step type in one phase. */
final class StepStats {

    final String step;
    final int workers;
    private final Histogram latency = new Histogram(TimeUnit.MINUTES.toMicros(30), 3);
    private long statements;
    private long transactions;
    long wallNanos;
    /** Transactions per step as PostgreSQL counted them (pg_stat_database), or NaN if not read. */
    double pgTransactionsPerStep = Double.NaN;
    /** CPU milliseconds per step over the phase: this JVM's, and the PostgreSQL server's (NaN if not read). */
    double jvmCpuMillisPerStep = Double.NaN;
    /** Of the JVM's CPU per step, its JIT compiler threads' (NaN if not read). */
    double jitCpuMillisPerStep = Double.NaN;
    double dbCpuMillisPerStep = Double.NaN;
    /** The statements of one step (the first to start), to see what a step does. */
    volatile java.util.List<SqlCounter.Captured> sample;
    final java.util.concurrent.atomic.AtomicBoolean sampling = new java.util.concurrent.atomic.AtomicBoolean();

    /** Starts counting a step on this thread; the first step of the phase also records its statements. */
    SqlCounter.Counts start() {
        if (sampling.compareAndSet(false, true)) {
            sample = SqlCounter.capture();
            return SqlCounter.current();
        }
        return SqlCounter.reset();
    }

    /** The most frequent statements of the sample (by table and kind), most first. */
    String sampleSummary(int top) {
        java.util.List<SqlCounter.Captured> s = sample;
        if (s == null) {
            return "";
        }
        java.util.Map<String, Long> byShape = s.stream().collect(java.util.stream.Collectors.groupingBy(
                c -> shape(c.sql()), java.util.LinkedHashMap::new, java.util.stream.Collectors.counting()));
        return byShape.entrySet().stream().sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(top).map(e -> e.getValue() + "× " + e.getKey())
                .collect(java.util.stream.Collectors.joining("; "));
    }

    /** "select proposal", "insert act_hi_actinst", …: the statement's verb and first table. */
    static String shape(String sql) {
        if (sql == null) {
            return "?";
        }
        String q = sql.trim().toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ");
        String verb = q.split(" ")[0];
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                verb.equals("select") ? " from ([a-z_.]+)" : verb.equals("insert") ? "into ([a-z_.]+)"
                        : verb.equals("update") ? "update ([a-z_.]+)" : verb.equals("delete") ? "from ([a-z_.]+)" : "^([a-z]+)")
                .matcher(q);
        return verb + " " + (m.find() ? m.group(1) : "?");
    }

    StepStats(String step, int workers) {
        this.step = step;
        this.workers = workers;
    }

    synchronized void record(long nanos, SqlCounter.Counts counts) {
        latency.recordValue(Math.max(1, TimeUnit.NANOSECONDS.toMicros(nanos)));
        statements += counts.statements;
        transactions += counts.transactions;
    }

    synchronized long count() {
        return latency.getTotalCount();
    }

    /** The steps' summed latency. */
    synchronized double totalMillis() {
        return latency.getMean() * latency.getTotalCount() / 1000.0;
    }

    double perSecond() {
        return wallNanos == 0 ? Double.NaN : count() * 1e9 / wallNanos;
    }

    synchronized double millisAt(double percentile) {
        return latency.getValueAtPercentile(percentile) / 1000.0;
    }

    synchronized double statementsPerStep() {
        return count() == 0 ? Double.NaN : (double) statements / count();
    }

    synchronized double transactionsPerStep() {
        return count() == 0 ? Double.NaN : (double) transactions / count();
    }
}
