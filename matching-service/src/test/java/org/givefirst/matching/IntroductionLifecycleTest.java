package org.givefirst.matching;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.givefirst.platform.contracts.FactTypes;
import org.givefirst.matching.service.IntroductionService;
import org.givefirst.matching.support.Facts;
import org.givefirst.matching.support.Facts.Member;
import org.givefirst.matching.support.MembersServiceStub;
import org.givefirst.matching.support.Scenario;
import org.givefirst.platform.outbox.Topics;
import org.givefirst.platform.testing.TestTokens;
import org.givefirst.platform.testing.TopicProbe;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IntroductionLifecycleTest {

    @Inject
    IntroductionService introductions;

    @Test
    void aDeclinedPairIsClosedAndNeverSuggestedNorMatchedAgain() {
        String chapter = Facts.chapterSlug("decline");
        Member ana = new Member("Ana").chapters(chapter).offers("fundraising").seeks("ux-research");
        Member ben = new Member("Ben").chapters(chapter).offers("ux-research").seeks("fundraising");
        Scenario.register(ana, ben);
        String intro = Scenario.round(chapter, 1).get(0);

        Scenario.answer(ana.id, intro, "accept", 200);
        given().auth().oauth2(TestTokens.member(ben.id)).contentType(ContentType.JSON)
                .body("{\"answer\":\"decline\"}")
                .when().post("/api/v1/introductions/{id}/responses", intro)
                .then().statusCode(200)
                .body("status", equalTo("declined"))
                .body("responses.memberA", notNullValue())
                .body("closedAt", notNullValue());
        Scenario.answer(ana.id, intro, "accept", 409);

        given().auth().oauth2(TestTokens.member(ana.id)).when().get("/api/v1/members/{id}/suggestions", ana.id)
                .then().statusCode(200).body("items", hasSize(0));
        assertEquals(List.of(), Scenario.round(chapter, 1), "the declined pair is not matched again");
        List<TopicProbe.Fact> facts = await().atMost(Duration.ofSeconds(30))
                .until(() -> TopicProbe.factsWithKey(Topics.INTRODUCTIONS, intro), found -> found.size() == 3);
        assertEquals(FactTypes.INTRODUCTION_DECLINED, facts.get(2).type());
        assertEquals(ben.id.toString(), facts.get(2).data().path("declinedBy").asText());
    }

    @Test
    void anIntroductionNotAnsweredByBothInTimeExpiresAndThePairMayBeProposedAgain() {
        String chapter = Facts.chapterSlug("expiry");
        Member ana = new Member("Ana").chapters(chapter).offers("fundraising").seeks("ux-research");
        Member ben = new Member("Ben").chapters(chapter).offers("ux-research").seeks("fundraising");
        Scenario.register(ana, ben);
        String intro = Scenario.round(chapter, 1).get(0);
        Scenario.answer(ana.id, intro, "accept", 200);

        OffsetDateTime expiresAt = OffsetDateTime.parse(given().auth().oauth2(TestTokens.member(ana.id))
                .when().get("/api/v1/introductions/{id}", intro).then().statusCode(200).extract().path("expiresAt"));
        assertTrue(expiresAt.isAfter(OffsetDateTime.now(ZoneOffset.UTC).plusDays(13)), "14 days to answer by default");
        introductions.expireUnanswered(OffsetDateTime.now(ZoneOffset.UTC), 1000);
        assertEquals("accepted", statusOf(intro, ana), "nothing expires before its time");
        // What the scheduled job does once the time has passed.
        introductions.expireUnanswered(expiresAt.plusSeconds(1), 1000);

        given().auth().oauth2(TestTokens.member(ana.id)).when().get("/api/v1/introductions/{id}", intro)
                .then().statusCode(200).body("status", equalTo("expired"));
        Scenario.answer(ben.id, intro, "accept", 409);
        TopicProbe.Fact expired = await().atMost(Duration.ofSeconds(30))
                .until(() -> TopicProbe.factsWithKey(Topics.INTRODUCTIONS, intro), found -> found.size() == 3).get(2);
        assertEquals(FactTypes.INTRODUCTION_EXPIRED, expired.type());
        assertEquals(List.of(ana.id.toString()), JsonPath.from(expired.data().toString()).getList("acceptedBy"));
        // An expired introduction does not block the pair: the next round proposes it again.
        assertEquals(1, Scenario.round(chapter, 1).size());
    }

    @Test
    void whenMembersServiceIsDownAMadeIntroductionIsReadWithItsContactShownAsUnavailable() {
        String chapter = Facts.chapterSlug("down");
        Member ana = new Member("Ana").chapters(chapter).offers("fundraising").seeks("ux-research");
        Member ben = new Member("Ben").chapters(chapter).offers("ux-research").seeks("fundraising");
        MembersServiceStub.contact(ana.id, "Ana", "ana.down@example.org");
        MembersServiceStub.contact(ben.id, "Ben", "ben.down@example.org");
        Scenario.register(ana, ben);
        String intro = Scenario.round(chapter, 1).get(0);
        Scenario.answer(ana.id, intro, "accept", 200);

        MembersServiceStub.down(true);
        try {
            int before = MembersServiceStub.contactRequests();
            given().auth().oauth2(TestTokens.member(ben.id)).contentType(ContentType.JSON)
                    .body("{\"answer\":\"accept\"}")
                    .when().post("/api/v1/introductions/{id}/responses", intro)
                    .then().statusCode(200)
                    .body("status", equalTo("made"))
                    .body("contact", nullValue())
                    .body("contactStatus", equalTo("unavailable"));
            assertEquals(3, MembersServiceStub.contactRequests() - before, "one call and two retries");
        } finally {
            MembersServiceStub.down(false);
        }
        // Fetched again on the next read, once members-service answers.
        given().auth().oauth2(TestTokens.member(ben.id)).when().get("/api/v1/introductions/{id}", intro)
                .then().statusCode(200)
                .body("status", equalTo("made"))
                .body("contact.email", equalTo("ana.down@example.org"))
                .body("contactStatus", equalTo("available"));
    }

    @Test
    void onlyTheTwoMembersAnswerEachForThemselvesAndFeedbackWaitsUntilTheIntroductionIsMade() {
        String chapter = Facts.chapterSlug("owners");
        Member ana = new Member("Ana").chapters(chapter).offers("fundraising").seeks("ux-research");
        Member ben = new Member("Ben").chapters(chapter).offers("ux-research").seeks("fundraising");
        Member carla = new Member("Carla").chapters(chapter);
        Scenario.register(ana, ben, carla);
        String intro = Scenario.round(chapter, 1).get(0);

        Scenario.answer(carla.id, intro, "accept", 403);
        given().auth().oauth2(TestTokens.organizer(carla.id, chapter)).contentType(ContentType.JSON)
                .body("{\"answer\":\"accept\"}")
                .when().post("/api/v1/introductions/{id}/responses", intro)
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body("{\"answer\":\"accept\"}")
                .when().post("/api/v1/introductions/{id}/responses", intro)
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.member(ana.id)).contentType(ContentType.JSON)
                .body("{\"met\":true,\"otherHelped\":true}")
                .when().post("/api/v1/introductions/{id}/feedback", intro)
                .then().statusCode(409).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.member(ana.id)).when().get("/api/v1/introductions/{id}", intro)
                .then().statusCode(200)
                .body("status", equalTo("suggested"))
                .body("responses.memberA", equalTo("pending"))
                .body("responses.memberB", equalTo("pending"));
    }

    @Test
    void aMembersIntroductionsArePagedNewestFirstWithANextLink() {
        String chapter = Facts.chapterSlug("pages");
        Member hub = new Member("Hub").chapters(chapter).offers("fundraising").seeks("ux-research");
        Member one = new Member("One").chapters(chapter).offers("ux-research").seeks("fundraising");
        Member two = new Member("Two").chapters(chapter).offers("ux-research").seeks("fundraising");
        Member three = new Member("Three").chapters(chapter).offers("ux-research").seeks("fundraising");
        Scenario.register(hub, one, two, three);
        assertEquals(3, Scenario.round(chapter, 3).size(), "k = 3: the hub meets all three");

        List<String> seen = new ArrayList<>();
        JsonPath first = given().auth().oauth2(TestTokens.member(hub.id))
                .when().get("/api/v1/introductions?limit=2")
                .then().statusCode(200).body("items", hasSize(2)).extract().jsonPath();
        seen.addAll(first.getList("items.id"));
        String next = first.getString("next");
        assertNotNull(next);
        JsonPath second = given().auth().oauth2(TestTokens.member(hub.id))
                .when().get(next)
                .then().statusCode(200).body("items", hasSize(1)).extract().jsonPath();
        seen.addAll(second.getList("items.id"));
        assertNull(second.getString("next"));
        assertEquals(3, seen.stream().distinct().count());
        given().auth().oauth2(TestTokens.member(one.id))
                .when().get("/api/v1/introductions?member={id}", hub.id)
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.admin())
                .when().get("/api/v1/introductions?member={id}&status=suggested", hub.id)
                .then().statusCode(200).body("items", hasSize(3));
    }

    private static String statusOf(String intro, Member member) {
        return given().auth().oauth2(TestTokens.member(member.id)).when().get("/api/v1/introductions/{id}", intro)
                .then().statusCode(200).extract().path("status");
    }
}
