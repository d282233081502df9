import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.givefirst.platform.testing.TestTokens;

/**
 * Seeds the demo community of {@code community.json} through the public APIs of the three
 * services: the chapter, its members (with what they offer and seek), its gatherings (published,
 * with RSVPs) and one matching round. Then prints tokens and URLs to try the API with.
 *
 * <p>Run again on the same data, it adds only what is missing: members already registered are
 * skipped, gatherings are created again only when no upcoming one has the same title, and the round
 * runs only when none of the chapter's members has an introduction yet.
 *
 * <p>Launched by {@code demo/seed} (JDK source-file mode, on the dev-tools classpath: TestTokens signs the tokens).
 * Service URLs: {@code GIVEFIRST_MEMBERS_URL}, {@code GIVEFIRST_EVENTS_URL},
 * {@code GIVEFIRST_MATCHING_URL} (demo/seed sets them to where ./givefirst up runs the services).
 */
public class Seed {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration READ_MODEL_PATIENCE = Duration.ofSeconds(120);

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final String membersUrl = env("GIVEFIRST_MEMBERS_URL", "http://localhost:8081");
    private final String eventsUrl = env("GIVEFIRST_EVENTS_URL", "http://localhost:8082");
    private final String matchingUrl = env("GIVEFIRST_MATCHING_URL", "http://localhost:8083");

    private final JsonNode community;
    private final String slug;
    private final ZoneId zone;
    private final Map<String, JsonNode> membersByHandle = new LinkedHashMap<>();
    private final Map<String, String> memberTokens = new HashMap<>();
    private final String adminToken = TestTokens.admin();
    private final String organizerHandle;
    private final String organizerToken;

