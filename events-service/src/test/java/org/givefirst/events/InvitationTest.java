package org.givefirst.events;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.givefirst.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** Host your own: invite-only events, guest seats, and RSVPs only for oneself. */
@QuarkusTest
class InvitationTest {

    private final UUID host = UUID.randomUUID();

    private String inviteOnlyDinner() {
        return Api.createPublished(host, Api.event(Api.chapter("invite"), "dinner", Api.daysAhead(9, 19, "Europe/Lisbon"),
                Api.daysAhead(9, 22, "Europe/Lisbon"), "Europe/Lisbon", 6, "invite_only"));
    }

    @Test
    void inviteOnlyEventRefusesTheRsvpOfANonInvitee() {
        String id = inviteOnlyDinner();
        Api.rsvp(UUID.randomUUID(), id, false)
                .statusCode(403).contentType("application/problem+json").body("status", equalTo(403));
    }

    @Test
    void memberCannotRsvpForSomeoneElse() {
        String id = Api.createPublished(host, Api.coffee(Api.chapter("invite"), 8, "public"));
        UUID me = UUID.randomUUID();
        UUID someoneElse = UUID.randomUUID();
        Api.rsvp(TestTokens.member(me), someoneElse, id, false)
                .statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.member(host)).when().get("/api/v1/events/" + id + "/rsvps")
                .then().statusCode(200).body("going", hasSize(0));
    }

    @Test
    void inviteeRsvpsAndBringsAGuestOnlyWithAGuestSeat() {
        String id = inviteOnlyDinner();
        UUID plain = UUID.randomUUID();
        UUID withGuestSeat = UUID.randomUUID();
        // plain registered a moment ago: events-service has not heard of them yet and asks members-service.
        Api.invite(host, id, false, plain).statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/api/v1/events/" + id + "/invitations"))
                .body("invitations[0].memberId", equalTo(plain.toString()))
                .body("invitations[0].displayName", equalTo(MembersServiceStub.displayNameOf(plain)));
        Api.invite(host, id, true, withGuestSeat).statusCode(201).body("invitations[0].guestSeat", equalTo(true));

        Api.rsvp(plain, id, true).statusCode(403).contentType("application/problem+json");
        Api.rsvp(plain, id, false).statusCode(201).body("status", equalTo("going")).body("seats", equalTo(1));
        Api.rsvp(withGuestSeat, id, true).statusCode(201).body("status", equalTo("going")).body("seats", equalTo(2))
                .body("guestName", equalTo("Guest of " + withGuestSeat.toString().substring(0, 4)));

        given().auth().oauth2(TestTokens.member(plain)).when().get("/api/v1/events/" + id).then().statusCode(200);
        given().auth().oauth2(TestTokens.member(UUID.randomUUID())).when().get("/api/v1/events/" + id).then().statusCode(404);
        given().auth().oauth2(TestTokens.member(host)).when().get("/api/v1/events/" + id + "/invitations")
                .then().statusCode(200).body("invitations", hasSize(2));
    }

    @Test
    void membersSeeWhoIsGoingWithoutPrivateDetailsWhileTheHostSeesEverything() {
        String chapter = Api.chapter("invite");
        String id = Api.createPublished(host, Api.coffee(chapter, 1, "public"));
        UUID ana = MemberFactsSent.member(chapter);
        UUID ben = UUID.randomUUID();
        Api.rsvp(ana, id, false).statusCode(201);
        given().auth().oauth2(TestTokens.member(ana)).contentType("application/json")
                .body("{\"bringsGuest\": false, \"note\": \"vegetarian\"}")
                .when().put("/api/v1/events/" + id + "/rsvps/" + ana).then().statusCode(200).body("note", equalTo("vegetarian"));
        Api.rsvp(ben, id, false).statusCode(201).body("status", equalTo("waitlisted"));

        given().auth().oauth2(TestTokens.member(UUID.randomUUID())).when().get("/api/v1/events/" + id + "/rsvps")
                .then().statusCode(200)
                .body("going.memberId", hasItem(ana.toString()))
                .body("going[0].displayName", equalTo(MembersServiceStub.displayNameOf(ana)))
                .body("going[0].note", nullValue())
                .body("waitlist", hasSize(0));
        given().auth().oauth2(TestTokens.member(host)).when().get("/api/v1/events/" + id + "/rsvps")
                .then().statusCode(200)
                .body("going[0].note", equalTo("vegetarian"))
                .body("waitlist.memberId", hasItem(ben.toString()))
                .body("waitlist[0].position", equalTo(1));
    }

    @Test
    void invitingSomeoneWhoIsNotAMemberIsRefusedAndOnlyManagersInvite() {
        String id = inviteOnlyDinner();
        UUID ghost = UUID.randomUUID();
        MembersServiceStub.absent(ghost);
        Api.invite(host, id, false, ghost).statusCode(400).contentType("application/problem+json");
        Api.post(TestTokens.member(UUID.randomUUID()), "/api/v1/events/" + id + "/invitations",
                java.util.Map.of("memberIds", java.util.List.of(UUID.randomUUID()))).statusCode(404);
        Api.post(TestTokens.member(host), "/api/v1/events/" + id + "/invitations",
                java.util.Map.of("memberIds", java.util.List.of())).statusCode(400).body("errors.field", hasItem("memberIds"));
        given().auth().oauth2(TestTokens.member(host)).when().get("/api/v1/events/" + id + "/invitations")
                .then().statusCode(200).body("invitations.memberId", not(hasItem(ghost.toString())));
    }

    @Test
    void aGuestNeedsASecondSeatAndIsNeverDropped() {
        String id = Api.createPublished(host, Api.coffee(Api.chapter("invite"), 2, "public"));
        UUID first = UUID.randomUUID();
        UUID pair = UUID.randomUUID();
        UUID single = UUID.randomUUID();
        Api.rsvp(first, id, false).statusCode(201).body("status", equalTo("going"));
        Api.rsvp(pair, id, true).statusCode(201).body("status", equalTo("waitlisted")).body("position", equalTo(1))
                .body("bringsGuest", equalTo(true));
        // The pair waits for two seats; a single member behind them takes the one seat left.
        Api.rsvp(single, id, false).statusCode(201).body("status", equalTo("going"));
        // Adding a guest needs a free seat.
        Api.rsvp(first, id, true).statusCode(409).contentType("application/problem+json");
        // Two seats free up: the pair, first in line, is seated together.
        given().auth().oauth2(TestTokens.member(first)).when().delete("/api/v1/events/" + id + "/rsvps/" + first).then().statusCode(204);
        given().auth().oauth2(TestTokens.member(single)).when().delete("/api/v1/events/" + id + "/rsvps/" + single).then().statusCode(204);
        given().auth().oauth2(TestTokens.member(pair)).when().get("/api/v1/events/" + id + "/rsvps/" + pair)
                .then().statusCode(200).body("status", equalTo("going")).body("seats", equalTo(2));
        Api.rsvp(UUID.randomUUID(), id, false).statusCode(201).body("status", equalTo("waitlisted"));
    }
}
