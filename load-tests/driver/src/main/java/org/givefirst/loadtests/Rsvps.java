package org.givefirst.loadtests;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.givefirst.platform.testing.TestTokens;

/**
 * Every member RSVPs to every event of the setup, in a shuffled order, from {@code clients} parallel
 * clients, after the same load on warm-up events, round after round, unrecorded; then each event's RSVP list is read back to check that no event is over capacity and
 * that the seats taken are exactly the seats of the people going.
 */
final class Rsvps {

    private Rsvps() {
    }

    private record Attempt(UUID event, UUID member, boolean guest) {
    }

    static void run(JsonNode state, int clients) throws Exception {
        List<UUID> members = ids(state.path("members"));
        Map<UUID, String> tokens = new java.util.HashMap<>();
        members.forEach(m -> tokens.put(m, TestTokens.member(m)));
        Http http = new Http();
        // The same load on the warm-up events first, unrecorded: the RSVP path is compiled (JIT) and the
        // pools are filled when the measurement starts, as wrk warms each endpoint up before measuring it.
        List<UUID> events = ids(state.path("events"));
        List<UUID> warmUpEvents = ids(state.path("warmUpEvents"));
        for (int from = 0; from < warmUpEvents.size(); from += events.size()) {
            long warmUpStart = System.nanoTime();
            Run warmUp = send(http, attempts(warmUpEvents.subList(from, Math.min(warmUpEvents.size(), from + events.size())),
                    members), tokens, clients);
            System.out.printf(Locale.ROOT, "rsvps: warm-up of %d RSVPs in %.2f s, %d failed%n", warmUp.nanos().length,
                    (System.nanoTime() - warmUpStart) / 1e9, warmUp.failures());
        }

        List<Attempt> attempts = attempts(events, members);
        // What the suite uses when idle (pollers, schedulers), per second: subtracted from the measurement.
        Map<String, Double> idlePerSecond = idleRate();
        double idle = idlePerSecond.entrySet().stream().filter(e -> !e.getKey().equals("load-driver"))
                .mapToDouble(Map.Entry::getValue).sum();

        Map<String, Double> cpuBefore = CpuTime.snapshot();
        long start = System.nanoTime();
        Run measured = send(http, attempts, tokens, clients);
        double seconds = (System.nanoTime() - start) / 1e9;
        // The facts of these RSVPs are still being relayed and consumed: their CPU counts too.
        Map<String, Double> cpu = CpuTime.between(cpuBefore, settled(idle));
        double elapsed = (System.nanoTime() - start) / 1e9;
        cpu.replaceAll((group, used) -> Math.max(0, used - idlePerSecond.getOrDefault(group, 0.0) * elapsed));
        long[] nanos = measured.nanos();
        int failures = measured.failures();

        int capacity = state.path("capacity").asInt();
        String organizer = TestTokens.organizer(UUID.fromString(state.path("organizer").asText()), state.path("chapter").asText());
        int overbooked = 0;
        int inconsistent = 0;
        for (UUID event : events) {
            JsonNode list = http.get(LoadDriver.EVENTS + "/api/v1/events/" + event + "/rsvps", organizer).expect(200).json();
            int taken = list.path("seatsTaken").asInt();
            int seatsOfGoing = 0;
            for (JsonNode going : list.path("going")) {
                seatsOfGoing += going.path("seats").asInt();
            }
            if (taken > capacity) {
                overbooked++;
            }
            if (taken != seatsOfGoing) {
                inconsistent++;
            }
        }
        Latencies latencies = new Latencies(nanos);
        System.out.printf(Locale.ROOT, "rsvps: %d RSVPs from %d clients in %.2f s = %.0f/s; %s; %d failed; "
                        + "%d events over capacity, %d with seats taken != seats of people going%n",
                attempts.size(), clients, seconds, attempts.size() / seconds, latencies.summary(), failures,
                overbooked, inconsistent);
        double total = cpu.values().stream().mapToDouble(Double::doubleValue).sum();
        StringBuilder where = new StringBuilder();
        cpu.forEach((group, used) -> where.append(String.format(Locale.ROOT, "%s %.2f ms, ", group,
                1000 * used / attempts.size())));
        System.out.printf(Locale.ROOT, "rsvps: CPU per RSVP, until the suite was idle again, its idle use subtracted: %.2f ms (%s)%n", 1000 * total
                / attempts.size(), where.length() == 0 ? "no /proc here" : where.substring(0, where.length() - 2));
        if (!cpu.isEmpty()) {
            Latencies.result("rsvp.cpu_ms", 1000 * total / attempts.size());
            cpu.forEach((group, used) -> Latencies.result("rsvp.cpu_ms." + group.replaceAll("[^A-Za-z]+", "_"),
                    1000 * used / attempts.size()));
        }
        Latencies.result("rsvp.per_s", attempts.size() / seconds);
        Latencies.result("rsvp.p50_ms", latencies.percentileMillis(50));
        Latencies.result("rsvp.p99_ms", latencies.percentileMillis(99));
        Latencies.result("rsvp.failed", failures);
        Latencies.result("rsvp.overbooked_events", overbooked);
        Latencies.result("rsvp.inconsistent_events", inconsistent);
    }

