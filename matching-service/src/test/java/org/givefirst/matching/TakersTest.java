package org.givefirst.matching;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.givefirst.matching.support.Facts;
import org.givefirst.matching.support.Facts.Member;
import org.givefirst.matching.support.Scenario;
import org.givefirst.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * The ledger this service keeps is what the domain's give-first rules read: members who only took
 * come after givers in suggestions, get fewer of them, are never matched with each other, and a round
 * serves the non-takers first.
 */
@QuarkusTest
class TakersTest {

    @Test
    void takersRankAfterGiversAndAreNeverIntroducedToEachOther() {
        String chapter = Facts.chapterSlug("takers");
        Member giver = new Member("Giver").chapters(chapter).offers("fundraising", "ux-research").seeks("fundraising", "ux-research");
        Member newcomer = new Member("Newcomer").chapters(chapter).offers("fundraising", "ux-research").seeks("fundraising", "ux-research");
        Member taker1 = new Member("Taker one").chapters(chapter).offers("fundraising", "ux-research").seeks("fundraising", "ux-research");
        Member taker2 = new Member("Taker two").chapters(chapter).offers("fundraising", "ux-research").seeks("fundraising", "ux-research");
        Scenario.register(giver, newcomer, taker1, taker2);
        // What two made introductions each, and nothing given, leave in their ledgers.
        ledgerEntries(taker1, "INTRODUCTION_RECEIVED", 2);
        ledgerEntries(taker2, "INTRODUCTION_RECEIVED", 2);
        // What hosting an event that took place leaves in the giver's.
        ledgerEntries(giver, "HOSTED", 1);

        given().auth().oauth2(TestTokens.member(taker1.id)).when().get("/api/v1/members/{id}/giving", taker1.id)
                .then().statusCode(200)
                .body("taker", equalTo(true))
                .body("balance", equalTo(-2))
                .body("factor", lessThan(1.0f));
        given().auth().oauth2(TestTokens.member(giver.id)).when().get("/api/v1/members/{id}/suggestions", giver.id)
                .then().statusCode(200)
                .body("items.member.memberId[0]", equalTo(newcomer.id.toString()))
                .body("items.size()", equalTo(3));
        given().auth().oauth2(TestTokens.member(taker1.id)).when().get("/api/v1/members/{id}/suggestions?limit=10", taker1.id)
                .then().statusCode(200)
                .body("items.member.memberId", not(hasItem(taker2.id.toString())))
                .body("items.size()", equalTo(2));

        JsonPath round = given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body("{\"chapter\":\"" + chapter + "\",\"perMemberLimit\":1}")
                .when().post("/api/v1/rounds")
                .then().statusCode(201).extract().jsonPath();
        List<Map<String, Object>> pairs = round.getList("pairs");
        // Givers first (issue 17): the giver and the newcomer meet; the takers, who may not meet each
        // other, get no one rather than the giver.
        assertEquals(1, pairs.size(), "the non-takers are served first");
        assertEquals(Set.of(giver.id.toString(), newcomer.id.toString()),
                Set.of(round.getString("pairs[0].memberA.memberId"), round.getString("pairs[0].memberB.memberId")));
        Set<String> takers = Set.of(taker1.id.toString(), taker2.id.toString());
        for (int i = 0; i < pairs.size(); i++) {
            String a = round.getString("pairs[" + i + "].memberA.memberId");
            String b = round.getString("pairs[" + i + "].memberB.memberId");
            assertFalse(takers.contains(a) && takers.contains(b), "two takers were matched");
        }
    }

    @Test
    void noShowsMakeAMemberUnreliableAndShowingUpAgainRecoversThemAsTheGivingEndpointShows() {
        String chapter = Facts.chapterSlug("reliability");
        Member host = new Member("Reliable host").chapters(chapter);
        Member ghost = new Member("Ghost").chapters(chapter).offers("fundraising").seeks("ux-research");
        Member other = new Member("Other").chapters(chapter);
        Scenario.register(host, ghost, other);
        List<Facts.Event> events = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Facts.Event coffee = new Facts.Event(chapter, host.id, "coffee", java.time.Instant.now().minus(10 - i, java.time.temporal.ChronoUnit.DAYS));
            events.add(coffee);
            Scenario.events(coffee.published(), coffee.rsvp(ghost.id, "going", false));
        }
        Scenario.events(events.get(0).attendance(ghost.id, false), events.get(1).attendance(ghost.id, false));

        given().auth().oauth2(TestTokens.member(ghost.id)).when().get("/api/v1/members/{id}/giving", ghost.id)
                .then().statusCode(200)
                .body("reliability.strikes", equalTo(2))
                .body("reliability.factor", equalTo(0.5f))
                .body("reliability.unreliable", equalTo(true))
                .body("halfLifeDays", equalTo(180));
        // Only the member, an organizer of their chapter or an admin read it.
        given().auth().oauth2(TestTokens.member(other.id)).when().get("/api/v1/members/{id}/giving", ghost.id)
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.organizer(UUID.randomUUID(), chapter)).when().get("/api/v1/members/{id}/giving", ghost.id)
                .then().statusCode(200);

        Scenario.events(events.get(2).attendance(ghost.id, true));
        given().auth().oauth2(TestTokens.member(ghost.id)).when().get("/api/v1/members/{id}/giving", ghost.id)
                .then().statusCode(200)
                .body("reliability.strikes", equalTo(1))
                .body("reliability.unreliable", equalTo(false));
        // The host hosted the one event someone came to, eight days ago: its points have decayed a little.
        given().auth().oauth2(TestTokens.member(host.id)).when().get("/api/v1/members/{id}/giving", host.id)
                .then().statusCode(200)
                .body("hosted", equalTo(1))
                .body("givingPoints", equalTo(2))
                .body("recentGivingPoints", lessThan(2.0f))
                .body("recentGivingPoints", org.hamcrest.Matchers.greaterThan(1.9f));
    }

    private static void ledgerEntries(Member member, String kind, int count) {
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < count; i++) {
                Scenario.em().createNativeQuery("insert into giving_entry (member_id, kind, source_id, occurred_at) values (?1, ?2, ?3, ?4)")
                        .setParameter(1, member.id).setParameter(2, kind).setParameter(3, UUID.randomUUID())
                        .setParameter(4, OffsetDateTime.now(ZoneOffset.UTC)).executeUpdate();
            }
        });
    }
}
