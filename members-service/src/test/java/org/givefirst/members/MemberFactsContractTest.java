package org.givefirst.members;

import static org.awaitility.Awaitility.await;
import static org.givefirst.members.Fixtures.asAdmin;
import static org.givefirst.members.Fixtures.asMember;
import static org.givefirst.members.Fixtures.json;
import static org.givefirst.members.Fixtures.newChapter;
import static org.givefirst.members.Fixtures.registration;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.givefirst.members.domain.Specificity;
import org.givefirst.platform.contracts.FactTypes;
import org.givefirst.platform.outbox.Topics;
import org.givefirst.platform.testing.Contracts;
import org.givefirst.platform.testing.TopicProbe;
import org.junit.jupiter.api.Test;

/**
 * The facts on {@value Topics#MEMBERS} and the sample events in {@code docs/events/members/samples}
 * both conform to the JSON Schemas beside them: what consumers test against is what is published.
 */
@QuarkusTest
class MemberFactsContractTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aMembersFactsArriveInOrderConformToTheSchemasAndNeverCarryTheEmail() throws IOException {
        String chapter = newChapter();
        UUID id = UUID.randomUUID();
        Map<String, Object> body = registration("Iara Santos", chapter);
        String email = "iara." + id + "@example.org";
        body.put("email", email);
        body.put("headline", "Bookkeeper for small food businesses");
        body.put("preferences", Map.of("formats", List.of("breakfast", "walk_run_hike")));
        body.put("offers", List.of(Map.of("kind", "skill", "description", "Bookkeeping", "tags", List.of("bookkeeping", "vat"))));
        body.put("objectives", List.of(Map.of("what", "How bakeries price wholesale bread", "who", "Bakery owners",
                "tags", List.of("bakery"), "priority", 4)));
        asMember(id).body(json(body)).when().post("/api/v1/members").then().statusCode(201);
        asMember(id).body(json(Map.of("city", "Lisbon"))).when().patch("/api/v1/members/" + id).then().statusCode(200);
        asMember(id).when().delete("/api/v1/members/" + id).then().statusCode(204);

