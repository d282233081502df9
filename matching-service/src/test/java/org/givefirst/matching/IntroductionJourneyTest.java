package org.givefirst.matching;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.givefirst.platform.contracts.FactTypes;
import org.givefirst.matching.support.Facts;
import org.givefirst.matching.support.Facts.Member;
import org.givefirst.matching.support.MembersServiceStub;
import org.givefirst.platform.outbox.Topics;
import org.givefirst.platform.testing.TestTokens;
import org.givefirst.platform.testing.TopicProbe;
import org.junit.jupiter.api.Test;

/**
 * The whole journey over the real broker: member and event facts in (as members-service and
 * events-service publish them) → suggestions → a round → {@code introduction.suggested} on the
 * topic → both accept → {@code introduction.made}, contact shown only to the two → feedback
 * updates the giving ledger.
 */
@QuarkusTest
class IntroductionJourneyTest {

    @Test
    void factsBecomeSuggestionsThenARoundThenADoubleOptInIntroductionWhoseFeedbackFeedsTheLedger() {
        String chapter = Facts.chapterSlug("journey");
        Member ana = new Member("Ana").chapters(chapter).offers("fundraising", "grant-writing").seeks("ux-research")
                .formats("lunch");
        Member ben = new Member("Ben").chapters(chapter).offers("ux-research").seeks("fundraising").formats("lunch", "coffee");
        // Carla offers nothing Ana seeks: one-way towards Carla, so she is never suggested to Ana.
        Member carla = new Member("Carla").chapters(chapter).offers("legal").seeks("ux-research");
        UUID organizer = UUID.randomUUID();
        MembersServiceStub.contact(ana.id, "Ana", "ana@example.org");
        MembersServiceStub.contact(ben.id, "Ben", "ben@example.org");
        MembersServiceStub.contact(carla.id, "Carla", "carla@example.org");

        Facts.toMembers(Facts.chapterCreated(UUID.randomUUID(), chapter));
        Facts.toMembers(ana.registered());
        Facts.toMembers(ben.registered());
        Facts.toMembers(carla.registered());
        Facts.Event lunch = new Facts.Event(chapter, carla.id, "lunch", Instant.now().plus(7, ChronoUnit.DAYS))
                .title("Founders lunch");
        Facts.toEvents(lunch.published());
        Facts.toEvents(lunch.rsvp(ana.id, "going", false));
        Facts.toEvents(lunch.rsvp(ben.id, "going", false));

        // Suggestions: Ben, explained both ways, around the lunch both are going to.
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                given().auth().oauth2(TestTokens.member(ana.id))
                        .when().get("/api/v1/members/{id}/suggestions", ana.id)
                        .then().statusCode(200)
                        .body("items", hasSize(1))
                        .body("items[0].member.memberId", equalTo(ben.id.toString()))
                        .body("items[0].explanation.gathering.eventId", equalTo(lunch.id.toString())));
        given().auth().oauth2(TestTokens.member(ana.id))
                .when().get("/api/v1/members/{id}/suggestions", ana.id)
                .then().statusCode(200)
                .body("items[0].member.displayName", equalTo("Ben"))
                .body("items[0].explanation.youCanGive", contains("fundraising"))
                .body("items[0].explanation.theyCanGive", contains("ux-research"))
                .body("items[0].explanation.gathering.bothGoing", equalTo(true))
                .body("items[0].explanation.gathering.title", equalTo("Founders lunch"));

        // A round for the chapter, run by its organizer.
        ExtractableResponse<Response> round = given().auth().oauth2(TestTokens.organizer(organizer, chapter))
                .contentType(ContentType.JSON)
                .body("{\"chapter\":\"" + chapter + "\",\"perMemberLimit\":1}")
                .when().post("/api/v1/rounds")
                .then().statusCode(201)
                .body("pairs", hasSize(1))
                .body("methods", contains("EXACT_BLOSSOM_V"))
                .body("quality.shareOfOptimum", equalTo(1.0f))
                .body("members", equalTo(3))
                .extract();
        String location = round.header("Location");
        String introductionId = round.path("pairs[0].introductionId");
        List<String> pair = List.of(round.path("pairs[0].memberA.memberId"), round.path("pairs[0].memberB.memberId"));
        assertTrue(pair.containsAll(List.of(ana.id.toString(), ben.id.toString())), "the round pairs Ana and Ben: " + pair);
        given().auth().oauth2(TestTokens.organizer(organizer, chapter))
                .when().get(location)
                .then().statusCode(200)
                .body("pairs[0].introductionId", equalTo(introductionId))
                .body("pairs[0].status", equalTo("suggested"))
                .body("components[0].method", equalTo("EXACT_BLOSSOM_V"));

        // introduction.suggested is on the topic, keyed by the introduction id.
        List<TopicProbe.Fact> suggested = await().atMost(Duration.ofSeconds(30))
                .until(() -> TopicProbe.factsWithKey(Topics.INTRODUCTIONS, introductionId), facts -> facts.size() == 1);
        assertEquals(FactTypes.INTRODUCTION_SUGGESTED, suggested.get(0).type());
        assertEquals(lunch.id.toString(), suggested.get(0).data().path("gathering").path("eventId").asText());
        assertEquals("/givefirst/matching-service", suggested.get(0).cloudEvent().path("source").asText());

