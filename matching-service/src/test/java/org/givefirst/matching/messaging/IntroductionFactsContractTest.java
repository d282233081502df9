package org.givefirst.matching.messaging;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.givefirst.platform.contracts.FactTypes;
import org.givefirst.matching.service.IntroductionService;
import org.givefirst.matching.support.Facts;
import org.givefirst.matching.support.Facts.Member;
import org.givefirst.matching.support.Scenario;
import org.givefirst.platform.outbox.Topics;
import org.givefirst.platform.testing.TestTokens;
import org.givefirst.platform.testing.Contracts;
import org.givefirst.platform.testing.TopicProbe;
import org.junit.jupiter.api.Test;

/**
 * The facts on {@value Topics#INTRODUCTIONS} and the sample events in
 * {@code docs/events/introductions/samples} conform to the JSON Schemas beside them.
 */
@QuarkusTest
class IntroductionFactsContractTest {

    private static final java.util.Set<String> TYPES = new TreeSet<>(FactTypes.INTRODUCTIONS_TOPIC);

    @Inject
    IntroductionService introductions;

    @Test
    void everyFactTypeThisServicePublishesConformsToItsSchema() {
        String chapter = Facts.chapterSlug("contract");
        Member hub = new Member("Hub").chapters(chapter).offers("fundraising").seeks("ux-research");
        List<Member> partners = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            partners.add(new Member("Partner " + i).chapters(chapter).offers("ux-research").seeks("fundraising"));
        }
        List<Member> everyone = new ArrayList<>(partners);
        everyone.add(hub);
        Scenario.register(everyone.toArray(new Member[0]));
        List<String> intros = Scenario.round(chapter, 4);
        assertEquals(4, intros.size());
        Map<String, Member> partnerOf = new java.util.HashMap<>();
        for (String intro : intros) {
            String a = io.restassured.RestAssured.given().auth().oauth2(TestTokens.admin())
                    .when().get("/api/v1/introductions/{id}", intro).then().statusCode(200)
                    .extract().path("memberA.memberId");
            String b = io.restassured.RestAssured.given().auth().oauth2(TestTokens.admin())
                    .when().get("/api/v1/introductions/{id}", intro).then().extract().path("memberB.memberId");
            String partner = hub.id.toString().equals(a) ? b : a;
            partnerOf.put(intro, partners.stream().filter(p -> p.id.toString().equals(partner)).findFirst().orElseThrow());
        }
        String made = intros.get(0);
        Scenario.answer(hub.id, made, "accept", 200);
        Scenario.answer(partnerOf.get(made).id, made, "accept", 200);
        io.restassured.RestAssured.given().auth().oauth2(TestTokens.member(hub.id)).contentType(ContentType.JSON)
                .body("{\"met\":true,\"otherHelped\":false}")
                .when().post("/api/v1/introductions/{id}/feedback", made).then().statusCode(200);
        Scenario.answer(partnerOf.get(intros.get(1)).id, intros.get(1), "decline", 200);
        Scenario.members(partnerOf.get(intros.get(3)).erased());
        String expiring = intros.get(2);
        Scenario.answer(hub.id, expiring, "accept", 200);
        OffsetDateTime expiresAt = OffsetDateTime.parse(io.restassured.RestAssured.given().auth().oauth2(TestTokens.admin())
                .when().get("/api/v1/introductions/{id}", expiring).then().extract().path("expiresAt"));
        introductions.expireUnanswered(expiresAt.plusSeconds(1), 1000);

        // suggested, accepted ×2, made, feedback-given | suggested, declined | suggested, accepted, expired | suggested, withdrawn
        Map<String, Integer> expected = Map.of(made, 5, intros.get(1), 2, expiring, 3, intros.get(3), 2);
        Set<String> types = new TreeSet<>();
        for (String intro : intros) {
            List<TopicProbe.Fact> facts = await().atMost(Duration.ofSeconds(30))
                    .until(() -> TopicProbe.factsWithKey(Topics.INTRODUCTIONS, intro), found -> found.size() == expected.get(intro));
            for (TopicProbe.Fact fact : facts) {
                assertConforms(fact.cloudEvent());
                assertEquals(intro, fact.cloudEvent().path("subject").asText());
                types.add(fact.type());
            }
        }
        assertEquals(TYPES, types, "every type was published and checked");
    }

    @Test
    void everySampleEventConformsToItsSchema() {
        for (String type : FactTypes.INTRODUCTIONS_TOPIC) {
            assertConforms(Contracts.sample(type));
        }
    }

    @Test
    void aMadeFactWithAnEmailDoesNotConform() {
        ObjectNode event = Contracts.sample(FactTypes.INTRODUCTION_MADE).deepCopy();
        assertTrue(Contracts.violations(event).isEmpty());
        ((ObjectNode) event.path("data")).put("email", "leak@example.org");
        assertFalse(Contracts.violations(event).isEmpty(), "contact details never go on the topic");
    }

    private static void assertConforms(JsonNode cloudEvent) {
        Contracts.assertConforms(cloudEvent);
    }
}
