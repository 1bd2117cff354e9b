package org.lixiang.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lixiang.TestDatabase;

/**
 * PostgreSQL's own ceiling on the same server: pgbench's TPC-B-like transaction in a database of
 * its own ({@value #DATABASE} in the full run; the smoke test's name is unique, as several test
 * runs may share the server), created, initialized once and dropped afterwards.
 */
final class PgBench {

    static final String DATABASE = "lixiang_pgbench";
    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");
    private final TestDatabase.Server server;
    private final String database;
    private final String binary;

    PgBench(TestDatabase.Server server, String database) {
        this.server = server;
        this.database = database;
        this.binary = System.getProperty("bench.pgbench", "/usr/bin/pgbench");
    }

    boolean available() {
        return new java.io.File(binary).canExecute();
    }

    void init(int scale) {
        BenchDatabase.execute(server, "drop database if exists " + database + " with (force)");
        BenchDatabase.execute(server, "create database " + database);
        run(List.of("-i", "-q", "-s", String.valueOf(scale)));
    }

    /** Transactions per second with this many clients for this many seconds. */
    double tps(int clients, int seconds) {
        String out = run(List.of("-c", String.valueOf(clients), "-j", String.valueOf(Math.min(clients, 2)),
                "-T", String.valueOf(seconds)));
        Matcher m = TPS.matcher(out);
        if (!m.find()) {
            throw new IllegalStateException("no tps in pgbench output:\n" + out);
        }
        return Double.parseDouble(m.group(1));
    }

    void drop() {
        BenchDatabase.execute(server, "drop database if exists " + database + " with (force)");
    }

    private String run(List<String> args) {
        // jdbc:postgresql://host:port/db?...
        String rest = server.adminUrl().substring("jdbc:postgresql://".length());
        String hostPort = rest.substring(0, rest.indexOf('/'));
        String host = hostPort.contains(":") ? hostPort.substring(0, hostPort.indexOf(':')) : hostPort;
        String port = hostPort.contains(":") ? hostPort.substring(hostPort.indexOf(':') + 1) : "5432";
        List<String> command = new ArrayList<>(List.of(binary, "-h", host, "-p", port, "-U", server.user()));
        command.addAll(args);
        command.add(database);
        try {
            ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
            if (server.password() != null && !server.password().isEmpty()) {
                pb.environment().put("PGPASSWORD", server.password());
            }
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(30, TimeUnit.MINUTES) || p.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed:\n" + out);
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
