package org.givefirst.webhooks;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.givefirst.platform.contracts.FactTypes;
import org.givefirst.webhooks.domain.WebhookSecret;
import org.givefirst.webhooks.domain.WebhookSignature;
import org.givefirst.webhooks.support.Endpoints;
import org.givefirst.webhooks.support.Endpoints.Registered;
import org.givefirst.webhooks.support.Facts;
import org.givefirst.webhooks.support.Receiver;
import org.junit.jupiter.api.Test;

/**
 * Facts read from the topics reach the endpoints subscribed to them, signed, at least once: through a
 * receiver's outage, and after a day of failures (here seconds: the test profile's retry schedule)
 * by enabling the endpoint again and replaying.
 */
@QuarkusTest
class WebhookDeliveryTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    /** Checks a request as a Standard Webhooks receiver does, with its secret; answers the CloudEvent. */
    static JsonNode verified(Receiver.Received request, String secret) throws Exception {
        String id = request.header("webhook-id");
        long timestamp = Long.parseLong(request.header("webhook-timestamp"));
        String expected = WebhookSignature.sign(WebhookSecret.parse(secret), id, timestamp, request.body().getBytes(StandardCharsets.UTF_8));
        assertTrue(List.of(request.header("webhook-signature").split(" ")).contains(expected), "signature verifies");
        JsonNode event = JSON.readTree(request.body());
        assertEquals(id, event.path("id").asText(), "webhook-id is the CloudEvent id");
        return event;
    }

    @Test
    void anRsvpReachesTheEndpointsOfItsChapterThatChoseItSignedWithTheCloudEventAsBody() throws Exception {
        String lisbon = Facts.chapter("lisbon");
        String porto = Facts.chapter("porto");
        try (Receiver receiver = new Receiver(); Receiver other = new Receiver()) {
            Registered rsvps = Endpoints.register(lisbon, receiver.url("/rsvps"), FactTypes.RSVP_CHANGED);
            Registered publishedOnly = Endpoints.register(lisbon, other.url("/published"), FactTypes.EVENT_PUBLISHED);
            Registered otherChapter = Endpoints.register(porto, other.url("/porto"), FactTypes.RSVP_CHANGED);

            Facts.Fact rsvp = Facts.rsvp(lisbon, UUID.randomUUID(), UUID.randomUUID()).send();

            await().atMost(PATIENCE).until(() -> !receiver.received(rsvp.id()).isEmpty());
            JsonNode event = verified(receiver.received(rsvp.id()).get(0), rsvps.secret());
            assertEquals(FactTypes.RSVP_CHANGED, event.path("type").asText());
            assertEquals(lisbon, event.path("data").path("event").path("chapter").asText());
            assertEquals(rsvp.cloudEvent().path("data").path("memberId").asText(), event.path("data").path("memberId").asText());
            await().atMost(PATIENCE).until(() -> "delivered".equals(rsvps.delivery(rsvp.id()).get("status")));
            assertEquals(204, rsvps.delivery(rsvp.id()).get("lastStatusCode"));
            assertNotNull(rsvps.get().getString("lastSuccessAt"));
            // Deliveries of a fact are recorded together: the others would be in their logs by now.
            assertTrue(publishedOnly.deliveries().getList("items").isEmpty());
            assertTrue(otherChapter.deliveries().getList("items").isEmpty());
            assertTrue(other.received().isEmpty());
        }
    }

    @Test
    void aReceiverThatIsDownLosesNothingItGetsEveryDeliveryWhenItComesBack() throws Exception {
        String chapter = Facts.chapter("outage");
        try (Receiver receiver = new Receiver()) {
            Registered endpoint = Endpoints.register(chapter, receiver.url("/hooks"), FactTypes.RSVP_CHANGED);
            receiver.stop();
            Facts.Fact first = Facts.rsvp(chapter, UUID.randomUUID(), UUID.randomUUID()).send();
            Facts.Fact second = Facts.rsvp(chapter, UUID.randomUUID(), UUID.randomUUID()).send();
            await().atMost(PATIENCE).until(() -> {
                Map<String, Object> d = endpoint.delivery(second.id());
                return d != null && ((Integer) d.get("attempts")) >= 2;
            });
            Map<String, Object> failing = endpoint.delivery(first.id());
            assertEquals("pending", failing.get("status"));
            assertNotNull(failing.get("lastError"));
            assertNotNull(failing.get("nextAttemptAt"));

            receiver.start();
            await().atMost(PATIENCE).until(() -> !receiver.received(first.id()).isEmpty() && !receiver.received(second.id()).isEmpty());
            verified(receiver.received(first.id()).get(0), endpoint.secret());
            verified(receiver.received(second.id()).get(0), endpoint.secret());
            await().atMost(PATIENCE).until(() -> "delivered".equals(endpoint.delivery(second.id()).get("status")));
            assertTrue(endpoint.get().getBoolean("enabled"));
        }
    }

    @Test
    void anEndpointFailingForItsWholeRetryPeriodIsDisabledWithAReasonThenEnablingAndReplayDeliverEverything() throws Exception {
        String chapter = Facts.chapter("failing");
        try (Receiver receiver = new Receiver().answering(500, "database is down")) {
            Registered endpoint = Endpoints.register(chapter, receiver.url("/hooks"), FactTypes.RSVP_CHANGED);
            Facts.Fact failed = Facts.rsvp(chapter, UUID.randomUUID(), UUID.randomUUID()).send();
            await().atMost(PATIENCE).until(() -> !endpoint.get().getBoolean("enabled"));
            Map<String, Object> delivery = endpoint.delivery(failed.id());
            assertEquals("failed", delivery.get("status"));
            assertEquals(500, delivery.get("lastStatusCode"));
            assertEquals("database is down", delivery.get("responseExcerpt"));
            assertTrue(((Integer) delivery.get("attempts")) >= 3, "retried before failing: " + delivery.get("attempts"));
            String reason = endpoint.get().getString("disabledReason");
            assertTrue(reason.contains("answered 500"), reason);

            // While disabled, new facts are recorded and wait.
            Facts.Fact waiting = Facts.rsvp(chapter, UUID.randomUUID(), UUID.randomUUID()).send();
            await().atMost(PATIENCE).until(() -> endpoint.delivery(waiting.id()) != null);
            int attemptsSoFar = receiver.received().size();
            given().auth().oauth2(endpoint.token()).contentType(ContentType.JSON)
                    .body(Map.of("from", "2020-01-01T00:00:00Z", "to", "2100-01-01T00:00:00Z"))
                    .when().post("/api/v1/webhook-endpoints/{id}/deliveries/replays", endpoint.id())
                    .then().statusCode(409);

            receiver.answering(200, "ok");
            given().auth().oauth2(endpoint.token()).contentType(ContentType.JSON).body(Map.of("enabled", true))
                    .when().patch("/api/v1/webhook-endpoints/{id}", endpoint.id())
                    .then().statusCode(200);
            await().atMost(PATIENCE).until(() -> !receiver.received(waiting.id()).isEmpty());
            assertEquals(attemptsSoFar, receiver.received(failed.id()).size(), "a failed delivery waits for its replay");

            given().auth().oauth2(endpoint.token())
                    .when().post("/api/v1/webhook-endpoints/{id}/deliveries/{deliveryId}/replays", endpoint.id(), delivery.get("id"))
                    .then().statusCode(202);
            await().atMost(PATIENCE).until(() -> "delivered".equals(endpoint.delivery(failed.id()).get("status")));
            JsonNode event = verified(receiver.received(failed.id()).get(receiver.received(failed.id()).size() - 1), endpoint.secret());
            assertEquals(failed.id(), event.path("id").asText());
            // A delivered one is replayed only when asked for with includeDelivered.
            given().auth().oauth2(endpoint.token()).contentType(ContentType.JSON)
                    .body(Map.of("from", "2020-01-01T00:00:00Z", "to", "2100-01-01T00:00:00Z", "includeDelivered", true))
                    .when().post("/api/v1/webhook-endpoints/{id}/deliveries/replays", endpoint.id())
                    .then().statusCode(202).body("deliveries", org.hamcrest.Matchers.equalTo(2));
            int before = receiver.received(waiting.id()).size();
            await().atMost(PATIENCE).until(() -> receiver.received(waiting.id()).size() > before);
        }
    }

    @Test
    void introductionFactsReachTheChapterOfTheirSuggestionAndProfilesNeverCarryAnEmail() throws Exception {
        String chapter = Facts.chapter("intro");
        try (Receiver receiver = new Receiver()) {
            Registered endpoint = Endpoints.register(chapter, receiver.url("/intros"), FactTypes.INTRODUCTION_SUGGESTED,
                    FactTypes.INTRODUCTION_ACCEPTED, FactTypes.MEMBER_REGISTERED, FactTypes.MEMBER_ERASED);
            UUID a = UUID.randomUUID();
            UUID b = UUID.randomUUID();
            UUID introduction = UUID.randomUUID();
            Facts.Fact registered = Facts.memberRegistered(a, chapter, Facts.chapter("elsewhere")).send();
            Facts.Fact suggested = Facts.introductionSuggested(chapter, introduction, a, b).send();
            Facts.Fact accepted = Facts.introductionAccepted(introduction, a, b).send();
            await().atMost(PATIENCE).until(() -> !receiver.received(accepted.id()).isEmpty()
                    && !receiver.received(suggested.id()).isEmpty() && !receiver.received(registered.id()).isEmpty());
            assertEquals(a.toString(), verified(receiver.received(accepted.id()).get(0), endpoint.secret()).path("data").path("acceptedBy").asText());
            JsonNode profile = verified(receiver.received(registered.id()).get(0), endpoint.secret());
            assertEquals("Ana Ribeiro", profile.path("data").path("displayName").asText());
            assertFalse(profile.path("data").has("email"));
            assertFalse(receiver.received(registered.id()).get(0).body().contains("ana@example.org"));

            // Erasure: the fact reaches the member's chapters (known from the read model), and the
            // profile held in the delivery log is forgotten.
            Facts.Fact erased = Facts.memberErased(a).send();
            await().atMost(PATIENCE).until(() -> !receiver.received(erased.id()).isEmpty());
            verified(receiver.received(erased.id()).get(0), endpoint.secret());
            assertNull(endpoint.delivery(registered.id()));
        }
    }

    @Test
    void redirectsAreNotFollowedAndOnlyAShortExcerptOfTheAnswerIsKept() {
        String chapter = Facts.chapter("redirect");
        try (Receiver receiver = new Receiver(); Receiver elsewhere = new Receiver()) {
            receiver.redirectingTo(elsewhere.url("/stolen"));
            receiver.answering(302, "x".repeat(100_000));
            Registered endpoint = Endpoints.register(chapter, receiver.url("/hooks"), FactTypes.RSVP_CHANGED);
            Facts.Fact rsvp = Facts.rsvp(chapter, UUID.randomUUID(), UUID.randomUUID()).send();
            await().atMost(PATIENCE).until(() -> {
                Map<String, Object> d = endpoint.delivery(rsvp.id());
                return d != null && d.get("lastStatusCode") != null;
            });
            Map<String, Object> delivery = endpoint.delivery(rsvp.id());
            assertEquals(302, delivery.get("lastStatusCode"));
            assertTrue(((String) delivery.get("lastError")).contains("redirects are not followed"));
            assertTrue(((String) delivery.get("responseExcerpt")).length() <= 256);
            assertTrue(elsewhere.received().isEmpty());
        }
    }

    @Test
    void duringASecretRotationsOverlapEveryDeliveryIsSignedWithBothSecrets() throws Exception {
        String chapter = Facts.chapter("rotate");
        try (Receiver receiver = new Receiver()) {
            Registered endpoint = Endpoints.register(chapter, receiver.url("/hooks"), FactTypes.RSVP_CHANGED);
            String rotated = given().auth().oauth2(endpoint.token()).contentType(ContentType.JSON).body(Map.of("overlap", "PT1H"))
                    .when().post("/api/v1/webhook-endpoints/{id}/secret-rotations", endpoint.id())
                    .then().statusCode(200).extract().path("secret");
            assertTrue(rotated.startsWith("whsec_") && !rotated.equals(endpoint.secret()));
            Facts.Fact rsvp = Facts.rsvp(chapter, UUID.randomUUID(), UUID.randomUUID()).send();
            await().atMost(PATIENCE).until(() -> !receiver.received(rsvp.id()).isEmpty());
            Receiver.Received request = receiver.received(rsvp.id()).get(0);
            assertEquals(2, request.header("webhook-signature").split(" ").length);
            verified(request, rotated);
            verified(request, endpoint.secret());

            given().auth().oauth2(endpoint.token()).contentType(ContentType.JSON).body(Map.of("overlap", "PT0S"))
                    .when().post("/api/v1/webhook-endpoints/{id}/secret-rotations", endpoint.id())
                    .then().statusCode(200);
            Facts.Fact later = Facts.rsvp(chapter, UUID.randomUUID(), UUID.randomUUID()).send();
            await().atMost(PATIENCE).until(() -> !receiver.received(later.id()).isEmpty());
            assertEquals(1, receiver.received(later.id()).get(0).header("webhook-signature").split(" ").length);
        }
    }
}