        List<TopicProbe.Fact> facts = new ArrayList<>();
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            facts.clear();
            facts.addAll(TopicProbe.factsWithKey(Topics.MEMBERS, id.toString()));
            return facts.size() >= 3;
        });

        assertEquals(List.of(FactTypes.MEMBER_REGISTERED, FactTypes.MEMBER_UPDATED, FactTypes.MEMBER_ERASED),
                facts.stream().map(TopicProbe.Fact::type).toList());
        for (TopicProbe.Fact fact : facts) {
            assertConforms(fact.cloudEvent());
            assertFalse(JSON.writeValueAsString(fact.cloudEvent()).contains(email), "no email in " + fact.type());
            assertEquals(id.toString(), fact.cloudEvent().path("subject").asText());
        }
        JsonNode registered = facts.get(0).data();
        assertEquals("Iara Santos", registered.path("displayName").asText());
        assertEquals(List.of(chapter), JSON.convertValue(registered.path("chapters"), List.class));
        assertEquals(List.of("breakfast", "walk_run_hike"),
                JSON.convertValue(registered.path("preferences").path("formats"), List.class));
        assertEquals("vat", registered.path("offers").get(0).path("tags").get(1).asText());
        assertEquals(4, registered.path("objectives").get(0).path("priority").asInt());
        assertTrue(facts.get(1).data().path("version").asLong() > registered.path("version").asLong());
        assertEquals("Lisbon", facts.get(1).data().path("city").asText());
        assertEquals(id.toString(), facts.get(2).data().path("memberId").asText());
    }

    @Test
    void joiningAndLeavingAChapterPutConformingFactsOnTheTopicKeyedByTheMember() throws IOException {
        String lisbon = newChapter();
        String porto = newChapter();
        UUID id = UUID.randomUUID();
        asMember(id).body(json(registration("Jacinta Vale", lisbon))).when().post("/api/v1/members").then().statusCode(201);
        asMember(id).when().put("/api/v1/chapters/" + porto + "/members/" + id).then().statusCode(201);
        asMember(id).when().delete("/api/v1/chapters/" + lisbon + "/members/" + id).then().statusCode(204);

        List<TopicProbe.Fact> facts = new ArrayList<>();
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            facts.clear();
            facts.addAll(TopicProbe.factsWithKey(Topics.MEMBERS, id.toString()));
            return facts.size() >= 5;
        });

        assertEquals(List.of(FactTypes.MEMBER_REGISTERED, FactTypes.MEMBER_UPDATED, FactTypes.MEMBER_JOINED_CHAPTER,
                        FactTypes.MEMBER_UPDATED, FactTypes.MEMBER_LEFT_CHAPTER),
                facts.stream().map(TopicProbe.Fact::type).toList());
        for (TopicProbe.Fact fact : facts) {
            assertConforms(fact.cloudEvent());
            assertEquals(id.toString(), fact.key());
        }
        assertEquals(JSON.readTree("{\"memberId\": \"" + id + "\", \"chapter\": \"" + porto + "\"}"), facts.get(2).data());
        assertEquals(JSON.readTree("{\"memberId\": \"" + id + "\", \"chapter\": \"" + lisbon + "\"}"), facts.get(4).data());
        assertEquals(List.of(lisbon, porto).stream().sorted().toList(),
                JSON.convertValue(facts.get(1).data().path("chapters"), List.class));
        assertEquals(List.of(porto), JSON.convertValue(facts.get(3).data().path("chapters"), List.class));
    }

    @Test
    void chapterCreatedConformsToItsSchema() {
        String chapterId = asAdmin().body(json(Map.of("slug", "c-" + UUID.randomUUID().toString().substring(0, 8),
                        "name", "Givefirst Porto", "city", "Porto", "timeZone", "Europe/Lisbon")))
                .when().post("/api/v1/chapters").then().statusCode(201).extract().path("id");

        List<TopicProbe.Fact> facts = new ArrayList<>();
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            facts.clear();
            facts.addAll(TopicProbe.factsWithKey(Topics.MEMBERS, chapterId));
            return !facts.isEmpty();
        });
        assertConforms(facts.get(0).cloudEvent());
        assertEquals("Porto", facts.get(0).data().path("city").asText());
    }

    @Test
    void changingAChapterPublishesChapterUpdatedWithItsWholeStateAndNothingWhenNothingChanged() {
        String slug = "c-" + UUID.randomUUID().toString().substring(0, 8);
        String chapterId = asAdmin().body(json(Map.of("slug", slug, "name", "Givefirst Braga", "city", "Braga",
                        "timeZone", "Europe/Lisbon")))
                .when().post("/api/v1/chapters").then().statusCode(201).extract().path("id");
        io.restassured.RestAssured.given().auth().oauth2(org.givefirst.platform.testing.TestTokens.member(UUID.randomUUID()))
                .contentType("application/json").body(json(Map.of("name", "Not mine")))
                .when().patch("/api/v1/chapters/" + slug).then().statusCode(403);
        io.restassured.RestAssured.given().auth().oauth2(org.givefirst.platform.testing.TestTokens.organizer(UUID.randomUUID(), slug))
                .contentType("application/json").body(json(Map.of("name", "Givefirst Braga e Minho")))
                .when().patch("/api/v1/chapters/" + slug).then().statusCode(200)
                .body("name", org.hamcrest.Matchers.equalTo("Givefirst Braga e Minho"))
                .body("city", org.hamcrest.Matchers.equalTo("Braga"));
        asAdmin().body(json(Map.of("city", "Braga"))).when().patch("/api/v1/chapters/" + slug).then().statusCode(200);

        List<TopicProbe.Fact> facts = new ArrayList<>();
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            facts.clear();
            facts.addAll(TopicProbe.factsWithKey(Topics.MEMBERS, chapterId));
            return facts.size() >= 2;
        });
        assertEquals(List.of(FactTypes.CHAPTER_CREATED, FactTypes.CHAPTER_UPDATED), facts.stream().map(TopicProbe.Fact::type).toList(),
                "one update: the second change changed nothing");
        assertConforms(facts.get(1).cloudEvent());
        assertEquals("Givefirst Braga e Minho", facts.get(1).data().path("name").asText());
        assertEquals(slug, facts.get(1).data().path("slug").asText());
        assertEquals("Braga", facts.get(1).data().path("city").asText());
    }

    @Test
    void everySampleEventConformsToItsSchemaAndItsScoresAreTheRealOnes() {
        for (String type : FactTypes.MEMBERS_TOPIC) {
            String sample = type;
            JsonNode event = Contracts.sample(type);
            assertConforms(event);
            for (JsonNode objective : event.path("data").path("objectives")) {
                List<String> tags = JSON.convertValue(objective.path("tags"), List.class);
                int score = Specificity.assess(objective.path("what").asText(), objective.path("who").asText(),
                        objective.path("where").isNull() ? null : objective.path("where").asText(), tags).score();
                assertEquals(score, objective.path("specificity").asInt(), sample + ": specificity of " + objective.path("what"));
            }
        }
    }

    @Test
    void aFactWithAnExtraOrMissingFieldDoesNotConform() {
        JsonNode sample = read("samples/member-updated.v1.json");
        com.fasterxml.jackson.databind.node.ObjectNode extra = (com.fasterxml.jackson.databind.node.ObjectNode) sample.path("data").deepCopy();
        extra.put("email", "leak@example.org");
        assertFalse(errors("member-profile.v1.schema.json", extra).isEmpty(), "an email field is not allowed");
        com.fasterxml.jackson.databind.node.ObjectNode missing = (com.fasterxml.jackson.databind.node.ObjectNode) sample.path("data").deepCopy();
        missing.remove("version");
        assertFalse(errors("member-profile.v1.schema.json", missing).isEmpty(), "version is required");
        com.fasterxml.jackson.databind.node.ObjectNode joined = (com.fasterxml.jackson.databind.node.ObjectNode)
                read("samples/member-joined-chapter.v1.json").path("data").deepCopy();
        joined.put("displayName", "Ana Ribeiro");
        assertFalse(errors("member-chapter.v1.schema.json", joined).isEmpty(), "a membership fact carries no profile");
        joined.remove("displayName");
        joined.remove("chapter");
        assertFalse(errors("member-chapter.v1.schema.json", joined).isEmpty(), "chapter is required");
    }

    private static void assertConforms(JsonNode cloudEvent) {
        Contracts.assertConforms(cloudEvent);
    }

    private static List<String> errors(String schemaFile, JsonNode value) {
        return Contracts.violations(Contracts.docs().resolve("events/members/" + schemaFile), value);
    }

    private static JsonNode read(String file) {
        return Contracts.read(Contracts.docs().resolve("events/members/" + file));
    }
}
