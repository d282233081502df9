package org.givefirst.matching;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.givefirst.platform.contracts.FactTypes;
import org.givefirst.matching.support.Facts;
import org.givefirst.matching.support.Facts.Member;
import org.givefirst.matching.support.Scenario;
import org.givefirst.platform.outbox.Topics;
import org.givefirst.platform.testing.TestTokens;
import org.givefirst.platform.testing.TopicProbe;
import org.junit.jupiter.api.Test;

/** {@code member.erased} removes the member from every suggestion, round, table, ledger and introduction view. */
@QuarkusTest
class ErasureTest {

    @Test
    void anErasedMemberDisappearsFromSuggestionsRoundsTablesLedgersAndIntroductions() {
        String chapter = Facts.chapterSlug("erase");
        Member ana = new Member("Ana").chapters(chapter).offers("fundraising").seeks("ux-research");
        Member dora = new Member("Dora").chapters(chapter).offers("fundraising").seeks("ux-research");
        Member ben = new Member("Ben").chapters(chapter).offers("ux-research").seeks("fundraising");
        Member eli = new Member("Eli").chapters(chapter);
        Scenario.register(ana, dora, ben, eli);
        Facts.Event dinner = new Facts.Event(chapter, ben.id, "dinner", Instant.now().plus(3, ChronoUnit.DAYS));
        Facts.Event walk = new Facts.Event(chapter, ana.id, "walk_run_hike", Instant.now().minus(3, ChronoUnit.DAYS));
        Scenario.events(dinner.published(), dinner.rsvp(ana.id, "going", false), dinner.rsvp(ben.id, "going", false),
                dinner.rsvp(dora.id, "going", false), dinner.rsvp(eli.id, "going", false),
                walk.published(), walk.attendance(eli.id, true));

        JsonPath round = given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body("{\"chapter\":\"" + chapter + "\",\"perMemberLimit\":2}")
                .when().post("/api/v1/rounds")
                .then().statusCode(201).body("pairs", hasSize(2)).extract().jsonPath();
        String roundId = round.getString("id");
        String anasIntro = introductionWith(round, ana);
        Scenario.answer(ana.id, anasIntro, "accept", 200);
        given().auth().oauth2(TestTokens.member(ben.id)).contentType(ContentType.JSON).body("{\"tableSize\":4}")
                .when().post("/api/v1/events/{id}/tables", dinner.id)
                .then().statusCode(201).body("tables[0].members.memberId", org.hamcrest.Matchers.hasItem(ana.id.toString()));
        // Frank joins after the round: both Ana and Dora are suggested to him.
        Member frank = new Member("Frank").chapters(chapter).offers("ux-research").seeks("fundraising");
        Scenario.register(frank);
        given().auth().oauth2(TestTokens.member(frank.id)).when().get("/api/v1/members/{id}/suggestions", frank.id)
                .then().statusCode(200).body("items", hasSize(2));
        given().auth().oauth2(TestTokens.admin()).when().get("/api/v1/members/{id}/giving", ana.id)
                .then().statusCode(200).body("hosted", equalTo(1));

        Scenario.members(ana.erased());

        given().auth().oauth2(TestTokens.member(frank.id)).when().get("/api/v1/members/{id}/suggestions", frank.id)
                .then().statusCode(200)
                .body("items.member.memberId", contains(dora.id.toString()));
        given().auth().oauth2(TestTokens.admin()).when().get("/api/v1/members/{id}/giving", ana.id)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.member(ana.id)).when().get("/api/v1/members/{id}/suggestions", ana.id)
                .then().statusCode(404);
        String anasSide = given().auth().oauth2(TestTokens.member(ben.id)).when().get("/api/v1/introductions/{id}", anasIntro)
                .then().statusCode(200)
                .body("status", equalTo("withdrawn"))
                .body("explanation.aCanGiveB", empty())
                .extract().asString();
        assertFalse(anasSide.contains(ana.id.toString()), "the introduction no longer names her");
        assertFalse(anasSide.contains("Ana"));
        given().auth().oauth2(TestTokens.admin()).when().get("/api/v1/rounds/{id}", roundId)
                .then().statusCode(200)
                .body("pairs", hasSize(1))
                .body("pairs[0].memberA.memberId", not(equalTo(ana.id.toString())))
                .body("pairs[0].memberB.memberId", not(equalTo(ana.id.toString())));
        given().auth().oauth2(TestTokens.member(ben.id)).when().get("/api/v1/events/{id}/tables", dinner.id)
                .then().statusCode(200)
                .body("tables.members.flatten().memberId", not(org.hamcrest.Matchers.hasItem(ana.id.toString())))
                .body("tables.members.flatten()", hasSize(3));
        TopicProbe.Fact withdrawn = await().atMost(Duration.ofSeconds(30))
                .until(() -> TopicProbe.factsWithKey(Topics.INTRODUCTIONS, anasIntro), facts -> facts.size() == 3).get(2);
        assertEquals(FactTypes.INTRODUCTION_WITHDRAWN, withdrawn.type());
        assertEquals("member-erased", withdrawn.data().path("reason").asText());
        assertFalse(withdrawn.cloudEvent().toString().contains(ana.id.toString()));

        // Facts about her that arrive later from events-service are ignored.
        Scenario.events(dinner.rsvp(ana.id, "going", true));
        given().auth().oauth2(TestTokens.member(ben.id)).contentType(ContentType.JSON).body("{\"tableSize\":4}")
                .when().post("/api/v1/events/{id}/tables", dinner.id)
                .then().statusCode(201)
                .body("tables.members.flatten()", hasSize(3))
                .body("tables[0].members.memberId", not(org.hamcrest.Matchers.hasItem(ana.id.toString())));
        Scenario.events(walk.attendance(eli.id, true));
        assertEquals(0, ledgerRowsOf(ana), "the walk she hosted no longer credits anyone");
    }

    private static String introductionWith(JsonPath round, Member member) {
        String id = member.id.toString();
        return round.getString("pairs.find { it.memberA.memberId == '" + id + "' || it.memberB.memberId == '" + id + "' }.introductionId");
    }

    private static long ledgerRowsOf(Member member) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> ((Number) Scenario.em()
                .createNativeQuery("select count(*) from giving_entry where member_id = ?1")
                .setParameter(1, member.id).getSingleResult()).longValue());
    }
}