    Seed(JsonNode community) {
        this.community = community;
        JsonNode chapter = community.path("chapter");
        this.slug = chapter.path("slug").asText();
        this.zone = ZoneId.of(chapter.path("timeZone").asText());
        for (JsonNode member : community.path("members")) {
            membersByHandle.put(member.path("handle").asText(), member);
        }
        this.organizerHandle = community.path("organizer").asText();
        this.organizerToken = TestTokens.organizer(idOf(organizerHandle), slug);
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args.length > 0 ? args[0] : "demo/community.json");
        try {
            new Seed(JSON.readTree(Files.readString(file))).run();
        } catch (SeedFailure e) {
            System.err.println("Demo seeding failed: " + e.getMessage());
            System.exit(1);
        }
    }

    void run() throws Exception {
        requireUp("members-service", membersUrl);
        requireUp("events-service", eventsUrl);
        requireUp("matching-service", matchingUrl);

        boolean chapterCreated = ensureChapter();
        int registered = registerMembers();
        say("Members: %d registered now, %d were already there.", registered, membersByHandle.size() - registered);
        appointOrganizer();

        awaitEventsKnowsChapter();
        List<String> eventLines = ensureEvents();
        eventLines.addAll(ensureSeries());
        awaitMatchingKnowsMembers();
        String roundLine = ensureRound();

        printSummary(chapterCreated, eventLines, roundLine);
    }

    // --- chapter and members ------------------------------------------------------------------

    private boolean ensureChapter() throws Exception {
        Reply existing = get(membersUrl + "/api/v1/chapters/" + slug, null);
        if (existing.status() == 200) {
            say("Chapter %s already exists: adding only what is missing.", slug);
            return false;
        }
        existing.expect(404, "read chapter " + slug);
        post(membersUrl + "/api/v1/chapters", adminToken, community.path("chapter"))
                .expect(201, "create chapter " + slug);
        say("Chapter %s created.", slug);
        return true;
    }

    private int registerMembers() throws Exception {
        int registered = 0;
        for (JsonNode member : membersByHandle.values()) {
            ObjectNode body = member.deepCopy();
            body.remove("handle");
            body.putArray("chapters").add(slug);
            Reply reply = post(membersUrl + "/api/v1/members", adminToken, body);
            if (reply.status() == 201) {
                registered++;
            } else if (reply.status() != 409) {
                reply.expect(201, "register " + member.path("displayName").asText());
            }
        }
        return registered;
    }

    /** Records the organizer on the chapter (their token already says so: it is signed here). */
    private void appointOrganizer() throws Exception {
        Reply reply = put(membersUrl + "/api/v1/chapters/" + slug + "/organizers/" + idOf(organizerHandle), adminToken, null);
        if (reply.status() != 200) {
            reply.expect(201, "appoint " + organizerHandle + " organizer of " + slug);
        }
    }

    // --- gatherings -----------------------------------------------------------------------------

    private List<String> ensureEvents() throws Exception {
        Map<String, JsonNode> upcoming = upcomingEventsByTitle();
        List<JsonNode> seeded = new ArrayList<>();
        for (JsonNode planned : community.path("events")) {
            String title = planned.path("title").asText();
            JsonNode event = upcoming.get(title);
            if (event == null || event.path("status").asText().equals("draft")) {
                // A draft is what an interrupted run left behind: publish it and seat its people.
                event = event == null ? createAndPublish(planned) : publish(event.path("id").asText(), title);
                for (JsonNode rsvp : planned.path("rsvps")) {
                    rsvp(event, rsvp);
                }
                event = get(eventsUrl + "/api/v1/events/" + event.path("id").asText(), organizerToken)
                        .expect(200, "read event " + title).body();
            }
            seeded.add(event);
        }
        seeded.sort(Comparator.comparing(e -> e.path("startsAt").asText()));
        List<String> lines = new ArrayList<>();
        for (JsonNode event : seeded) {
            String start = event.path("start").asText();
            lines.add(String.format(Locale.ROOT, "  %s %s %-13s %-17s %s (%s, %d of %d seats taken)",
                    start.substring(0, Math.min(10, start.length())), start.length() >= 16 ? start.substring(11, 16) : "",
                    event.path("timeZone").asText(), event.path("format").asText(), event.path("title").asText(),
                    event.path("visibility").asText(), event.path("seatsTaken").asInt(), event.path("capacity").asInt()));
        }
        return lines;
    }

    /** The recurring gatherings (a series each, its occurrences created ahead by events-service), once per title. */
    private List<String> ensureSeries() throws Exception {
        JsonNode existing = get(eventsUrl + "/api/v1/series?chapter=" + encode(slug), organizerToken)
                .expect(200, "list the chapter's series").body();
        List<String> lines = new ArrayList<>();
        for (JsonNode planned : community.path("series")) {
            String title = planned.path("title").asText();
            JsonNode series = null;
            for (JsonNode s : existing.path("items")) {
                if (s.path("title").asText().equals(title) && !s.path("status").asText().equals("ended")) {
                    series = s;
                }
            }
            if (series == null) {
                ObjectNode body = JSON.createObjectNode();
                body.put("chapter", slug);
                body.put("hostId", idOf(planned.path("host").asText()).toString());
                for (String field : List.of("title", "description", "format", "venue", "visibility", "recurrence")) {
                    if (planned.hasNonNull(field)) {
                        body.set(field, planned.get(field));
                    }
                }
                body.put("capacity", planned.path("capacity").asInt());
                body.put("durationMinutes", planned.path("durationMinutes").asInt());
                body.put("start", dayOf(planned).atTime(LocalTime.parse(planned.path("start").asText())).toString());
                body.put("timeZone", zone.getId());
                series = post(eventsUrl + "/api/v1/series", organizerToken, body).expect(201, "create series " + title).body();
            }
            lines.add(String.format(Locale.ROOT, "  series %-40s %s from %s (%d occurrences ahead, %s)", title,
                    series.path("rrule").asText(), series.path("firstStart").asText(), series.path("occurrences").size(),
                    series.path("calendar").asText()));
        }
        return lines;
    }

    /** The chapter's upcoming events the organizer sees (drafts included), by title. */
    private Map<String, JsonNode> upcomingEventsByTitle() throws Exception {
        Map<String, JsonNode> byTitle = new HashMap<>();
        String next = eventsUrl + "/api/v1/events?chapter=" + encode(slug) + "&limit=100";
        while (next != null && !next.isBlank()) {
            JsonNode page = get(next, organizerToken).expect(200, "list the chapter's events").body();
            for (JsonNode event : page.path("items")) {
                String status = event.path("status").asText();
                if (status.equals("published") || status.equals("draft")) {
                    byTitle.putIfAbsent(event.path("title").asText(), event);
                }
            }
            next = page.path("next").isTextual() ? page.path("next").asText() : null;
        }
        return byTitle;
    }

    private JsonNode createAndPublish(JsonNode planned) throws Exception {
        LocalDate day = dayOf(planned.path("date"));
        ObjectNode body = JSON.createObjectNode();
        body.put("chapter", slug);
        body.put("hostId", idOf(planned.path("host").asText()).toString());
        for (String field : List.of("title", "description", "format", "venue", "visibility", "cause")) {
            if (planned.hasNonNull(field)) {
                body.set(field, planned.get(field));
            }
        }
        body.put("capacity", planned.path("capacity").asInt());
        body.put("start", day.atTime(LocalTime.parse(planned.path("start").asText())).toString());
        body.put("end", day.atTime(LocalTime.parse(planned.path("end").asText())).toString());
        body.put("timeZone", zone.getId());
        String title = planned.path("title").asText();
        JsonNode draft = post(eventsUrl + "/api/v1/events", organizerToken, body).expect(201, "create event " + title).body();
        return publish(draft.path("id").asText(), title);
    }

    private JsonNode publish(String id, String title) throws Exception {
        return post(eventsUrl + "/api/v1/events/" + id + "/publish", organizerToken, null)
                .expect(200, "publish event " + title).body();
    }

    /** {"inDays": n} or {"next": "saturday"}: always a day after today in the chapter's time zone. */
    private LocalDate dayOf(JsonNode date) {
        LocalDate today = LocalDate.now(zone);
        if (date.hasNonNull("next")) {
            DayOfWeek weekday = DayOfWeek.valueOf(date.path("next").asText().toUpperCase(Locale.ROOT));
            return today.with(TemporalAdjusters.next(weekday));
        }
        return today.plusDays(Math.max(1, date.path("inDays").asInt(1)));
    }

    private void rsvp(JsonNode event, JsonNode rsvp) throws Exception {
        String handle = rsvp.isTextual() ? rsvp.asText() : rsvp.path("member").asText();
        UUID memberId = idOf(handle);
        ObjectNode body = JSON.createObjectNode();
        body.put("bringsGuest", rsvp.path("bringsGuest").asBoolean(false));
        for (String field : List.of("guestName", "note")) {
            if (rsvp.hasNonNull(field)) {
                body.set(field, rsvp.get(field));
            }
        }
        // A members-only event exists for members of its chapter as events-service knows them from
        // members-service's facts: right after registering, the member may not be known there yet (404).
        Instant deadline = Instant.now().plus(READ_MODEL_PATIENCE);
        Reply reply = put(eventsUrl + "/api/v1/events/" + event.path("id").asText() + "/rsvps/" + memberId,
                memberToken(handle), body);
        while (reply.status() == 404 && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
            reply = put(eventsUrl + "/api/v1/events/" + event.path("id").asText() + "/rsvps/" + memberId,
                    memberToken(handle), body);
        }
        if (reply.status() != 200 && reply.status() != 201) {
            reply.expect(201, "RSVP of " + handle + " to " + event.path("title").asText());
        }
    }

    /** events-service learns about chapters from Kafka: its listing of the chapter answers 404 until then. */
    private void awaitEventsKnowsChapter() throws Exception {
        Instant deadline = Instant.now().plus(READ_MODEL_PATIENCE);
        while (get(eventsUrl + "/api/v1/chapters/" + encode(slug) + "/events", null).status() == 404) {
            if (Instant.now().isAfter(deadline)) {
                throw new SeedFailure("events-service still does not know chapter " + slug + " after "
                        + READ_MODEL_PATIENCE.toSeconds() + "s (is Kafka up? see its log)");
            }
            Thread.sleep(250);
        }
    }

    // --- matching -------------------------------------------------------------------------------

    /** matching-service learns about members from Kafka: wait until it knows every one of them. */
    private void awaitMatchingKnowsMembers() throws Exception {
        Set<String> unknown = new HashSet<>(membersByHandle.keySet());
        Instant deadline = Instant.now().plus(READ_MODEL_PATIENCE);
        while (true) {
            for (String handle : List.copyOf(unknown)) {
                Reply reply = get(matchingUrl + "/api/v1/members/" + idOf(handle) + "/suggestions?limit=1", adminToken);
                if (reply.status() == 200) {
                    unknown.remove(handle);
                } else if (reply.status() != 404) {
                    reply.expect(200, "read suggestions of " + handle);
                }
            }
            if (unknown.isEmpty()) {
                return;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new SeedFailure("matching-service still does not know " + unknown.size() + " members after "
                        + READ_MODEL_PATIENCE.toSeconds() + "s (is Kafka up? see its log)");
            }
            Thread.sleep(500);
        }
    }

    private String ensureRound() throws Exception {
        for (String handle : membersByHandle.keySet()) {
            JsonNode page = get(matchingUrl + "/api/v1/introductions?member=" + idOf(handle) + "&limit=1", adminToken)
                    .expect(200, "list introductions of " + handle).body();
            if (page.path("items").size() > 0) {
                return "Matching round: already run (members of the chapter have introductions).";
            }
        }
        ObjectNode body = JSON.createObjectNode();
        body.put("chapter", slug);
        body.put("perMemberLimit", community.path("round").path("perMemberLimit").asInt(1));
        JsonNode round = post(matchingUrl + "/api/v1/rounds", organizerToken, body).expect(201, "run a matching round").body();
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT,
                "Matching round %s: %d introductions suggested among %d members (coverage %.0f%%).",
                round.path("id").asText(), round.path("pairs").size(), round.path("members").asInt(),
                100 * round.path("quality").path("coverage").asDouble()));
        int shown = 0;
        for (JsonNode pair : round.path("pairs")) {
            if (shown++ == 5) {
                line.append("\n  ...");
                break;
            }
            line.append("\n  ").append(pair.path("memberA").path("displayName").asText())
                    .append(" <-> ").append(pair.path("memberB").path("displayName").asText());
        }
        line.append("\n  ").append(matchingUrl).append("/api/v1/rounds/").append(round.path("id").asText())
                .append("   (organizer token)");
        return line.toString();
    }

    // --- summary --------------------------------------------------------------------------------

    private void printSummary(boolean chapterCreated, List<String> eventLines, String roundLine) {
        JsonNode tryWith = membersByHandle.get(community.path("tryWith").asText());
        JsonNode organizer = membersByHandle.get(organizerHandle);
        String memberId = tryWith.path("id").asText();
        say("");
        say("Demo community: %s (%s), %d members%s.", community.path("chapter").path("name").asText(), slug,
                membersByHandle.size(), chapterCreated ? "" : " (it was there already)");
        say("Gatherings:");
        eventLines.forEach(Seed::say);
        say(roundLine);
        say("");
        say("See it:");
        say("  %s/api/v1/chapters/%s", membersUrl, slug);
        say("  %s/api/v1/members?chapter=%s                 (public profiles; all with a token)", membersUrl, slug);
        say("  %s/api/v1/chapters/%s/events                 (public listing, no token)", eventsUrl, slug);
        say("  %s/api/v1/chapters/%s/events.ics             (calendar feed)", eventsUrl, slug);
        say("  %s/api/v1/members/%s/suggestions   (member token)", matchingUrl, memberId);
        say("");
        say("Member token for %s (%s), valid 12 hours:", tryWith.path("displayName").asText(), memberId);
        say("  %s", memberToken(tryWith.path("handle").asText()));
        say("Organizer token for %s (%s, organizer of %s):", organizer.path("displayName").asText(),
                organizer.path("id").asText(), slug);
        say("  %s", organizerToken);
        say("Try: curl -H \"Authorization: Bearer <member token>\" %s/api/v1/members/%s/suggestions", matchingUrl, memberId);
        say("More tokens: ./givefirst token member <member-id>   (the ids are in demo/community.json)");
    }

    // --- HTTP -----------------------------------------------------------------------------------

    record Reply(int status, String text, String what) {
        JsonNode body() {
            try {
                return text.isBlank() ? JSON.createObjectNode() : JSON.readTree(text);
            } catch (IOException e) {
                throw new SeedFailure("not JSON from " + what + ": " + text);
            }
        }

        Reply expect(int wanted, String action) {
            if (status != wanted) {
                throw new SeedFailure(action + ": " + what + " answered " + status + " " + text);
            }
            return this;
        }
    }

    private Reply get(String url, String token) throws Exception {
        return send(request(url, token).GET(), "GET " + url);
    }

    private Reply post(String url, String token, JsonNode body) throws Exception {
        return send(request(url, token).POST(bodyOf(body)), "POST " + url);
    }

    private Reply put(String url, String token, JsonNode body) throws Exception {
        return send(request(url, token).PUT(bodyOf(body)), "PUT " + url);
    }

    private static HttpRequest.BodyPublisher bodyOf(JsonNode body) throws IOException {
        return body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body));
    }

    private static HttpRequest.Builder request(String url, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json")
                .header("Content-Type", "application/json");
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private Reply send(HttpRequest.Builder request, String what) throws Exception {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body(), what);
        } catch (IOException e) {
            throw new SeedFailure(what + " failed: " + e);
        }
    }

    private void requireUp(String name, String baseUrl) throws Exception {
        Reply health = send(request(baseUrl + "/q/health/ready", null).GET(), "GET " + baseUrl + "/q/health/ready");
        if (health.status() != 200) {
            throw new SeedFailure(name + " at " + baseUrl + " is not ready (" + health.status() + "): start it with ./givefirst up");
        }
    }

    // --- small things ---------------------------------------------------------------------------

    private UUID idOf(String handle) {
        JsonNode member = membersByHandle.get(handle);
        if (member == null) {
            throw new SeedFailure("community.json names '" + handle + "', who is not one of its members");
        }
        return UUID.fromString(member.path("id").asText());
    }

    private String memberToken(String handle) {
        return memberTokens.computeIfAbsent(handle, h -> TestTokens.member(idOf(h)));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value.replaceAll("/+$", "");
    }

    private static void say(String format, Object... args) {
        System.out.println(args.length == 0 ? format : String.format(Locale.ROOT, format, args));
    }

    static final class SeedFailure extends RuntimeException {
        SeedFailure(String message) {
            super(message);
        }
    }
}
