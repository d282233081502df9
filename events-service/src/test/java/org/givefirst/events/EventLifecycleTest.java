package org.givefirst.events;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.givefirst.platform.contracts.FactTypes;
import org.givefirst.platform.outbox.Topics;
import org.givefirst.platform.testing.TestTokens;
import org.givefirst.platform.testing.TopicProbe;
import org.junit.jupiter.api.Test;

/** Planning, changing, publishing, cancelling and completing events; who may do it; what is published. */
@QuarkusTest
class EventLifecycleTest {

    @Test
    void memberCreatesADraftTheyHostWithSmallDefaults() {
        String chapter = Api.chapter("life");
        UUID host = MemberFactsSent.member(chapter);
        Map<String, Object> body = Api.event(chapter, "walk_run_hike", LocalDateTime.parse("2030-07-01T09:00"),
                LocalDateTime.parse("2030-07-01T12:00"), "Europe/Lisbon", null, null);
        String location = Api.post(TestTokens.member(host), "/api/v1/events", body)
                .statusCode(201)
                .body("hostId", equalTo(host.toString()))
                .body("hostDisplayName", equalTo(MembersServiceStub.displayNameOf(host)))
                .body("status", equalTo("draft"))
                .body("format", equalTo("walk_run_hike"))
                .body("capacity", equalTo(8))
                .body("visibility", equalTo("members"))
                .body("start", equalTo("2030-07-01T09:00:00"))
                .body("timeZone", equalTo("Europe/Lisbon"))
                .body("startsAt", equalTo("2030-07-01T08:00:00Z"))
                .extract().header("Location");
        String id = given().auth().oauth2(TestTokens.member(host)).when().get(location)
                .then().statusCode(200).extract().path("id");
        assertTrue(location.endsWith("/api/v1/events/" + id));
    }

    @Test
    void draftIsHiddenUntilPublishedAndPublishingPublishesTheFact() {
        UUID host = UUID.randomUUID();
        String id = Api.create(host, Api.coffee(Api.chapter("life"), 6, "public"));
        given().auth().oauth2(TestTokens.member(UUID.randomUUID())).when().get("/api/v1/events/" + id)
                .then().statusCode(404).contentType("application/problem+json");
        given().when().get("/api/v1/events/" + id).then().statusCode(404);

        Api.publish(host, id);
        given().when().get("/api/v1/events/" + id).then().statusCode(200).body("status", equalTo("published"));
        given().auth().oauth2(TestTokens.member(host)).when().post("/api/v1/events/" + id + "/publish")
                .then().statusCode(409).contentType("application/problem+json");

        TopicProbe.Fact published = Facts.await(id, Facts.ofType(FactTypes.EVENT_PUBLISHED));
        assertEquals(id, published.key());
        assertEquals(host.toString(), published.data().path("event").path("hostId").asText());
        assertEquals("coffee", published.data().path("event").path("format").asText());
        assertEquals(6, published.data().path("event").path("capacity").asInt());
        assertEquals("Europe/Lisbon", published.data().path("event").path("timeZone").asText());
        Facts.assertShapedLikeSample(published);
    }