    private record Run(long[] nanos, int failures) {
    }

    /**
     * CPU seconds per second once the suite is done with the warm-up's facts: one-second windows until
     * one uses less than 0.15 of a core, or about as much as the one before (at most a minute).
     */
    private static Map<String, Double> idleRate() throws InterruptedException {
        double previous = Double.MAX_VALUE;
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (true) {
            Map<String, Double> start = CpuTime.snapshot();
            Thread.sleep(1_000);
            Map<String, Double> rate = CpuTime.between(start, CpuTime.snapshot());
            double used = rate.entrySet().stream().filter(e -> !e.getKey().equals("load-driver"))
                    .mapToDouble(Map.Entry::getValue).sum();
            if (used < 0.15 || used >= 0.9 * previous || System.nanoTime() > deadline) {
                return rate;
            }
            previous = used;
        }
    }

    /**
     * A CPU snapshot once the suite has gone quiet (within a tenth of a core of its idle use over half a
     * second, at most 30 s after the last answer): the relay, the consumers and the database are done
     * with the facts of the measurement.
     */
    private static Map<String, Double> settled(double idlePerSecond) throws InterruptedException {
        Map<String, Double> last = CpuTime.snapshot();
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < deadline) {
            Thread.sleep(500);
            Map<String, Double> now = CpuTime.snapshot();
            double used = CpuTime.between(last, now).entrySet().stream()
                    .filter(e -> !e.getKey().equals("load-driver")).mapToDouble(Map.Entry::getValue).sum();
            last = now;
            if (used < (idlePerSecond + 0.1) / 2) {
                return now;
            }
        }
        return last;
    }

    /** Every member RSVPs to every event, in a shuffled order. */
    private static List<Attempt> attempts(List<UUID> events, List<UUID> members) {
        List<Attempt> attempts = new ArrayList<>();
        for (UUID event : events) {
            for (int m = 0; m < members.size(); m++) {
                // Every seventh member brings a guest: a party of two, which the waitlist must keep together.
                attempts.add(new Attempt(event, members.get(m), m % 7 == 3));
            }
        }
        Collections.shuffle(attempts, new Random(42));
        return attempts;
    }

    private static Run send(Http http, List<Attempt> attempts, Map<UUID, String> tokens, int clients) throws Exception {
        long[] nanos = new long[attempts.size()];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            running.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < attempts.size(); i = next.getAndIncrement()) {
                    Attempt a = attempts.get(i);
                    Http.Reply reply = http.put(LoadDriver.EVENTS + "/api/v1/events/" + a.event() + "/rsvps/" + a.member(),
                            tokens.get(a.member()), Map.of("bringsGuest", a.guest()));
                    nanos[i] = reply.nanos();
                    if (reply.status() != 200 && reply.status() != 201 && failures.incrementAndGet() <= 5) {
                        System.err.println("RSVP answered " + reply.status() + ": " + reply.body());
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        pool.shutdown();
        return new Run(nanos, failures.get());
    }

    static List<UUID> ids(JsonNode array) {
        List<UUID> ids = new ArrayList<>();
        array.forEach(node -> ids.add(UUID.fromString(node.asText())));
        return ids;
    }
}
