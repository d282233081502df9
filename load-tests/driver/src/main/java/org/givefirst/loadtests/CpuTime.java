package org.givefirst.loadtests;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * CPU time used by the processes of the suite, read from Linux's {@code /proc} and grouped by what
 * they are (each service, PostgreSQL, the local stack's JVM with Kafka, this driver): where the CPU
 * of a measurement went. Empty where {@code /proc} does not exist.
 */
final class CpuTime {

    /** Clock ticks per second of {@code /proc/<pid>/stat} (USER_HZ, 100 on Linux). */
    private static final double TICKS_PER_SECOND = 100.0;

    private CpuTime() {
    }

    /** CPU seconds (user + system) per group of processes, now. */
    static Map<String, Double> snapshot() {
        Map<String, Double> seconds = new TreeMap<>();
        Path proc = Path.of("/proc");
        if (!Files.isDirectory(proc)) {
            return seconds;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(proc, "[0-9]*")) {
            for (Path entry : entries) {
                try {
                    String command = Files.readString(entry.resolve("cmdline")).replace('\0', ' ');
                    String group = group(command);
                    if (group == null) {
                        continue;
                    }
                    String stat = Files.readString(entry.resolve("stat"));
                    // Fields after the command name (which may contain spaces) in parentheses.
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    double used = (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
                    seconds.merge(group, used, Double::sum);
                } catch (IOException | RuntimeException gone) {
                    // The process ended between the listing and the read: it is not counted.
                }
            }
        } catch (IOException e) {
            return seconds;
        }
        return seconds;
    }

    /** The difference of two snapshots, per group. */
    static Map<String, Double> between(Map<String, Double> before, Map<String, Double> after) {
        Map<String, Double> used = new TreeMap<>();
        after.forEach((group, seconds) -> used.put(group, seconds - before.getOrDefault(group, 0.0)));
        return used;
    }

    private static String group(String command) {
        for (String service : new String[] {"members-service", "events-service", "matching-service", "webhooks-service"}) {
            if (command.contains(service + "/target/quarkus-app")) {
                return service;
            }
        }
        if (command.contains("load-driver")) {
            return "load-driver";
        }
        if (command.contains("org.givefirst.devtools")) {
            return "local-stack-kafka";
        }
        if (command.startsWith("postgres") || command.contains("/bin/postgres")) {
            return "PostgreSQL";
        }
        return null;
    }
}
