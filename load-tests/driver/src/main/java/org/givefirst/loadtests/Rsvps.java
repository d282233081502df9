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
 * clients; then each event's RSVP list is read back to check that no event is over capacity and
 * that the seats taken are exactly the seats of the people going.
 */
final class Rsvps {

    private Rsvps() {
    }

    private record Attempt(UUID event, UUID member, boolean guest) {
    }

    static void run(JsonNode state, int clients) throws Exception {
        List<UUID> members = ids(state.path("members"));
        List<UUID> events = ids(state.path("events"));
        List<Attempt> attempts = new ArrayList<>();
        for (UUID event : events) {
            for (int m = 0; m < members.size(); m++) {
                // Every seventh member brings a guest: a party of two, which the waitlist must keep together.
                attempts.add(new Attempt(event, members.get(m), m % 7 == 3));
            }
        }
        Collections.shuffle(attempts, new Random(42));
        Map<UUID, String> tokens = new java.util.HashMap<>();
        members.forEach(m -> tokens.put(m, TestTokens.member(m)));

        Http http = new Http();
        long[] nanos = new long[attempts.size()];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> running = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            running.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < attempts.size(); i = next.getAndIncrement()) {
                    Attempt a = attempts.get(i);
                    Http.Reply reply = http.put(LoadDriver.EVENTS + "/api/v1/events/" + a.event() + "/rsvps/" + a.member(),
                            tokens.get(a.member()), Map.of("bringsGuest", a.guest()));
                    nanos[i] = reply.nanos();
                    if (reply.status() != 200 && reply.status() != 201) {
                        if (failures.incrementAndGet() <= 5) {
                            System.err.println("RSVP answered " + reply.status() + ": " + reply.body());
                        }
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();

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
                attempts.size(), clients, seconds, attempts.size() / seconds, latencies.summary(), failures.get(),
                overbooked, inconsistent);
        Latencies.result("rsvp.per_s", attempts.size() / seconds);
        Latencies.result("rsvp.p50_ms", latencies.percentileMillis(50));
        Latencies.result("rsvp.p99_ms", latencies.percentileMillis(99));
        Latencies.result("rsvp.failed", failures.get());
        Latencies.result("rsvp.overbooked_events", overbooked);
        Latencies.result("rsvp.inconsistent_events", inconsistent);
    }

    static List<UUID> ids(JsonNode array) {
        List<UUID> ids = new ArrayList<>();
        array.forEach(node -> ids.add(UUID.fromString(node.asText())));
        return ids;
    }
}