    @Test
    void onlyTheHostAndTheChaptersOrganizersManage() {
        UUID host = UUID.randomUUID();
        String chapter = Api.chapter("life");
        String id = Api.createPublished(host, Api.coffee(chapter, 8, "public"));
        given().auth().oauth2(TestTokens.member(UUID.randomUUID())).when().post("/api/v1/events/" + id + "/cancel")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.organizer(UUID.randomUUID(), "elsewhere")).contentType(ContentType.JSON)
                .body(Map.of("title", "Hijacked")).when().patch("/api/v1/events/" + id)
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.organizer(UUID.randomUUID(), chapter)).contentType(ContentType.JSON)
                .body(Map.of("title", "Coffee, renamed by the organizer")).when().patch("/api/v1/events/" + id)
                .then().statusCode(200).body("title", equalTo("Coffee, renamed by the organizer"));
    }

    @Test
    void organizerCreatesAnEventForAnotherHostButAMemberCannot() {
        String chapter = Api.chapter("life");
        UUID host = MemberFactsSent.member(chapter);
        Map<String, Object> body = Api.coffee(chapter, 8, "public");
        body.put("hostId", host.toString());
        Api.post(TestTokens.member(MemberFactsSent.member(chapter)), "/api/v1/events", body).statusCode(403);
        Api.post(TestTokens.organizer(UUID.randomUUID(), chapter), "/api/v1/events", body)
                .statusCode(201)
                .body("hostId", equalTo(host.toString()))
                .body("hostDisplayName", equalTo(MembersServiceStub.displayNameOf(host)));
    }

    @Test
    void hostWhoIsNotAMemberOfTheChapterIsRefused() {
        String chapter = Api.chapter("life");
        UUID stranger = UUID.randomUUID();
        MembersServiceStub.absent(stranger);
        Map<String, Object> body = Api.coffee(chapter, 8, "public");
        body.put("hostId", stranger.toString());
        Api.post(TestTokens.organizer(UUID.randomUUID(), chapter), "/api/v1/events", body)
                .statusCode(400).contentType("application/problem+json");
        body.put("hostId", MemberFactsSent.member(Api.chapter("life-other")).toString());
        Api.post(TestTokens.organizer(UUID.randomUUID(), chapter), "/api/v1/events", body)
                .statusCode(400).contentType("application/problem+json");
    }

    @Test
    void changingAPublishedEventPublishesWhatChanged() {
        UUID host = UUID.randomUUID();
        String id = Api.createPublished(host, Api.coffee(Api.chapter("life"), 8, "public"));
        given().auth().oauth2(TestTokens.member(host)).contentType("application/merge-patch+json")
                .body(Map.of("start", "2030-05-02T08:00", "end", "2030-05-02T09:30", "venue", "Jardim da Estrela kiosk"))
                .when().patch("/api/v1/events/" + id)
                .then().statusCode(200)
                .body("start", equalTo("2030-05-02T08:00:00"))
                .body("startsAt", equalTo("2030-05-02T07:00:00Z"))
                .body("venue", equalTo("Jardim da Estrela kiosk"));
        TopicProbe.Fact updated = Facts.await(id, Facts.ofType(FactTypes.EVENT_UPDATED));
        List<String> changed = new ArrayList<>();
        updated.data().path("changed").forEach(n -> changed.add(n.asText()));
        assertEquals(List.of("start", "end", "venue"), changed);
        assertEquals("2030-05-02T07:00:00Z", updated.data().path("event").path("startsAt").asText());
        Facts.assertShapedLikeSample(updated);
    }

    @Test
    void capacityCannotDropBelowTheSeatsTakenAndRaisingItSeatsTheWaitlist() {
        UUID host = UUID.randomUUID();
        String id = Api.createPublished(host, Api.coffee(Api.chapter("life"), 2, "public"));
        UUID ana = UUID.randomUUID();
        UUID ben = UUID.randomUUID();
        Api.rsvp(ana, id, true).statusCode(201).body("status", equalTo("going"));
        Api.rsvp(ben, id, false).statusCode(201).body("status", equalTo("waitlisted")).body("position", equalTo(1));
        given().auth().oauth2(TestTokens.member(host)).contentType(ContentType.JSON).body(Map.of("capacity", 1))
                .when().patch("/api/v1/events/" + id).then().statusCode(409).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.member(host)).contentType(ContentType.JSON).body(Map.of("capacity", 3))
                .when().patch("/api/v1/events/" + id).then().statusCode(200).body("seatsTaken", equalTo(3));
        given().auth().oauth2(TestTokens.member(ben)).when().get("/api/v1/events/" + id + "/rsvps/" + ben)
                .then().statusCode(200).body("status", equalTo("going")).body("position", nullValue());
    }

    @Test
    void cancellingPublishesTheFactAndFreezesTheEvent() {
        UUID host = UUID.randomUUID();
        String id = Api.createPublished(host, Api.coffee(Api.chapter("life"), 8, "public"));
        given().auth().oauth2(TestTokens.member(host)).when().post("/api/v1/events/" + id + "/cancel")
                .then().statusCode(200).body("status", equalTo("cancelled"));
        given().auth().oauth2(TestTokens.member(host)).contentType(ContentType.JSON).body(Map.of("title", "Back on?"))
                .when().patch("/api/v1/events/" + id).then().statusCode(409);
        Api.rsvp(UUID.randomUUID(), id, false).statusCode(409);
        TopicProbe.Fact cancelled = Facts.await(id, Facts.ofType(FactTypes.EVENT_CANCELLED));
        assertEquals("cancelled", cancelled.data().path("event").path("status").asText());
        Facts.assertShapedLikeSample(cancelled);
    }

    @Test
    void draftsPublishNothingUntilPublished() {
        UUID host = UUID.randomUUID();
        String id = Api.create(host, Api.coffee(Api.chapter("life"), 8, "public"));
        given().auth().oauth2(TestTokens.member(host)).contentType(ContentType.JSON).body(Map.of("title", "Still a draft"))
                .when().patch("/api/v1/events/" + id).then().statusCode(200);
        given().auth().oauth2(TestTokens.member(host)).when().post("/api/v1/events/" + id + "/cancel").then().statusCode(200);
        // A later event's fact arrives: by then anything about the draft would be on the topic too.
        String other = Api.createPublished(host, Api.coffee(Api.chapter("life"), 8, "public"));
        Facts.await(other, Facts.ofType(FactTypes.EVENT_PUBLISHED));
        assertTrue(TopicProbe.factsWithKey(Topics.EVENTS, id).isEmpty());
    }

    @Test
    void completingBeforeTheStartIsRefused() {
        UUID host = UUID.randomUUID();
        String id = Api.createPublished(host, Api.coffee(Api.chapter("life"), 8, "public"));
        given().auth().oauth2(TestTokens.member(host)).when().post("/api/v1/events/" + id + "/complete")
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void listingIsCursorPagedByStartAndShowsOnlyWhatTheCallerMaySee() {
        UUID host = UUID.randomUUID();
        String chapter = Api.chapter("list");
        List<String> publicIds = new ArrayList<>();
        for (int day = 1; day <= 5; day++) {
            publicIds.add(Api.createPublished(host, Api.event(chapter, "lunch", Api.daysAhead(day, 12, "Europe/Lisbon"),
                    Api.daysAhead(day, 13, "Europe/Lisbon"), "Europe/Lisbon", 6, "public")));
        }
        String membersOnly = Api.createPublished(host, Api.event(chapter, "dinner", Api.daysAhead(3, 20, "Europe/Lisbon"),
                Api.daysAhead(3, 22, "Europe/Lisbon"), "Europe/Lisbon", 6, "members"));
        String draft = Api.create(host, Api.event(chapter, "class", Api.daysAhead(2, 18, "Europe/Lisbon"),
                Api.daysAhead(2, 19, "Europe/Lisbon"), "Europe/Lisbon", 6, "public"));

        List<String> seen = new ArrayList<>();
        String next = "/api/v1/events?chapter=" + chapter + "&limit=2";
        int pages = 0;
        while (next != null) {
            Map<String, Object> page = given().when().get(next).then().statusCode(200).extract().as(Map.class);
            ((List<Map<String, Object>>) page.get("items")).forEach(item -> seen.add((String) item.get("id")));
            next = (String) page.get("next");
            pages++;
        }
        assertEquals(publicIds, seen, "anonymous callers get the public events, by start, each once");
        assertEquals(3, pages);

        List<String> memberSees = given().auth().oauth2(TestTokens.member(MemberFactsSent.member(chapter)))
                .when().get("/api/v1/events?chapter=" + chapter + "&limit=100").then().statusCode(200).extract().path("items.id");
        assertEquals(6, memberSees.size());
        assertTrue(memberSees.contains(membersOnly));
        List<String> hostSees = given().auth().oauth2(TestTokens.member(host))
                .when().get("/api/v1/events?chapter=" + chapter + "&format=class").then().statusCode(200).extract().path("items.id");
        assertEquals(List.of(draft), hostSees);
        given().auth().oauth2(TestTokens.member(MemberFactsSent.member(chapter))).when().get("/api/v1/events?chapter=" + chapter + "&limit=100")
                .then().body("next", nullValue()).body("items.hostDisplayName[0]", equalTo(MembersServiceStub.displayNameOf(host)));
        // Without a token only the names of public profiles show, as in members-service; this host's is not.
        given().when().get("/api/v1/events?chapter=" + chapter + "&limit=100")
                .then().body("items.hostDisplayName[0]", nullValue());
    }

    @Test
    void openApiDescribesTheOperations() {
        given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths.'/api/v1/events'.post.summary", equalTo("Plan an event (a draft)"))
                .body("paths.'/api/v1/chapters/{slug}/events'.get.summary", endsWith("(for its website)"))
                .body("paths.'/api/v1/events/{id}/rsvps/{memberId}'.put.security[0]", org.hamcrest.Matchers.hasKey("bearer"))
                .body("paths.'/api/v1/events/{id}.ics'.get.summary", equalTo("The event as an iCalendar file"))
                .body("components.schemas.EventFormat.enum", org.hamcrest.Matchers.hasItem("walk_run_hike"))
                .body("components.schemas.Visibility.enum", org.hamcrest.Matchers.hasItem("invite_only"));
    }
}
