package org.givefirst.loadtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.givefirst.platform.testing.TestTokens;

/**
 * The load driver of {@code load-tests/run}: what {@code wrk} cannot do, because it needs signed
 * requests, a community to write to, or a clock on both sides of Kafka. Each command prints
 * {@code RESULT name value} lines that the run script puts into the report.
 *
 * <pre>
 *   setup       --state F [--members 100] [--events 10] [--capacity 20]
 *   rsvps       --state F [--clients 64]
 *   latency     --url U [--member-of F] [--requests 2000] [--clients 1] --name N
 *   propagation --state F [--changes 40]
 *   outbox      --jdbc URL [--facts 50000]
 * </pre>
 *
 * Service URLs: {@code GIVEFIRST_MEMBERS_URL}, {@code GIVEFIRST_EVENTS_URL}, {@code GIVEFIRST_MATCHING_URL}
 * (default localhost:8081/8082/8083); Kafka: {@code KAFKA_BOOTSTRAP_SERVERS} (localhost:9092).
 */
public final class LoadDriver {

    static final String MEMBERS = env("GIVEFIRST_MEMBERS_URL", "http://localhost:8081");
    static final String EVENTS = env("GIVEFIRST_EVENTS_URL", "http://localhost:8082");
    static final String MATCHING = env("GIVEFIRST_MATCHING_URL", "http://localhost:8083");
    static final String KAFKA = env("KAFKA_BOOTSTRAP_SERVERS", "localhost:9092");

    /** Public events in the load-test chapter: as many as the reference endpoint answers. */
    static final int LISTED = 20;

