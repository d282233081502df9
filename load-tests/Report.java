import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns the {@code RESULT name value} lines of one load-tests/run into the report of
 * docs/performance.md: each figure, the reference measured in the same run, their ratio and the goal.
 * Usage (JDK source-file mode): {@code java load-tests/Report.java results.txt cores memory java duration connections}.
 */
public class Report {

    private final Map<String, Double> results = new LinkedHashMap<>();
    private final List<String> rows = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        Report report = new Report();
        for (String line : Files.readAllLines(Path.of(args[0]))) {
            String[] parts = line.trim().split("\\s+");
            if (parts.length == 3 && parts[0].equals("RESULT") && !parts[2].isEmpty()) {
                try {
                    report.results.put(parts[1], Double.parseDouble(parts[2]));
                } catch (NumberFormatException ignored) {
                    // a figure that could not be measured stays absent and shows as "n/a"
                }
            }
        }
        System.out.print(report.render(args[1], args[2], args[3], args[4], args[5]));
    }

    private String render(String cores, String memory, String java, String duration, String connections) {
        double reference = mean("reference.req_s", "reference_again.req_s");
        double roundTrip = get("reference_read.p50_ms");

        row("RSVP writes, 10 events × 100 members, 64 clients", fmt(get("rsvp.per_s"), "%.0f/s")
                        + ", p99 " + fmt(get("rsvp.p99_ms"), "%.1f ms") + ", failed " + fmt(get("rsvp.failed"), "%.0f")
                        + ", over capacity " + fmt(get("rsvp.overbooked_events"), "%.0f") + " events",
                fmt(reference, "%.0f req/s"), ratio(get("rsvp.per_s"), reference),
                "≥ 1,000/s, p99 ≤ 100 ms, 0 overbooking",
                get("rsvp.per_s") >= 1000 && get("rsvp.p99_ms") <= 100 && get("rsvp.overbooked_events") == 0
                        && get("rsvp.inconsistent_events") == 0);
        row("public chapter listing", fmt(get("listing.req_s"), "%.0f req/s") + nonOk("listing"),
                fmt(reference, "%.0f req/s"), ratio(get("listing.req_s"), reference), "≥ 0.6 × reference",
                get("listing.req_s") / reference >= 0.6);
        row("same listing answered 304 (If-None-Match)", fmt(get("listing304.req_s"), "%.0f req/s") + nonOk("listing304"),
                fmt(reference, "%.0f req/s"), ratio(get("listing304.req_s"), reference), "≥ 0.8 × reference",
                get("listing304.req_s") / reference >= 0.8);
        row("chapter iCalendar feed", fmt(get("feed.req_s"), "%.0f req/s") + nonOk("feed"),
                fmt(reference, "%.0f req/s"), ratio(get("feed.req_s"), reference), "≥ 0.5 × reference",
                get("feed.req_s") / reference >= 0.5);
        row("read one event, signed in (sequential)", "p50 " + fmt(get("event_read.p50_ms"), "%.2f ms")
                        + ", p99 " + fmt(get("event_read.p99_ms"), "%.2f ms"),
                "p50 " + fmt(roundTrip, "%.2f ms"), ratio(get("event_read.p50_ms"), roundTrip), "p50 ≤ 2 ms",
                get("event_read.p50_ms") <= 2);
        row("profile change → visible in matching's suggestions", "p50 " + fmt(get("propagation.matching.p50_ms"), "%.0f ms")
                        + ", p99 " + fmt(get("propagation.matching.p99_ms"), "%.0f ms"),
                "p50 " + fmt(roundTrip, "%.2f ms"), ratio(get("propagation.matching.p99_ms"), roundTrip) + " (p99)",
                "p99 ≤ 500 ms", get("propagation.matching.p99_ms") <= 500);
        row("profile change → fact on Kafka", "p50 " + fmt(get("propagation.kafka.p50_ms"), "%.0f ms")
                        + ", p99 " + fmt(get("propagation.kafka.p99_ms"), "%.0f ms"),
                "p50 " + fmt(roundTrip, "%.2f ms"), ratio(get("propagation.kafka.p99_ms"), roundTrip) + " (p99)",
                "p99 ≤ 200 ms", get("propagation.kafka.p99_ms") <= 200);
        row("outbox backlog of 50,000 facts drained", fmt(get("outbox.drain_s"), "%.1f s"),
                fmt(get("outbox.reference_s"), "%.1f s") + " (plain producer)",
                ratio(get("outbox.drain_s"), get("outbox.reference_s")), "≤ 10 s", get("outbox.drain_s") <= 10);
        row("members-service UP when started alone", fmt(get("members-service.start_alone_ms") / 1000, "%.1f s"),
                fmt(get("reference.start_ms") / 1000, "%.1f s"),
                ratio(get("members-service.start_alone_ms"), get("reference.start_ms")), "≤ 3 s",
                get("members-service.start_alone_ms") <= 3000);
        row("members-service UP alone, C1 only + serial GC + 128 MB heap", fmt(get("members-service.start_alone_tuned_ms") / 1000, "%.1f s"),
                fmt(get("reference.start_ms") / 1000, "%.1f s"),
                ratio(get("members-service.start_alone_tuned_ms"), get("reference.start_ms")), "≤ 3 s",
                get("members-service.start_alone_tuned_ms") <= 3000);
        row("RSS members-service alone, idle (default JVM settings)", fmt(get("members-service.rss_alone_idle_mb"), "%.0f MB"),
                fmt(get("reference.rss_idle_mb"), "%.0f MB"), ratio(get("members-service.rss_alone_idle_mb"), get("reference.rss_idle_mb")),
                "≤ 200 MB", get("members-service.rss_alone_idle_mb") <= 200);
        row("RSS members-service alone, idle (C1 only + serial GC + 128 MB heap)", fmt(get("members-service.rss_alone_tuned_idle_mb"), "%.0f MB"),
                fmt(get("reference.rss_idle_mb"), "%.0f MB"), ratio(get("members-service.rss_alone_tuned_idle_mb"), get("reference.rss_idle_mb")),
                "≤ 200 MB", get("members-service.rss_alone_tuned_idle_mb") <= 200);
        if (results.containsKey("givefirst_up_no_build_ms")) {
            row("`./givefirst up --no-build --no-demo`", fmt(get("givefirst_up_no_build_ms") / 1000, "%.1f s"),
                    fmt(get("reference.start_ms") / 1000, "%.1f s"),
                    ratio(get("givefirst_up_no_build_ms"), get("reference.start_ms")), "≤ 20 s",
                    get("givefirst_up_no_build_ms") <= 20_000);
        }
        for (String svc : List.of("members-service", "events-service", "matching-service")) {
            row("RSS " + svc + ", idle", fmt(get(svc + ".rss_idle_mb"), "%.0f MB"),
                    fmt(get("reference.rss_idle_mb"), "%.0f MB"), ratio(get(svc + ".rss_idle_mb"), get("reference.rss_idle_mb")),
                    "≤ 200 MB", get(svc + ".rss_idle_mb") <= 200);
            row("RSS " + svc + ", after load", fmt(get(svc + ".rss_after_load_mb"), "%.0f MB"),
                    fmt(get("reference.rss_after_load_mb"), "%.0f MB"),
                    ratio(get(svc + ".rss_after_load_mb"), get("reference.rss_after_load_mb")), "≤ 300 MB",
                    get(svc + ".rss_after_load_mb") <= 300);
        }

        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Machine: %s cores, %s, %s; wrk -t2 -c%s -d%s; reference = bare Quarkus "
                + "endpoint (load-tests/reference), measured in the same run (%s req/s before and %s req/s after the "
                + "Givefirst reads).%n%n", cores, memory, java, connections, duration,
                fmt(get("reference.req_s"), "%.0f"), fmt(get("reference_again.req_s"), "%.0f")));
        out.append("| path | measured | reference (same run) | ratio | goal | met |\n");
        out.append("| --- | --- | --- | --- | --- | --- |\n");
        rows.forEach(r -> out.append(r).append('\n'));
        if (!Double.isNaN(get("rsvp.cpu_ms"))) {
            out.append(String.format(Locale.ROOT, "%nCPU per RSVP, summed over the suite until it was idle again: %.2f ms",
                    get("rsvp.cpu_ms")));
            StringBuilder parts = new StringBuilder();
            results.forEach((name, value) -> {
                if (name.startsWith("rsvp.cpu_ms.")) {
                    parts.append(parts.length() == 0 ? " (" : ", ").append(name.substring("rsvp.cpu_ms.".length()).replace('_', ' '))
                            .append(String.format(Locale.ROOT, " %.2f", value));
                }
            });
            out.append(parts.length() == 0 ? "" : parts.append(")")).append(String.format(Locale.ROOT,
                    "; %s cores give at most %.0f RSVPs/s at that cost.%n", cores, Double.parseDouble(cores) * 1000 / get("rsvp.cpu_ms")));
        }
        return out.toString();
    }

    private void row(String path, String measured, String reference, String ratio, String goal, boolean met) {
        rows.add("| " + String.join(" | ", path, measured, reference, ratio, goal, met ? "yes" : "**no**") + " |");
    }

    private String nonOk(String name) {
        double non2xx = get(name + ".non2xx");
        return non2xx > 0 ? String.format(Locale.ROOT, " (**%.0f non-2xx/3xx answers**)", non2xx) : "";
    }

    private double get(String name) {
        return results.getOrDefault(name, Double.NaN);
    }

    private double mean(String a, String b) {
        return (get(a) + get(b)) / 2;
    }

    private static String ratio(double value, double reference) {
        return Double.isNaN(value) || Double.isNaN(reference) || reference == 0 ? "n/a"
                : String.format(Locale.ROOT, "%.2f ×", value / reference);
    }

    private static String fmt(double value, String format) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, format, value);
    }
}
