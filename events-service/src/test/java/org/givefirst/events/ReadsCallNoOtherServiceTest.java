package org.givefirst.events;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.givefirst.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * Reads never call members-service: display names come from events-service's own read model of
 * members-service's facts. The stand-in members-service counts every request it gets; reading
 * events, RSVPs and invitations, with names shown, must not add one.
 */
@QuarkusTest
class ReadsCallNoOtherServiceTest {

    @Test
    void readingEventsRsvpsAndInvitationsWithNamesMakesNoCallToMembersService() {
        String chapter = Api.chapter("reads");
        UUID host = MemberFactsSent.member(chapter);
        UUID ana = MemberFactsSent.member(chapter);
        UUID rui = MemberFactsSent.member(chapter);
        String id = Api.createPublished(host, Api.coffee(chapter, 1, "members"));
        Api.invite(host, id, false, ana, rui).statusCode(201);
        Api.rsvp(ana, id, false).statusCode(201).body("status", equalTo("going"));
        Api.rsvp(rui, id, false).statusCode(201).body("status", equalTo("waitlisted"));
        String open = Api.createPublished(host, Api.coffee(chapter, 8, "public"));

        long before = MembersServiceStub.requests();
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(TestTokens.member(ana)).when().get("/api/v1/events/" + id)
                    .then().statusCode(200).body("hostDisplayName", equalTo(MembersServiceStub.displayNameOf(host)));
            given().auth().oauth2(TestTokens.member(host)).when().get("/api/v1/events/" + id + "/rsvps")
                    .then().statusCode(200)
                    .body("going[0].displayName", equalTo(MembersServiceStub.displayNameOf(ana)))
                    .body("waitlist[0].displayName", equalTo(MembersServiceStub.displayNameOf(rui)));
            given().auth().oauth2(TestTokens.member(rui)).when().get("/api/v1/events/" + id + "/rsvps")
                    .then().statusCode(200).body("going[0].displayName", equalTo(MembersServiceStub.displayNameOf(ana)));
            given().auth().oauth2(TestTokens.member(host)).when().get("/api/v1/events/" + id + "/invitations")
                    .then().statusCode(200).body("invitations.displayName", hasItem(MembersServiceStub.displayNameOf(rui)));
            given().auth().oauth2(TestTokens.member(ana)).queryParam("chapter", chapter).when().get("/api/v1/events")
                    .then().statusCode(200).body("items.hostDisplayName", hasItem(MembersServiceStub.displayNameOf(host)));
            given().when().get("/api/v1/events/" + open).then().statusCode(200);
            given().when().get("/api/v1/events").then().statusCode(200);
            given().when().get("/api/v1/chapters/" + chapter + "/events").then().statusCode(200);
            given().when().get("/api/v1/chapters/" + chapter + "/events.ics").then().statusCode(200);
            given().when().get("/api/v1/events/" + open + ".ics").then().statusCode(200);
        }
        assertEquals(before, MembersServiceStub.requests(), "no read asked members-service anything");
    }
}