    private LoadDriver() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: LoadDriver setup|rsvps|latency|propagation|outbox [--option value]...");
            System.exit(2);
        }
        Map<String, String> options = options(args);
        switch (args[0]) {
            case "setup" -> setup(Path.of(options.get("state")), intOption(options, "members", 100),
                    intOption(options, "events", 10), intOption(options, "capacity", 20));
            case "rsvps" -> Rsvps.run(state(options), intOption(options, "clients", 64));
            case "latency" -> latency(options);
            case "propagation" -> Propagation.run(state(options), intOption(options, "changes", 40));
            case "outbox" -> OutboxDrain.run(options.get("jdbc"), intOption(options, "facts", 50_000));
            default -> {
                System.err.println("unknown command " + args[0]);
                System.exit(2);
            }
        }
    }

    // --- setup: a chapter, its members, its published events ---------------------------------------

    /**
     * A chapter of {@code members} members (registered through members-service), an organizer, and
     * {@code events} published public events of {@code capacity} seats a week ahead; then waits until
     * events-service and matching-service know every member (their read models are fed by Kafka).
     */
    static void setup(Path stateFile, int memberCount, int eventCount, int capacity) throws Exception {
        Http http = new Http();
        String admin = TestTokens.admin();
        String run = Long.toString(System.currentTimeMillis(), 36);
        String slug = "load-" + run;
        ObjectNode chapter = Http.JSON.createObjectNode()
                .put("slug", slug).put("name", "Load test " + run).put("city", "Lisbon").put("timeZone", "Europe/Lisbon");
        http.post(MEMBERS + "/api/v1/chapters", admin, chapter).expect(201);

        List<UUID> members = new ArrayList<>();
        for (int i = 0; i < memberCount; i++) {
            UUID id = UUID.randomUUID();
            http.post(MEMBERS + "/api/v1/members", admin, member(id, "Load member " + i, slug, "lt-offer-" + (i % 7),
                    "lt-seek-" + (i % 5))).expect(201);
            members.add(id);
        }
        // Two members whose suggestions the propagation measurement watches: A seeks what B will offer.
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        http.post(MEMBERS + "/api/v1/members", admin, member(a, "Probe A", slug, "lt-a-gives", "lt-a-seeks")).expect(201);
        http.post(MEMBERS + "/api/v1/members", admin, member(b, "Probe B", slug, "lt-b-other", "lt-a-gives")).expect(201);

        UUID organizer = members.get(0);
        http.put(MEMBERS + "/api/v1/chapters/" + slug + "/organizers/" + organizer, admin, null).expect(200, 201);
        String organizerToken = TestTokens.organizer(organizer, slug);

        List<UUID> events = new ArrayList<>();
        LocalDateTime start = LocalDateTime.now().plusDays(7).truncatedTo(ChronoUnit.HOURS);
        // Event 0, then WARM_UP_ROUNDS times as many warm-up events as measured ones (the RSVP measurement
        // first runs the same load on those, unrecorded, round after round), then the measured events.
        for (int i = 0; i <= (WARM_UP_ROUNDS + 1) * eventCount; i++) {
            // Event 0 is the warm-up event: members RSVP there once, until events-service knows them all.
            ObjectNode event = Http.JSON.createObjectNode()
                    .put("chapter", slug).put("hostId", organizer.toString())
                    .put("title", (i == 0 ? "Warm-up" : i <= WARM_UP_ROUNDS * eventCount ? "Warm-up coffee " + i
                            : "Load test coffee " + i))
                    .put("format", "coffee")
                    .put("start", start.plusHours(i).toString()).put("end", start.plusHours(i).plusMinutes(45).toString())
                    .put("timeZone", "Europe/Lisbon").put("venue", "Café Load")
                    .put("capacity", i == 0 ? 1000 : capacity).put("visibility", "public");
            // events-service learns of the new chapter and its members from their facts: the first
            // creation may wait for that.
            UUID id = UUID.fromString(awaitAccepted(() -> http.post(EVENTS + "/api/v1/events", organizerToken, event))
                    .json().path("id").asText());
            http.post(EVENTS + "/api/v1/events/" + id + "/publish", organizerToken, null).expect(200);
            events.add(id);
        }

        // More public events without RSVPs, so that the chapter's listing holds 20 events, like the reference.
        for (int i = events.size(); i < LISTED; i++) {
            ObjectNode event = Http.JSON.createObjectNode()
                    .put("chapter", slug).put("hostId", organizer.toString())
                    .put("title", "Listed walk " + i).put("format", "walk_run_hike")
                    .put("description", "A slow walk along the river; we stop for coffee halfway.")
                    .put("start", start.plusDays(1).plusHours(i).toString())
                    .put("end", start.plusDays(1).plusHours(i).plusMinutes(90).toString())
                    .put("timeZone", "Europe/Lisbon").put("venue", "Cais do Sodré").put("visibility", "public");
            UUID id = UUID.fromString(http.post(EVENTS + "/api/v1/events", organizerToken, event).expect(201).json().path("id").asText());
            http.post(EVENTS + "/api/v1/events/" + id + "/publish", organizerToken, null).expect(200);
        }

        long waitStart = System.nanoTime();
        for (UUID member : members) {
            awaitAccepted(() -> http.put(EVENTS + "/api/v1/events/" + events.get(0) + "/rsvps/" + member,
                    TestTokens.member(member), Map.of("bringsGuest", false)));
        }
        awaitAccepted(() -> http.get(MATCHING + "/api/v1/members/" + a + "/suggestions", TestTokens.member(a)));
        awaitAccepted(() -> http.get(MATCHING + "/api/v1/members/" + b + "/suggestions", TestTokens.member(b)));
        System.out.printf(Locale.ROOT, "setup: chapter %s, %d members, %d events of %d seats; read models ready after %d ms%n",
                slug, memberCount, eventCount, capacity, (System.nanoTime() - waitStart) / 1_000_000);

        ObjectNode state = Http.JSON.createObjectNode().put("chapter", slug).put("organizer", organizer.toString())
                .put("capacity", capacity).put("probeA", a.toString()).put("probeB", b.toString());
        ArrayNode memberIds = state.putArray("members");
        members.forEach(m -> memberIds.add(m.toString()));
        ArrayNode warmUpIds = state.putArray("warmUpEvents");
        events.subList(1, WARM_UP_ROUNDS * eventCount + 1).forEach(e -> warmUpIds.add(e.toString()));
        ArrayNode eventIds = state.putArray("events");
        events.subList(WARM_UP_ROUNDS * eventCount + 1, events.size()).forEach(e -> eventIds.add(e.toString()));
        state.put("warmUpEvent", events.get(0).toString());
        Files.writeString(stateFile, Http.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(state));
    }

    static ObjectNode member(UUID id, String name, String chapter, String offerTag, String seekTag) {
        ObjectNode body = Http.JSON.createObjectNode()
                .put("id", id.toString()).put("displayName", name)
                .put("email", "load-" + id + "@example.org").put("timeZone", "Europe/Lisbon");
        body.putArray("chapters").add(chapter);
        ObjectNode offer = body.putArray("offers").addObject().put("kind", "skill").put("description", "What I can give");
        offer.putArray("tags").add(offerTag);
        ObjectNode objective = body.putArray("objectives").addObject()
                .put("what", "How independent cafés choose their bakery suppliers")
                .put("who", "Owners of independent cafés in Lisbon").put("priority", 3);
        objective.putArray("tags").add(seekTag);
        return body;
    }

    /** Repeats a request until it is accepted (2xx): a read model fed by Kafka catches up. */
    static Http.Reply awaitAccepted(java.util.function.Supplier<Http.Reply> request) throws InterruptedException {
        long deadline = System.nanoTime() + 120_000_000_000L;
        Http.Reply reply;
        do {
            reply = request.get();
            if (reply.status() / 100 == 2) {
                return reply;
            }
            Thread.sleep(20);
        } while (System.nanoTime() < deadline);
        throw new IllegalStateException("Not accepted within 2 minutes: HTTP " + reply.status() + " " + reply.body());
    }

    // --- latency: sequential (or a few parallel) GETs ------------------------------------------------

    /**
     * Rounds of RSVPs before the measured one, each on as many fresh events: the JIT compilers of the
     * services are still at work after the first (a third of their CPU went to them in the second).
     */
    static final int WARM_UP_ROUNDS = 3;

    /** The unrecorded warm-up before a latency measurement: 5 s, like wrk's before each endpoint. */
    static final long WARM_UP_NANOS = 5_000_000_000L;

    static void latency(Map<String, String> options) throws Exception {
        String url = options.get("url");
        String name = options.getOrDefault("name", "latency");
        int requests = intOption(options, "requests", 2000);
        int clients = intOption(options, "clients", 1);
        String token = null;
        if (options.containsKey("member-of")) {
            JsonNode state = Http.JSON.readTree(Files.readString(Path.of(options.get("member-of"))));
            UUID member = UUID.fromString(state.path("members").get(1).asText());
            token = TestTokens.member(member);
            url = url.replace("{event}", state.path("events").get(0).asText());
        }
        Http http = new Http();
        String target = url;
        String bearer = token;
        // Warm-up, unrecorded, as long as wrk's before each endpoint: the code is compiled (JIT) and the
        // connections open when the measurement starts.
        long warmUpEnd = System.nanoTime() + WARM_UP_NANOS;
        while (System.nanoTime() < warmUpEnd) {
            http.get(target, bearer).expect(200);
        }
        long[] nanos = new long[requests];
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> running = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            running.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
                    nanos[i] = http.get(target, bearer).expect(200).nanos();
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        Latencies latencies = new Latencies(nanos);
        System.out.printf(Locale.ROOT, "%s: %s, %.0f req/s%n", name, latencies.summary(), requests / seconds);
        Latencies.result(name + ".p50_ms", latencies.percentileMillis(50));
        Latencies.result(name + ".p99_ms", latencies.percentileMillis(99));
    }

    // --- helpers ---------------------------------------------------------------------------------

    static JsonNode state(Map<String, String> options) throws Exception {
        return Http.JSON.readTree(Files.readString(Path.of(options.get("state"))));
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected an --option, got " + args[i]);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        return options;
    }

    private static int intOption(Map<String, String> options, String name, int fallback) {
        return options.containsKey(name) ? Integer.parseInt(options.get(name)) : fallback;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
