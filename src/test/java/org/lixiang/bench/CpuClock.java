package org.lixiang.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * CPU time spent by this JVM and by the PostgreSQL server's processes, read around a phase: which
 * side of the connection a step's time goes to, and, on a machine where both share the cores, the
 * rate the step could reach at most (cores ÷ CPU per step). Between two runs of the same code it
 * moves about as much as the rate does (a busy machine makes every instruction dearer), so a
 * change is still judged by runs of old and new code alternated.
 * <p>
 * The server's figure is the sum of {@code /proc/<pid>/schedstat} over the processes named
 * {@code postgres}, so it needs the server on this machine (Linux); elsewhere it is NaN. It is
 * the whole server's work, another client's on the same server included. Backends
 * that end during the phase are not counted (the pool's connections stay open throughout). The
 * JVM's figure is the process's CPU time, its garbage collector and compiler included, counted by
 * the kernel in clock ticks (10 ms): exact enough over a phase of hundreds of steps, coarse for a
 * phase of one.
 */
final class CpuClock {

    private static final Path PROC = Path.of("/proc");

    /** The two clocks at one moment: the JVM's CPU time, and each server process's. */
    record Mark(long jvmNanos, Map<Long, Long> serverNanos) {

        /** JVM CPU milliseconds since this mark, per step. */
        double jvmMillisPer(long steps) {
            return (jvm() - jvmNanos) / 1e6 / steps;
        }

        /** Server CPU milliseconds since this mark, per step (processes started since count from zero). */
        double serverMillisPer(long steps) {
            Map<Long, Long> now = server();
            if (now.isEmpty()) {
                return Double.NaN;
            }
            long sum = 0;
            for (Map.Entry<Long, Long> p : now.entrySet()) {
                sum += p.getValue() - serverNanos.getOrDefault(p.getKey(), 0L);
            }
            return sum / 1e6 / steps;
        }
    }

    private CpuClock() {
    }

    static Mark mark() {
        return new Mark(jvm(), server());
    }

    private static long jvm() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** CPU nanoseconds of every process named postgres, by pid; empty where /proc does not tell. */
    private static Map<Long, Long> server() {
        Map<Long, Long> cpu = new HashMap<>();
        if (!Files.isDirectory(PROC)) {
            return cpu;
        }
        try (DirectoryStream<Path> pids = Files.newDirectoryStream(PROC, "[0-9]*")) {
            for (Path pid : pids) {
                try {
                    if ("postgres".equals(Files.readString(pid.resolve("comm")).trim())) {
                        String schedstat = Files.readString(pid.resolve("schedstat"));
                        cpu.put(Long.parseLong(pid.getFileName().toString()), Long.parseLong(schedstat.split(" ")[0]));
                    }
                } catch (IOException | RuntimeException gone) {
                    // the process ended while we looked, or is not ours to read
                }
            }
        } catch (IOException e) {
            return new HashMap<>();
        }
        return cpu;
    }
}
