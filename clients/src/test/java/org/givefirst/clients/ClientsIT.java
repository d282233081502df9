package org.givefirst.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.awaitility.Awaitility;
import org.givefirst.clients.events.api.EventsApi;
import org.givefirst.clients.events.api.RsvpsApi;
import org.givefirst.clients.events.model.Event;
import org.givefirst.clients.events.model.EventFormat;
import org.givefirst.clients.events.model.EventStatus;
import org.givefirst.clients.events.model.NewEvent;
import org.givefirst.clients.events.model.Rsvp;
import org.givefirst.clients.events.model.RsvpRequest;
import org.givefirst.clients.events.model.RsvpStatus;
import org.givefirst.clients.matching.api.MembersApi;
import org.givefirst.clients.matching.model.Suggestions;
import org.givefirst.clients.members.api.ChaptersApi;
import org.givefirst.clients.members.model.Member;
import org.givefirst.clients.members.model.NewChapter;
import org.givefirst.clients.members.model.NewMember;
import org.givefirst.platform.testing.PackagedService;
import org.givefirst.platform.testing.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The clients openapi-generator made from the three exported OpenAPI documents, used as an
 * integrator uses them against the three packaged services (prod profile, the test PostgreSQL and
 * Kafka): a member registers and is read back, joins a chapter, plans and publishes an event once
 * events-service has learnt the membership from the members facts, another member RSVPs, and
 * matching-service answers suggestions. Every call goes through a generated method named after its
 * operationId.
 */
class ClientsIT {

    private static final Duration START = Duration.ofMinutes(3);
    /** How long the facts may take to reach the other services' read models. */
    private static final Duration FACTS = Duration.ofSeconds(60);

    private static PackagedService members;
    private static PackagedService events;
    private static PackagedService matching;
    private static String membersUrl;
    private static String eventsUrl;
    private static String matchingUrl;

    @BeforeAll
    static void startTheServices() throws Exception {
        members = PackagedService.start(app("members"), "clients_members", Map.of("GIVEFIRST_DEV_KEYS", "true"));
        membersUrl = "http://localhost:" + members.awaitListening(START);
        events = PackagedService.start(app("events"), "clients_events",
                Map.of("GIVEFIRST_DEV_KEYS", "true", "GIVEFIRST_MEMBERS_URL", membersUrl));
        matching = PackagedService.start(app("matching"), "clients_matching",
                Map.of("GIVEFIRST_DEV_KEYS", "true", "GIVEFIRST_MEMBERS_URL", membersUrl,
                        "GIVEFIRST_MEMBERS_SERVICE_TOKEN", TestTokens.service("matching-service")));
        eventsUrl = "http://localhost:" + events.awaitListening(START);
        matchingUrl = "http://localhost:" + matching.awaitListening(START);
    }

    @AfterAll
    static void stopTheServices() throws Exception {
        for (PackagedService service : new PackagedService[] {matching, events, members}) {
            if (service != null) {
                service.close();
            }
        }
    }

