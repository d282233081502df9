package org.givefirst.events;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.givefirst.events.messaging.MembersTopicConsumer;
import org.givefirst.platform.contracts.FactTypes;
import org.givefirst.platform.outbox.Topics;
import org.givefirst.platform.testing.TestTokens;
import org.givefirst.platform.testing.TopicProbe;
import org.junit.jupiter.api.Test;

/** An erased member disappears from events; the same erasure delivered twice is applied once. */
@QuarkusTest
class MemberErasureTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    MeterRegistry registry;

    @Inject
    EntityManager em;

    /** The sample erasure members-service documents, for another member and with a fresh CloudEvent id. */
    private static String erasureOf(UUID memberId) throws IOException {
        ObjectNode event = (ObjectNode) JSON.readTree(
                Files.readString(Path.of("..", "docs", "events", "members", "samples", "member-erased.v1.json")));
        event.put("id", UUID.randomUUID().toString());
        event.put("subject", memberId.toString());
        ((ObjectNode) event.get("data")).put("memberId", memberId.toString());
        return JSON.writeValueAsString(event);
    }

    /** A CloudEvent as members-service publishes it (structured JSON mode). */
    private static String cloudEvent(String id, String type, UUID memberId, String data) {
        return "{\"specversion\":\"1.0\",\"id\":\"" + id + "\",\"source\":\"/givefirst/members-service\",\"type\":\"" + type
                + "\",\"subject\":\"" + memberId + "\",\"time\":\"2026-11-20T10:15:30Z\",\"datacontenttype\":\"application/json\","
                + "\"data\":" + data + "}";
    }

    private double erasuresApplied() {
        return registry.counter("givefirst.member.erasures.applied").count();
    }

    private boolean processed(String cloudEventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                        "select count(*) from processed_event where consumer = ?1 and event_id = ?2")
                .setParameter(1, MembersTopicConsumer.CONSUMER).setParameter(2, cloudEventId).getSingleResult()).longValue() == 1);
    }

    @Test
    void erasureDeliveredTwiceIsAppliedOnceAndAnonymizesRsvpsInvitationsAndAttendance() throws Exception {
        UUID host = UUID.randomUUID();
        UUID erased = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        UUID waiting = UUID.randomUUID();
        String chapter = Api.chapter("erase");

        // Upcoming: the erased member holds two seats (with a guest); someone waits for one.
        String upcoming = Api.createPublished(host, Api.coffee(chapter, 3, "public"));
        Api.invite(host, upcoming, true, erased).statusCode(201);
        given().auth().oauth2(TestTokens.member(erased)).contentType(ContentType.JSON)
                .body(Map.of("bringsGuest", true, "guestName", "Rita Alves", "note", "allergic to nuts"))
                .when().put("/api/v1/events/" + upcoming + "/rsvps/" + erased).then().statusCode(201);
        Api.rsvp(other, upcoming, false).statusCode(201);
        Api.rsvp(waiting, upcoming, false).statusCode(201).body("status", org.hamcrest.Matchers.equalTo("waitlisted"));

        // Past: the erased member came.
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Europe/Lisbon")).withNano(0).withSecond(0);
        String past = Api.createPublished(host, Api.event(chapter, "class", now.minusHours(2), now.minusHours(1), "Europe/Lisbon", 8, "public"));
        Api.invite(host, past, false, erased).statusCode(201);
        given().auth().oauth2(TestTokens.member(host)).contentType(ContentType.JSON).body(Map.of("attended", true))
                .when().put("/api/v1/events/" + past + "/attendance/" + erased).then().statusCode(201);

        double before = erasuresApplied();
        String erasure = erasureOf(erased);
        TopicProbe.send(Topics.MEMBERS, erased.toString(), erasure);
        TopicProbe.send(Topics.MEMBERS, erased.toString(), erasure); // redelivered
        // A later fact with the same key: once it is processed, both copies before it were handled.
        String later = UUID.randomUUID().toString();
        TopicProbe.send(Topics.MEMBERS, erased.toString(), cloudEvent(later, "org.givefirst.member.updated.v1", erased,
                "{\"memberId\":\"" + erased + "\"}"));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(() -> processed(later));

        assertEquals(before + 1, erasuresApplied(), "the erasure was applied exactly once");

        Map<String, Object> rsvps = given().auth().oauth2(TestTokens.member(host)).when().get("/api/v1/events/" + upcoming + "/rsvps")
                .then().statusCode(200).extract().as(Map.class);
        List<String> going = ((List<Map<String, Object>>) rsvps.get("going")).stream().map(r -> (String) r.get("memberId")).toList();
        assertEquals(List.of(other.toString(), waiting.toString()), going, "the freed seats went to the waitlist");
        assertEquals(2, rsvps.get("seatsTaken"));
        assertTrue(((List<?>) rsvps.get("waitlist")).isEmpty());
        given().auth().oauth2(TestTokens.member(host)).when().get("/api/v1/events/" + upcoming + "/rsvps/" + erased)
                .then().statusCode(404);

        List<Object> invited = given().auth().oauth2(TestTokens.member(host)).when().get("/api/v1/events/" + upcoming + "/invitations")
                .then().statusCode(200).extract().path("invitations.memberId");
        assertEquals(1, invited.size());
        assertEquals(null, invited.get(0), "the invitation stays, without the member");

        List<Map<String, Object>> attendance = given().auth().oauth2(TestTokens.member(host))
                .when().get("/api/v1/events/" + past + "/attendance").then().statusCode(200).extract().as(List.class);
        assertEquals(1, attendance.size());
        assertEquals(null, attendance.get(0).get("memberId"));
        assertEquals(true, attendance.get(0).get("attended"), "who came still counts");

        long leftovers = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                        "select (select count(*) from rsvp where member_id = ?1 or guest_name = 'Rita Alves' or note = 'allergic to nuts')"
                                + " + (select count(*) from invitation where member_id = ?1)"
                                + " + (select count(*) from attendance where member_id = ?1)")
                .setParameter(1, erased).getSingleResult()).longValue());
        assertEquals(0, leftovers, "nothing of the erased member is left");

        TopicProbe.Fact promoted = Facts.await(upcoming, fact -> fact.type().equals(FactTypes.RSVP_CHANGED)
                && "promoted".equals(fact.data().path("status").asText()));
        assertEquals(waiting.toString(), promoted.data().path("memberId").asText());
        assertFalse(TopicProbe.factsWithKey(Topics.EVENTS, upcoming).stream()
                .anyMatch(f -> f.type().equals(FactTypes.RSVP_CHANGED) && f.data().path("status").asText().equals("cancelled")),
                "the erased member's cancellation is not published with their id");
    }

    @Test
    void anErasedHostIsAnonymizedLikeAnErasedAttendee() {
        String chapter = Api.chapter("erase-host");
        UUID host = MemberFactsSent.member(chapter);
        UUID guest = MemberFactsSent.member(chapter);
        String id = Api.createPublished(host, Api.coffee(chapter, 8, "members"));
        Api.rsvp(guest, id, false).statusCode(201);
        given().auth().oauth2(TestTokens.member(guest)).when().get("/api/v1/events/" + id)
                .then().statusCode(200).body("hostDisplayName", org.hamcrest.Matchers.equalTo(MembersServiceStub.displayNameOf(host)));

        MemberFactsSent.erased(host);

        given().auth().oauth2(TestTokens.member(guest)).when().get("/api/v1/events/" + id)
                .then().statusCode(200)
                .body("hostId", org.hamcrest.Matchers.nullValue())
                .body("hostDisplayName", org.hamcrest.Matchers.nullValue())
                .body("title", org.hamcrest.Matchers.notNullValue());
        given().auth().oauth2(TestTokens.member(guest)).queryParam("chapter", chapter).when().get("/api/v1/events")
                .then().statusCode(200).body("items[0].hostId", org.hamcrest.Matchers.nullValue());
        long left = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                        "select (select count(*) from event where host_id = ?1)"
                                + " + (select count(*) from chapter_membership where member_id = ?1)"
                                + " + (select count(*) from member where id = ?1 and display_name is not null)")
                .setParameter(1, host).getSingleResult()).longValue());
        assertEquals(0, left, "neither the events nor the read model keep the erased host");
        // The erased host's token no longer manages the event, and their name never comes back.
        given().auth().oauth2(TestTokens.member(host)).contentType(ContentType.JSON).body(Map.of("title", "Mine again"))
                .when().patch("/api/v1/events/" + id).then().statusCode(404);
        // A change of the event still publishes a fact, with a null host.
        given().auth().oauth2(TestTokens.organizer(UUID.randomUUID(), chapter)).contentType(ContentType.JSON)
                .body(Map.of("title", "Coffee, hosted by the chapter")).when().patch("/api/v1/events/" + id).then().statusCode(200);
        TopicProbe.Fact updated = Facts.await(id, Facts.ofType(FactTypes.EVENT_UPDATED));
        assertTrue(updated.data().path("event").path("hostId").isNull(), "the fact carries no host id");
    }
}
