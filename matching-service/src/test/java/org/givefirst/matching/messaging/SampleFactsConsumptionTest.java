package org.givefirst.matching.messaging;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.givefirst.matching.support.Facts;
import org.givefirst.matching.support.Scenario;
import org.givefirst.platform.contracts.FactTypes;
import org.givefirst.platform.testing.Contracts;
import org.givefirst.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * The sample events members-service and events-service document (and its producer tests check) are read by matching
 * as they are: the same files, sent to the topic unchanged.
 */
@QuarkusTest
class SampleFactsConsumptionTest {


    @Test
    void membersServiceSampleFactsBuildAndThenEraseTheReadModel() {
        ObjectNode chapter = sample(FactTypes.CHAPTER_CREATED);
        ObjectNode registered = sample(FactTypes.MEMBER_REGISTERED);
        ObjectNode updated = sample(FactTypes.MEMBER_UPDATED);
        ObjectNode erased = sample(FactTypes.MEMBER_ERASED);
        UUID memberId = UUID.fromString(registered.path("data").path("memberId").asText());
        String firstChapter = registered.path("data").path("chapters").get(0).asText();
        String addedChapter = "porto";
        UUID organizer = UUID.randomUUID();

        Scenario.members(chapter, registered);
        given().auth().oauth2(TestTokens.organizer(organizer, firstChapter))
                .when().get("/api/v1/members/{id}/giving", memberId)
                .then().statusCode(200).body("memberId", equalTo(memberId.toString()));
        given().auth().oauth2(TestTokens.organizer(organizer, addedChapter))
                .when().get("/api/v1/members/{id}/giving", memberId)
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body("{\"chapter\":\"" + chapter.path("data").path("slug").asText() + "\",\"perMemberLimit\":1}")
                .when().post("/api/v1/rounds")
                .then().statusCode(201);

        Scenario.members(updated);
        given().auth().oauth2(TestTokens.organizer(organizer, addedChapter))
                .when().get("/api/v1/members/{id}/giving", memberId)
                .then().statusCode(200);

        Scenario.members(erased);
        given().auth().oauth2(TestTokens.admin())
                .when().get("/api/v1/members/{id}/giving", memberId)
                .then().statusCode(404);
        // Facts delivered again after the erasure (a replay) do not bring the member back.
        Facts.toMembers(registered);
        Facts.toMembers(updated);
        Scenario.members(new Facts.Member("Marker").chapters(firstChapter).registered());
        given().auth().oauth2(TestTokens.admin())
                .when().get("/api/v1/members/{id}/giving", memberId)
                .then().statusCode(404);
    }

    @Test
    void eventsServiceSampleFactsCreditTheHostOnlyWhileTheEventTookPlace() {
        ObjectNode published = sample(FactTypes.EVENT_PUBLISHED);
        ObjectNode updated = sample(FactTypes.EVENT_UPDATED);
        ObjectNode rsvp = sample(FactTypes.RSVP_CHANGED);
        ObjectNode completed = sample(FactTypes.EVENT_COMPLETED);
        ObjectNode attendance = sample(FactTypes.ATTENDANCE_RECORDED);
        ObjectNode cancelled = sample(FactTypes.EVENT_CANCELLED);
        UUID hostId = UUID.fromString(published.path("data").path("event").path("hostId").asText());
        UUID attendeeId = UUID.fromString(rsvp.path("data").path("memberId").asText());
        String chapter = published.path("data").path("event").path("chapter").asText();
        Scenario.register(new Facts.Member(hostId, "Host of the samples").chapters(chapter),
                new Facts.Member(attendeeId, "Attendee of the samples").chapters(chapter));

        Scenario.events(published, updated, rsvp, completed);
        given().auth().oauth2(TestTokens.member(hostId)).when().get("/api/v1/members/{id}/giving", hostId)
                .then().statusCode(200).body("hosted", equalTo(1));
        Scenario.events(attendance);
        given().auth().oauth2(TestTokens.member(attendeeId)).when().get("/api/v1/members/{id}/giving", attendeeId)
                .then().statusCode(200)
                .body("volunteered", equalTo(0))
                .body("broughtGuest", equalTo(0));
        Scenario.events(cancelled);
        given().auth().oauth2(TestTokens.member(hostId)).when().get("/api/v1/members/{id}/giving", hostId)
                .then().statusCode(200).body("hosted", equalTo(0));
    }

    /** The documented sample of a type, sent to the topic as it is (the same file the producer's tests check). */
    static ObjectNode sample(String type) {
        return (ObjectNode) Contracts.sample(type);
    }
}