    @Test
    void anIntegratorRegistersPlansRsvpsAndReadsSuggestionsWithTheGeneratedClients() throws Exception {
        String slug = "clients-" + UUID.randomUUID().toString().substring(0, 8);
        new ChaptersApi(membersClient(TestTokens.admin())).createChapter(new NewChapter()
                .slug(slug).name("Clients test chapter").city("Lisbon").timeZone("Europe/Lisbon"));

        UUID hostId = UUID.randomUUID();
        String hostToken = TestTokens.member(hostId);
        org.givefirst.clients.members.api.MembersApi hostMembers =
                new org.givefirst.clients.members.api.MembersApi(membersClient(hostToken));
        Member registered = hostMembers.registerMember(new NewMember()
                .displayName("Ana Ribeiro").email("ana-" + hostId + "@example.org").chapters(List.of(slug)));
        assertEquals(hostId.toString(), registered.getId(), "a member registers as their token's subject");
        Member readBack = hostMembers.getMember(hostId);
        assertEquals("Ana Ribeiro", readBack.getDisplayName());
        new ChaptersApi(membersClient(hostToken)).joinChapter(hostId, slug);

        UUID guestId = UUID.randomUUID();
        String guestToken = TestTokens.member(guestId);
        new org.givefirst.clients.members.api.MembersApi(membersClient(guestToken)).registerMember(new NewMember()
                .displayName("Rita Alves").email("rita-" + guestId + "@example.org").chapters(List.of(slug)));
        new ChaptersApi(membersClient(guestToken)).joinChapter(guestId, slug);

        // events-service learns the chapter's members from the members facts: until it has, it refuses
        // the event (403), and an integrator retries for a while.
        EventsApi hostEvents = new EventsApi(eventsClient(hostToken));
        String day = LocalDate.now().plusDays(14).toString();
        NewEvent plan = new NewEvent().chapter(slug).title("Breakfast for people building bakeries")
                .format(EventFormat.BREAKFAST).start(day + "T08:30").end(day + "T10:00").timeZone("Europe/Lisbon")
                .capacity(4);
        Event draft = untilAllowed(() -> hostEvents.createEvent(plan));
        assertEquals(EventStatus.DRAFT, draft.getStatus());
        assertTrue(String.valueOf(draft.getStart()).startsWith(day + "T08:30"), "the local start time as planned: " + draft.getStart());

        Event published = hostEvents.publishEvent(draft.getId());
        assertEquals(EventStatus.PUBLISHED, published.getStatus());

        RsvpsApi guestRsvps = new RsvpsApi(eventsClient(guestToken));
        Rsvp rsvp = untilAllowed(() -> guestRsvps.respondToEvent(published.getId(), guestId,
                new RsvpRequest().bringsGuest(false).note("Looking forward to it")));
        assertEquals(RsvpStatus.GOING, rsvp.getStatus());
        assertEquals(RsvpStatus.GOING, guestRsvps.getRsvp(published.getId(), guestId).getStatus());

        Suggestions suggestions = new MembersApi(matchingClient(hostToken)).getSuggestions(hostId, 5);
        assertEquals(hostId, suggestions.getMemberId());
        assertNotNull(suggestions.getItems(), "suggestions answer a list, empty while nobody can help anybody");
    }

    /** Calls again while the answer is 403 or 404 (a read model not caught up yet), for a bounded time. */
    private static <T> T untilAllowed(Callable<T> call) {
        Object[] result = new Object[1];
        Awaitility.await().atMost(FACTS).pollInterval(Duration.ofMillis(500)).ignoreExceptionsMatching(e ->
                e instanceof org.givefirst.clients.events.ApiException api && (api.getCode() == 403 || api.getCode() == 404))
                .until(() -> {
                    result[0] = call.call();
                    return true;
                });
        @SuppressWarnings("unchecked")
        T answer = (T) result[0];
        return answer;
    }

    private static org.givefirst.clients.members.ApiClient membersClient(String token) {
        var client = new org.givefirst.clients.members.ApiClient();
        pointAt(membersUrl, token, client::updateBaseUri, client::setRequestInterceptor);
        return client;
    }

    private static org.givefirst.clients.events.ApiClient eventsClient(String token) {
        var client = new org.givefirst.clients.events.ApiClient();
        pointAt(eventsUrl, token, client::updateBaseUri, client::setRequestInterceptor);
        return client;
    }

    private static org.givefirst.clients.matching.ApiClient matchingClient(String token) {
        var client = new org.givefirst.clients.matching.ApiClient();
        pointAt(matchingUrl, token, client::updateBaseUri, client::setRequestInterceptor);
        return client;
    }

    /** What an integrator sets on every generated ApiClient: the service's address and the caller's token. */
    private static void pointAt(String url, String token, Consumer<String> baseUri,
            Consumer<Consumer<HttpRequest.Builder>> interceptor) {
        baseUri.accept(url);
        interceptor.accept(request -> request.header("Authorization", "Bearer " + token));
    }

    private static Path app(String service) {
        String app = System.getProperty("givefirst." + service + ".app");
        if (app == null) {
            throw new IllegalStateException("givefirst." + service + ".app is not set: run ClientsIT with failsafe after the services' package");
        }
        return Path.of(app);
    }
}
