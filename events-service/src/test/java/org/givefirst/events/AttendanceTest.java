package org.givefirst.events;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.givefirst.platform.contracts.FactTypes;
import org.givefirst.platform.testing.TestTokens;
import org.givefirst.platform.testing.TopicProbe;
import org.junit.jupiter.api.Test;

/** The host records who came; no-shows are recorded and published too. */
@QuarkusTest
class AttendanceTest {

    private final UUID host = UUID.randomUUID();

    /** A volunteering morning that started an hour ago. */
    private String startedVolunteering() {
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Europe/Lisbon")).withNano(0).withSecond(0);
        Map<String, Object> body = Api.event(Api.chapter("came"), "volunteering", now.minusHours(1), now.plusHours(2),
                "Europe/Lisbon", 8, "public");
        body.put("cause", "Food bank sorting for Refood Lisboa");
        return Api.createPublished(host, body);
    }

    private io.restassured.response.ValidatableResponse record(String token, String eventId, UUID member, boolean attended) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("attended", attended))
                .when().put("/api/v1/events/" + eventId + "/attendance/" + member).then();
    }

    @Test
    void hostRecordsWhoCameAndWhoDidNotAndBothArePublished() {
        String id = startedVolunteering();
        UUID came = UUID.randomUUID();
        UUID noShow = UUID.randomUUID();
        Api.invite(host, id, false, came, noShow).statusCode(201);

        record(TestTokens.member(host), id, came, true).statusCode(201).body("attended", equalTo(true));
        record(TestTokens.member(host), id, noShow, false).statusCode(201).body("attended", equalTo(false));
        record(TestTokens.member(host), id, noShow, false).statusCode(200);

        given().auth().oauth2(TestTokens.member(host)).when().get("/api/v1/events/" + id + "/attendance")
                .then().statusCode(200).body("$", hasSize(2));

        TopicProbe.Fact noShowFact = Facts.await(id, fact -> fact.type().equals(FactTypes.ATTENDANCE_RECORDED)
                && fact.data().path("memberId").asText().equals(noShow.toString()));
        assertFalse(noShowFact.data().path("attended").asBoolean());
        assertEquals("volunteering", noShowFact.data().path("event").path("format").asText());
        assertEquals("Food bank sorting for Refood Lisboa", noShowFact.data().path("event").path("cause").asText());
        assertEquals(host.toString(), noShowFact.data().path("event").path("hostId").asText());
        Facts.assertShapedLikeSample(noShowFact);
        long noShowFacts = TopicProbe.factsWithKey(org.givefirst.platform.outbox.Topics.EVENTS, id).stream()
                .filter(f -> f.type().equals(FactTypes.ATTENDANCE_RECORDED) && f.data().path("memberId").asText().equals(noShow.toString()))
                .count();
        assertEquals(1, noShowFacts, "recording the same answer again publishes nothing new");

        given().auth().oauth2(TestTokens.member(host)).when().post("/api/v1/events/" + id + "/complete")
                .then().statusCode(200).body("status", equalTo("completed"));
        Facts.assertShapedLikeSample(Facts.await(id, Facts.ofType(FactTypes.EVENT_COMPLETED)));
    }

    @Test
    void walkInIsCheckedWithMembersServiceAndStrangersAreRefused() {
        String id = startedVolunteering();
        UUID walkIn = UUID.randomUUID();
        record(TestTokens.member(host), id, walkIn, true).statusCode(201);
        UUID stranger = UUID.randomUUID();
        MembersServiceStub.absent(stranger);
        record(TestTokens.member(host), id, stranger, true).statusCode(404).contentType("application/problem+json");
    }

    @Test
    void onlyManagersRecordAndOnlyOnceTheEventHasStarted() {
        String started = startedVolunteering();
        record(TestTokens.member(UUID.randomUUID()), started, UUID.randomUUID(), true).statusCode(403);
        String upcoming = Api.createPublished(host, Api.coffee(Api.chapter("came"), 8, "public"));
        record(TestTokens.member(host), upcoming, UUID.randomUUID(), true).statusCode(409).contentType("application/problem+json");
        Api.rsvp(UUID.randomUUID(), started, false).statusCode(409);
    }
}
