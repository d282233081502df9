package org.givefirst.loadtests;

import java.util.Arrays;
import java.util.Locale;

/** Latencies in nanoseconds, and the percentiles the report quotes. */
final class Latencies {

    private final long[] sorted;

    Latencies(long[] nanos) {
        this.sorted = nanos.clone();
        Arrays.sort(sorted);
    }

    int count() {
        return sorted.length;
    }

    /** The p-th percentile (nearest rank), in milliseconds. */
    double percentileMillis(double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1_000_000.0;
    }

    double maxMillis() {
        return sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1] / 1_000_000.0;
    }

    String summary() {
        return String.format(Locale.ROOT, "n=%d p50=%.2fms p90=%.2fms p99=%.2fms max=%.2fms",
                count(), percentileMillis(50), percentileMillis(90), percentileMillis(99), maxMillis());
    }

    /** One line the run script collects: {@code RESULT <name> <value>}. */
    static void result(String name, double value) {
        System.out.printf(Locale.ROOT, "RESULT %s %.3f%n", name, value);
    }
}
