package org.givefirst.events;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.givefirst.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * The documented behaviour while members-service is down (docs/events.md): a member can still plan
 * and run their own events, answers carry no display names and say so; what needs members-service
 * to confirm an id (another host, invitees) answers 503 instead of storing ids nobody checked.
 */
@QuarkusTest
class MembersServiceDownTest {

    @Test
    void withMembersServiceStoppedOwnEventsStillWorkWithoutNamesAndUncheckableIdsAre503() {
        UUID knownHost = UUID.randomUUID();
        String chapter = Api.chapter("down");
        String existing = Api.createPublished(knownHost, Api.coffee(chapter, 8, "public"));
        UUID host = UUID.randomUUID(); // never looked up before the outage
        MembersServiceStub.stopServing();
        String id;
        try {
            id = Api.post(TestTokens.member(host), "/api/v1/events", Api.coffee(chapter, 8, "public"))
                    .statusCode(201)
                    .header("Warning", containsString("members-service unavailable"))
                    .body("hostId", equalTo(host.toString()))
                    .body("hostDisplayName", nullValue())
                    .body("displayNamesAvailable", equalTo(false))
                    .extract().path("id");
            Api.publish(host, id);
            Api.rsvp(UUID.randomUUID(), id, true).statusCode(201).body("status", equalTo("going"));
            given().auth().oauth2(TestTokens.member(host)).when().get("/api/v1/events/" + id + "/rsvps")
                    .then().statusCode(200)
                    .header("Warning", containsString("members-service unavailable"))
                    .body("going[0].displayName", nullValue())
                    .body("displayNamesAvailable", equalTo(false));

            // A name looked up shortly before the outage is still shown (display-name-ttl).
            given().auth().oauth2(TestTokens.member(knownHost)).when().get("/api/v1/events/" + existing)
                    .then().statusCode(200).body("hostDisplayName", equalTo(MembersServiceStub.displayNameOf(knownHost)));
            given().when().get("/api/v1/events/" + existing)
                    .then().statusCode(200).body("hostDisplayName", nullValue()).body("displayNamesAvailable", equalTo(false))
                    .header("Warning", containsString("members-service unavailable"));

            Map<String, Object> forSomeoneElse = Api.coffee(chapter, 8, "public");
            forSomeoneElse.put("hostId", UUID.randomUUID().toString());
            Api.post(TestTokens.organizer(UUID.randomUUID(), chapter), "/api/v1/events", forSomeoneElse)
                    .statusCode(503).contentType("application/problem+json").body("status", equalTo(503));
            Api.invite(host, id, false, UUID.randomUUID())
                    .statusCode(503).contentType("application/problem+json");
        } finally {
            MembersServiceStub.startServing();
        }
        // Once members-service is back (and the circuit breaker has let a trial call through), names return.
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                given().auth().oauth2(TestTokens.member(host)).when().get("/api/v1/events/" + id)
                        .then().statusCode(200)
                        .body("hostDisplayName", equalTo(MembersServiceStub.displayNameOf(host)))
                        .body("displayNamesAvailable", equalTo(true)));
    }
}