        // Double opt-in: Ana accepts; nothing is shared yet.
        given().auth().oauth2(TestTokens.member(ana.id)).contentType(ContentType.JSON)
                .body("{\"answer\":\"accept\"}")
                .when().post("/api/v1/introductions/{id}/responses", introductionId)
                .then().statusCode(200)
                .body("status", equalTo("accepted"))
                .body("contact", nullValue())
                .body("contactStatus", equalTo("not-shared"));
        // Ben accepts: the introduction is made, and Ben sees Ana's contact.
        given().auth().oauth2(TestTokens.member(ben.id)).contentType(ContentType.JSON)
                .body("{\"answer\":\"accept\"}")
                .when().post("/api/v1/introductions/{id}/responses", introductionId)
                .then().statusCode(200)
                .body("status", equalTo("made"))
                .body("madeAt", notNullValue())
                .body("contact.email", equalTo("ana@example.org"))
                .body("contactStatus", equalTo("available"));
        given().auth().oauth2(TestTokens.member(ana.id))
                .when().get("/api/v1/introductions/{id}", introductionId)
                .then().statusCode(200)
                .body("contact.memberId", equalTo(ben.id.toString()))
                .body("contact.email", equalTo("ben@example.org"));

        // Nobody else sees a contact: a third member is refused, the organizer reads it without contact.
        String refused = given().auth().oauth2(TestTokens.member(carla.id))
                .when().get("/api/v1/introductions/{id}", introductionId)
                .then().statusCode(403).contentType("application/problem+json")
                .extract().asString();
        assertFalse(refused.contains("@example.org"));
        given().auth().oauth2(TestTokens.organizer(organizer, chapter))
                .when().get("/api/v1/introductions/{id}", introductionId)
                .then().statusCode(200)
                .body("status", equalTo("made"))
                .body("contact", nullValue())
                .body(not(org.hamcrest.Matchers.containsString("@example.org")));

        // The facts: suggested, accepted (Ana), accepted (Ben), made, and no email in any of them.
        List<TopicProbe.Fact> facts = await().atMost(Duration.ofSeconds(30))
                .until(() -> TopicProbe.factsWithKey(Topics.INTRODUCTIONS, introductionId), found -> found.size() == 4);
        assertEquals(List.of(FactTypes.INTRODUCTION_SUGGESTED, FactTypes.INTRODUCTION_ACCEPTED, FactTypes.INTRODUCTION_ACCEPTED,
                FactTypes.INTRODUCTION_MADE), facts.stream().map(TopicProbe.Fact::type).toList());
        assertEquals(ana.id.toString(), facts.get(1).data().path("acceptedBy").asText());
        assertEquals(ben.id.toString(), facts.get(1).data().path("waitingFor").asText());
        assertEquals(ben.id.toString(), facts.get(2).data().path("acceptedBy").asText());
        facts.forEach(fact -> assertFalse(fact.cloudEvent().toString().contains("@example.org"), "no email on the topic: " + fact.type()));

        // Feedback: Ben met Ana and she helped him; that counts as giving in Ana's ledger.
        given().auth().oauth2(TestTokens.member(ana.id))
                .when().get("/api/v1/members/{id}/giving", ana.id)
                .then().statusCode(200)
                .body("helpConfirmed", equalTo(0))
                .body("introductionsReceived", equalTo(1))
                .body("balance", equalTo(-1));
        given().auth().oauth2(TestTokens.member(ben.id)).contentType(ContentType.JSON)
                .body("{\"met\":true,\"otherHelped\":true}")
                .when().post("/api/v1/introductions/{id}/feedback", introductionId)
                .then().statusCode(200)
                .body("feedback.memberA.met", pair.get(0).equals(ben.id.toString()) ? equalTo(true) : nullValue())
                .body("feedback.memberB.met", pair.get(1).equals(ben.id.toString()) ? equalTo(true) : nullValue());
        given().auth().oauth2(TestTokens.member(ana.id))
                .when().get("/api/v1/members/{id}/giving", ana.id)
                .then().statusCode(200)
                .body("helpConfirmed", equalTo(1))
                .body("introductionsReceived", equalTo(1))
                .body("balance", equalTo(1))
                .body("taker", equalTo(false))
                .body("factor", equalTo(1.122f))
                .body("recent.kind", org.hamcrest.Matchers.hasItems("HELP_CONFIRMED", "INTRODUCTION_RECEIVED"));
        given().auth().oauth2(TestTokens.member(ben.id))
                .when().get("/api/v1/members/{id}/giving", ben.id)
                .then().statusCode(200)
                .body("helpConfirmed", equalTo(0))
                .body("introductionsReceived", equalTo(1));
        TopicProbe.Fact feedback = await().atMost(Duration.ofSeconds(30))
                .until(() -> TopicProbe.factsWithKey(Topics.INTRODUCTIONS, introductionId), found -> found.size() == 5)
                .get(4);
        assertEquals(FactTypes.INTRODUCTION_FEEDBACK_GIVEN, feedback.type());
        assertEquals(ben.id.toString(), feedback.data().path("memberId").asText());
        assertEquals(ana.id.toString(), feedback.data().path("otherMemberId").asText());
        assertTrue(feedback.data().path("otherHelped").asBoolean());

        // Introduced once, never suggested again.
        given().auth().oauth2(TestTokens.member(ana.id))
                .when().get("/api/v1/members/{id}/suggestions", ana.id)
                .then().statusCode(200)
                .body("items", hasSize(0));
    }
}
