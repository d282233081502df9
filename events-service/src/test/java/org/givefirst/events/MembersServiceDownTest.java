package org.givefirst.events;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.givefirst.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * The documented behaviour while members-service is down (docs/events.md): events-service keeps its
 * own read model of members, so planning, publishing, RSVPs and every read work as usual, with the
 * names it knows. Only a write naming an id the read model has not heard of yet (a member registered
 * a moment ago) needs members-service to confirm it, and answers 503 instead of storing an id nobody checked.
 */
@QuarkusTest
class MembersServiceDownTest {

    @Test
    void withMembersServiceStoppedEverythingWorksWithNamesAndOnlyANewIdIs503() {
        String chapter = Api.chapter("down");
        UUID host = MemberFactsSent.member(chapter);
        UUID known = MemberFactsSent.member(chapter);
        String existing = Api.createPublished(host, Api.coffee(chapter, 8, "public"));
        UUID brandNew = UUID.randomUUID(); // registered in members-service, its fact not applied here yet
        MembersServiceStub.stopServing();
        String id;
        try {
            id = Api.post(TestTokens.member(host), "/api/v1/events", Api.coffee(chapter, 8, "members"))
                    .statusCode(201)
                    .body("hostDisplayName", equalTo(MembersServiceStub.displayNameOf(host)))
                    .extract().path("id");
            Api.publish(host, id);
            Api.rsvp(known, id, false).statusCode(201).body("status", equalTo("going"));
            given().auth().oauth2(TestTokens.member(host)).when().get("/api/v1/events/" + id + "/rsvps")
                    .then().statusCode(200).body("going[0].displayName", equalTo(MembersServiceStub.displayNameOf(known)));
            given().auth().oauth2(TestTokens.member(known)).when().get("/api/v1/events/" + existing)
                    .then().statusCode(200).body("hostDisplayName", equalTo(MembersServiceStub.displayNameOf(host)));
            // Without a token only public profiles are named, members-service up or down.
            given().when().get("/api/v1/events/" + existing).then().statusCode(200).body("hostDisplayName", nullValue());

            Map<String, Object> forSomeoneElse = Api.coffee(chapter, 8, "members");
            forSomeoneElse.put("hostId", known.toString());
            Api.post(TestTokens.organizer(UUID.randomUUID(), chapter), "/api/v1/events", forSomeoneElse)
                    .statusCode(201).body("hostDisplayName", equalTo(MembersServiceStub.displayNameOf(known)));
            Api.invite(host, id, false, known).statusCode(201)
                    .body("invitations[0].displayName", equalTo(MembersServiceStub.displayNameOf(known)));

            Api.invite(host, id, false, brandNew)
                    .statusCode(503).contentType("application/problem+json").body("status", equalTo(503));
        } finally {
            MembersServiceStub.startServing();
        }
        // Once members-service is back (and the circuit breaker has let a trial call through), a new id is confirmed.
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                Api.invite(host, id, false, brandNew).statusCode(201));
    }
}
