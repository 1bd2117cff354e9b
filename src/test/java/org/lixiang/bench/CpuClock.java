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
 * phase of one. Of it, the JIT compiler's share is read from {@code /proc/self/task} (the threads
 * named {@code C1}/{@code C2 CompilerThread}): a JVM still compiling spends CPU a warm server would
 * not, and on 2 cores that CPU is taken from the steps (a profile of 6 December found the C2
 * compiler with more of the machine than the one worker at 1 worker, 7 % of it at 8).
 */
final class CpuClock {

    private static final Path PROC = Path.of("/proc");

    /** The clocks at one moment: the JVM's CPU time, its JIT compiler threads', and each server process's. */
    record Mark(long jvmNanos, long jitNanos, Map<Long, Long> serverNanos) {

        /** JVM CPU milliseconds since this mark, per step. */
        double jvmMillisPer(long steps) {
            return (jvm() - jvmNanos) / 1e6 / steps;
        }

        /** Of the JVM's CPU, the JIT compiler threads' milliseconds since this mark, per step (NaN where /proc does not tell). */
        double jitMillisPer(long steps) {
            long now = jit();
            // at least zero: where the JVM ends a compiler thread of several, its time is gone from the sum
            return now < 0 || jitNanos < 0 ? Double.NaN : Math.max(0, now - jitNanos) / 1e6 / steps;
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
        return new Mark(jvm(), jit(), server());
    }

    private static long jvm() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /**
     * CPU nanoseconds of this JVM's compiler threads, or -1 where /proc does not tell. A compiler
     * thread the JVM ends takes its time with it; on 2 cores the JVM keeps one of each kind.
     */
    private static long jit() {
        Path tasks = PROC.resolve("self/task");
        if (!Files.isDirectory(tasks)) {
            return -1;
        }
        long sum = 0;
        try (DirectoryStream<Path> threads = Files.newDirectoryStream(tasks)) {
            for (Path thread : threads) {
                try {
                    String name = Files.readString(thread.resolve("comm"));
                    if (name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler")) {
                        sum += cpuNanos(thread);
                    }
                } catch (IOException | RuntimeException gone) {
                    // the thread ended while we looked
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return sum;
    }

    /** CPU nanoseconds a process or thread has run, the first field of its {@code schedstat}. */
    private static long cpuNanos(Path processOrThread) throws IOException {
        return Long.parseLong(Files.readString(processOrThread.resolve("schedstat")).split(" ")[0]);
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
                        cpu.put(Long.parseLong(pid.getFileName().toString()), cpuNanos(pid));
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
