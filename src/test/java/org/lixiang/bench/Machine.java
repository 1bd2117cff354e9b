package org.lixiang.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** The machine and server the figures come from: cores, memory, disk, PostgreSQL version and settings, load. */
final class Machine {

    static final List<String> SETTINGS = List.of("server_version", "shared_buffers", "effective_cache_size", "work_mem",
            "maintenance_work_mem", "max_connections", "synchronous_commit", "fsync", "wal_level", "max_wal_size",
            "checkpoint_timeout", "random_page_cost", "jit", "autovacuum");

    private Machine() {
    }

    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "?";
        }
    }

    static List<List<String>> describe(JdbcTemplate jdbc, org.springframework.core.env.Environment env) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("CPU cores (JVM)", String.valueOf(Runtime.getRuntime().availableProcessors())));
        rows.add(List.of("CPU model", firstLine("/proc/cpuinfo", "model name")));
        rows.add(List.of("memory", firstLine("/proc/meminfo", "MemTotal")));
        rows.add(List.of("JVM", System.getProperty("java.vm.name") + " " + System.getProperty("java.version")
                + ", max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB"));
        String dataDir = null;
        try {
            dataDir = jdbc.queryForObject("show data_directory", String.class);
        } catch (RuntimeException notSuperuser) {
            // reported as unknown
        }
        rows.add(List.of("PostgreSQL data directory", dataDir == null ? "?" : dataDir + " — " + disk(dataDir)));
        for (String s : SETTINGS) {
            rows.add(List.of("PostgreSQL " + s, jdbc.queryForObject("show " + s, String.class)));
        }
        rows.add(List.of("Flowable history level", env.getProperty("flowable.history-level", "audit (Flowable's default)")));
        rows.add(List.of("connection pool size", env.getProperty("spring.datasource.hikari.maximum-pool-size", "?")));
        rows.add(List.of("proposals told their result per batch", env.getProperty("lixiang.decision.results-per-batch", "?")));
        rows.add(List.of("load average (1/5/15 min) at start", loadAverage()));
        return rows;
    }

    private static String firstLine(String file, String key) {
        try {
            return Files.readAllLines(Path.of(file)).stream().filter(l -> l.startsWith(key)).findFirst()
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("?");
        } catch (IOException e) {
            return "?";
        }
    }

    private static String disk(String path) {
        try {
            Process p = new ProcessBuilder("df", "-h", "--output=source,fstype,size,avail", path).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes()).trim();
            p.waitFor();
            String[] lines = out.split("\n");
            return lines[lines.length - 1].replaceAll("\\s+", " ");
        } catch (IOException | InterruptedException e) {
            return "?";
        }
    }
}
