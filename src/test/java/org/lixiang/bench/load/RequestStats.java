package org.lixiang.bench.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/**
 * Every HTTP request's latency, measured by the client from sending the request to having read
 * the whole response (on loopback, so it is the server's response time plus a little of the
 * client's own scheduling), in HdrHistogram per kind of request and per phase of the run: the
 * ramp-up (which holds the logins), the measurement window, and the drain after it. A request
 * belongs to the phase in which it started. Failed requests are counted apart and never enter a
 * histogram.
 */
public final class RequestStats implements FlowClient.Recorder {

    public enum Phase { RAMP_UP, WINDOW, DRAIN }

    /** One kind of request in one phase. */
    public static final class Kind {
        final Histogram micros = new Histogram(TimeUnit.MINUTES.toMicros(10), 3);
        long errors;
        final List<String> firstErrors = new ArrayList<>();

        public long count() {
            return micros.getTotalCount();
        }

        public long errors() {
            return errors;
        }

        public double millisAt(double percentile) {
            return count() == 0 ? Double.NaN : micros.getValueAtPercentile(percentile) / 1000.0;
        }

        public double maxMillis() {
            return count() == 0 ? Double.NaN : micros.getMaxValue() / 1000.0;
        }

        public double meanMillis() {
            return count() == 0 ? Double.NaN : micros.getMean() / 1000.0;
        }

        public List<String> firstErrors() {
            return firstErrors;
        }
    }

    private final Map<Phase, Map<String, Kind>> phases = new LinkedHashMap<>();
    private volatile long windowStart = Long.MAX_VALUE;
    private volatile long windowEnd = Long.MAX_VALUE;

    public RequestStats() {
        for (Phase p : Phase.values()) {
            phases.put(p, new LinkedHashMap<>());
        }
    }

    public void windowStarts(long nanoTime) {
        windowStart = nanoTime;
    }

    public void windowEnds(long nanoTime) {
        windowEnd = nanoTime;
    }

    @Override
    public void request(String kind, long nanos, String error) {
        long started = System.nanoTime() - nanos;
        Phase phase = started - windowStart < 0 ? Phase.RAMP_UP : started - windowEnd < 0 ? Phase.WINDOW : Phase.DRAIN;
        synchronized (this) {
            Kind k = phases.get(phase).computeIfAbsent(kind, n -> new Kind());
            if (error == null) {
                k.micros.recordValue(Math.max(1, Math.min(TimeUnit.NANOSECONDS.toMicros(nanos), k.micros.getHighestTrackableValue())));
            } else {
                k.errors++;
                if (k.firstErrors.size() < 5) {
                    k.firstErrors.add(error);
                }
            }
        }
    }

    /** The kinds of a phase, in the order they first occurred. */
    public synchronized Map<String, Kind> kinds(Phase phase) {
        return new LinkedHashMap<>(phases.get(phase));
    }

    /** All kinds of a phase together. */
    public synchronized Kind all(Phase phase) {
        Kind all = new Kind();
        for (Kind k : phases.get(phase).values()) {
            all.micros.add(k.micros);
            all.errors += k.errors;
            for (String e : k.firstErrors) {
                if (all.firstErrors.size() < 5) {
                    all.firstErrors.add(e);
                }
            }
        }
        return all;
    }

    /** Failed requests over the whole run, every phase. */
    public synchronized long errors() {
        return phases.values().stream().flatMap(m -> m.values().stream()).mapToLong(k -> k.errors).sum();
    }
}
