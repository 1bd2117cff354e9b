package org.lixiang.bench.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What the server and the machine did during the window, read cheaply: CPU time of the server's
 * process, of all PostgreSQL processes (every database on the server, other people's work
 * included) and of this JVM (the load client) from {@code /proc}; the machine's busy share from
 * {@code /proc/stat}; and from the server's own {@code /actuator/prometheus} (ADMIN over HTTP
 * Basic): its heap in use, threads waiting for a pooled connection and busy Tomcat threads (gauges,
 * sampled every 10 s), GC pauses, and {@code http_server_requests}
 * — the server's own timing of each request, from Spring's filter chain to the response, without
 * the time a request waited for a Tomcat thread — as a histogram (the jar runs with
 * {@code management.metrics.distribution.percentiles-histogram.http.server.requests=true}).
 */
public final class ServerWatch implements AutoCloseable {

    /** Counters at one moment. */
    public record Snapshot(long nanoTime, long serverCpuTicks, Map<Long, Long> postgresCpuTicks, long clientCpuNanos,
                           long machineTotalTicks, long machineIdleTicks, Map<Double, Double> httpBuckets, double httpCount,
                           double httpSum, double gcPauseSeconds, double gcPauses) {
    }

    /** The window's figures. */
    public record Summary(double seconds, double serverCores, double postgresCores, double clientCores, double machineBusy,
                          double maxHeapMb, long httpRequests, double httpMeanMillis, double httpP50Millis,
                          double httpP95Millis, double httpP99Millis, double gcPauseSeconds, long gcPauses,
                          int maxPoolWaiting, int maxBusyThreads) {
    }

    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{(.*)})? ([-+0-9.eEnaNInf]+)$");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_]+)=\"([^\"]*)\"");
    private static final long TICKS_PER_SECOND = 100; // USER_HZ on Linux

    private final long serverPid;
    private final URI base;
    private final String authorization;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final AtomicLong maxHeapBytes = new AtomicLong();
    private final AtomicLong maxPoolWaiting = new AtomicLong();
    private final AtomicLong maxBusyThreads = new AtomicLong();
    private ScheduledExecutorService sampler;

    public ServerWatch(long serverPid, URI base, String adminUser, String adminPassword) {
        this.serverPid = serverPid;
        this.base = base;
        this.authorization = "Basic " + Base64.getEncoder().encodeToString(
                (adminUser + ":" + adminPassword).getBytes(StandardCharsets.UTF_8));
    }

    /** Starts sampling the gauges every 10 s. */
    public ServerWatch startSampling() {
        sampler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "server-watch");
            t.setDaemon(true);
            return t;
        });
        sampler.scheduleWithFixedDelay(() -> {
            try {
                heap(metrics());
            } catch (RuntimeException e) {
                // a missed sample; the next one comes
            }
        }, 0, 10, TimeUnit.SECONDS);
        return this;
    }

    public Snapshot snapshot() {
        String metrics = metrics();
        heap(metrics);
        Map<Double, Double> buckets = new TreeMap<>();
        double count = 0;
        double sum = 0;
        double gc = 0;
        double gcCount = 0;
        for (String line : metrics.split("\n")) {
            Matcher m = SAMPLE.matcher(line);
            if (!m.matches()) {
                continue;
            }
            String name = m.group(1);
            Map<String, String> labels = labels(m.group(3));
            double value = Double.parseDouble(m.group(4));
            if (name.startsWith("http_server_requests_seconds") && !labels.getOrDefault("uri", "").startsWith("/actuator")) {
                switch (name) {
                    case "http_server_requests_seconds_bucket" -> buckets.merge(
                            labels.get("le").equals("+Inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(labels.get("le")),
                            value, Double::sum);
                    case "http_server_requests_seconds_count" -> count += value;
                    case "http_server_requests_seconds_sum" -> sum += value;
                    default -> { }
                }
            } else if (name.equals("jvm_gc_pause_seconds_sum")) {
                gc += value;
            } else if (name.equals("jvm_gc_pause_seconds_count")) {
                gcCount += value;
            }
        }
        long[] machine = machineTicks();
        return new Snapshot(System.nanoTime(), cpuTicks(serverPid), postgresTicks(),
                ProcessHandle.current().info().totalCpuDuration().map(Duration::toNanos).orElse(0L),
                machine[0], machine[1], buckets, count, sum, gc, gcCount);
    }

    public Summary between(Snapshot a, Snapshot b) {
        double seconds = (b.nanoTime() - a.nanoTime()) / 1e9;
        Map<Double, Double> delta = new TreeMap<>();
        b.httpBuckets().forEach((le, n) -> delta.put(le, n - a.httpBuckets().getOrDefault(le, 0.0)));
        long requests = Math.round(b.httpCount() - a.httpCount());
        double total = b.machineTotalTicks() - a.machineTotalTicks();
        return new Summary(seconds,
                (b.serverCpuTicks() - a.serverCpuTicks()) / (double) TICKS_PER_SECOND / seconds,
                postgresDelta(a.postgresCpuTicks(), b.postgresCpuTicks()) / (double) TICKS_PER_SECOND / seconds,
                (b.clientCpuNanos() - a.clientCpuNanos()) / 1e9 / seconds,
                total == 0 ? Double.NaN : 1 - (b.machineIdleTicks() - a.machineIdleTicks()) / total,
                maxHeapBytes.get() / (1024.0 * 1024.0), requests,
                requests == 0 ? Double.NaN : (b.httpSum() - a.httpSum()) / requests * 1000,
                percentile(delta, 0.50), percentile(delta, 0.95), percentile(delta, 0.99),
                b.gcPauseSeconds() - a.gcPauseSeconds(), Math.round(b.gcPauses() - a.gcPauses()),
                (int) maxPoolWaiting.get(), (int) maxBusyThreads.get());
    }

    /** A percentile from cumulative bucket counts, interpolated linearly inside its bucket (as Prometheus does). */
    static double percentile(Map<Double, Double> cumulative, double q) {
        if (cumulative.isEmpty()) {
            return Double.NaN;
        }
        double total = cumulative.entrySet().stream().filter(e -> e.getKey().isInfinite()).mapToDouble(Map.Entry::getValue)
                .findFirst().orElse(cumulative.values().stream().mapToDouble(Double::doubleValue).max().orElse(0));
        if (total <= 0) {
            return Double.NaN;
        }
        double rank = q * total;
        double lowerBound = 0;
        double lowerCount = 0;
        for (Map.Entry<Double, Double> e : cumulative.entrySet()) {
            if (e.getValue() >= rank) {
                if (e.getKey().isInfinite()) {
                    return lowerBound * 1000;
                }
                double inBucket = e.getValue() - lowerCount;
                double share = inBucket == 0 ? 0 : (rank - lowerCount) / inBucket;
                return (lowerBound + (e.getKey() - lowerBound) * share) * 1000;
            }
            lowerBound = e.getKey();
            lowerCount = e.getValue();
        }
        return lowerBound * 1000;
    }

    /** The sampled gauges: heap in use, threads waiting for a database connection, busy Tomcat threads. */
    private void heap(String metrics) {
        double used = 0;
        for (String line : metrics.split("\n")) {
            double value = line.startsWith("#") || line.isBlank() ? 0 : number(line.substring(line.lastIndexOf(' ') + 1));
            if (line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\"")) {
                used += value;
            } else if (line.startsWith("hikaricp_connections_pending{")) {
                maxPoolWaiting.accumulateAndGet((long) value, Math::max);
            } else if (line.startsWith("tomcat_threads_busy_threads{")) {
                maxBusyThreads.accumulateAndGet((long) value, Math::max);
            }
        }
        long bytes = (long) used;
        maxHeapBytes.accumulateAndGet(bytes, Math::max);
    }

    private static double number(String text) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return 0; // +Inf and the like: not a gauge we read
        }
    }

    private String metrics() {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve("actuator/prometheus"))
                    .header("Authorization", authorization).timeout(Duration.ofSeconds(20)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("/actuator/prometheus answered " + r.statusCode());
            }
            return r.body();
        } catch (IOException e) {
            throw new IllegalStateException("/actuator/prometheus: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> labels(String text) {
        Map<String, String> out = new TreeMap<>();
        if (text != null) {
            Matcher m = LABEL.matcher(text);
            while (m.find()) {
                out.put(m.group(1), m.group(2));
            }
        }
        return out;
    }

    /** utime + stime of a process, in clock ticks. */
    static long cpuTicks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]); // fields 14 and 15 of stat(5)
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** CPU ticks of each PostgreSQL process (pid → ticks). */
    private static Map<Long, Long> postgresTicks() {
        Map<Long, Long> out = new TreeMap<>();
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            procs.filter(p -> p.getFileName().toString().matches("\\d+")).forEach(p -> {
                try {
                    if (Files.readString(p.resolve("stat")).contains("(postgres)")) {
                        long pid = Long.parseLong(p.getFileName().toString());
                        out.put(pid, cpuTicks(pid));
                    }
                } catch (IOException | RuntimeException gone) {
                    // the process ended meanwhile
                }
            });
        } catch (IOException e) {
            // no /proc: no figure
        }
        return out;
    }

    /** Ticks used between two reads by the processes alive at the second (a process that ended meanwhile is lost). */
    private static long postgresDelta(Map<Long, Long> a, Map<Long, Long> b) {
        long sum = 0;
        for (Map.Entry<Long, Long> e : b.entrySet()) {
            sum += e.getValue() - a.getOrDefault(e.getKey(), 0L);
        }
        return sum;
    }

    /** Total and idle (idle + iowait) ticks of all CPUs. */
    private static long[] machineTicks() {
        try {
            List<String> lines = Files.readAllLines(Path.of("/proc/stat"));
            String[] f = lines.get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < f.length && i <= 8; i++) {
                total += Long.parseLong(f[i]);
            }
            return new long[] {total, Long.parseLong(f[4]) + Long.parseLong(f[5])};
        } catch (IOException | RuntimeException e) {
            return new long[] {0, 0};
        }
    }

    @Override
    public void close() {
        if (sampler != null) {
            sampler.shutdownNow();
        }
    }
}
