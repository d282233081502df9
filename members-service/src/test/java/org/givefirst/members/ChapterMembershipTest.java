package org.givefirst.members;

import static io.restassured.RestAssured.given;
import static org.givefirst.members.Fixtures.asAdmin;
import static org.givefirst.members.Fixtures.asMember;
import static org.givefirst.members.Fixtures.mergePatchAs;
import static org.givefirst.members.Fixtures.newChapter;
import static org.givefirst.members.Fixtures.outboxData;
import static org.givefirst.members.Fixtures.outboxFacts;
import static org.givefirst.members.Fixtures.register;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;
import org.givefirst.platform.contracts.FactTypes;
import org.givefirst.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** Joining and leaving chapters: {@code PUT/DELETE /api/v1/chapters/{slug}/members/{memberId}}. */
@QuarkusTest
class ChapterMembershipTest {

    private static String membership(String slug, UUID memberId) {
        return "/api/v1/chapters/" + slug + "/members/" + memberId;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new java.util.ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }

    @Test
    void aMemberJoinsAChapterOnceWithTheUpdatedProfileAndAJoinedFact() {
        String lisbon = newChapter();
        String porto = newChapter();
        UUID id = register("Rita Gomes", lisbon);

        asMember(id).when().put(membership(porto, id))
                .then().statusCode(201)
                .header("Location", endsWith(membership(porto, id)))
                .body("chapter", equalTo(porto))
                .body("memberId", equalTo(id.toString()));
        asMember(id).when().get("/api/v1/members/" + id)
                .then().statusCode(200).body("chapters", containsInAnyOrder(lisbon, porto));

        List<JsonNode> updated = outboxData(id, FactTypes.MEMBER_UPDATED);
        assertEquals(1, updated.size());
        assertEquals(List.of(lisbon, porto).stream().sorted().toList(), texts(updated.get(0).path("chapters")),
                "member.updated lists the member's chapters now");
        List<JsonNode> joined = outboxData(id, FactTypes.MEMBER_JOINED_CHAPTER);
        assertEquals(1, joined.size());
        assertEquals(id.toString(), joined.get(0).path("memberId").asText());
        assertEquals(porto, joined.get(0).path("chapter").asText());
        assertEquals(2, joined.get(0).size(), "memberId and chapter, nothing else");

        asMember(id).when().put(membership(porto, id))
                .then().statusCode(200).body("chapter", equalTo(porto));
        assertEquals(1, outboxFacts(id, FactTypes.MEMBER_UPDATED), "joining again publishes nothing");
        assertEquals(1, outboxFacts(id, FactTypes.MEMBER_JOINED_CHAPTER));
    }

    @Test
    void aMemberLeavesAChapterButNotTheirLastOne() {
        String lisbon = newChapter();
        String porto = newChapter();
        UUID id = register("Sílvia Mota", lisbon, porto);

        asMember(id).when().delete(membership(lisbon, id)).then().statusCode(204);
        asMember(id).when().get("/api/v1/members/" + id).then().body("chapters", contains(porto));
        List<JsonNode> left = outboxData(id, FactTypes.MEMBER_LEFT_CHAPTER);
        assertEquals(1, left.size());
        assertEquals(lisbon, left.get(0).path("chapter").asText());
        assertEquals(List.of(porto), texts(outboxData(id, FactTypes.MEMBER_UPDATED).get(0).path("chapters")));

        asMember(id).when().delete(membership(lisbon, id)).then().statusCode(204);
        assertEquals(1, outboxFacts(id, FactTypes.MEMBER_LEFT_CHAPTER), "leaving again publishes nothing");
        asMember(id).when().delete(membership(porto, id))
                .then().statusCode(409).contentType("application/problem+json");
        assertEquals(1, outboxFacts(id, FactTypes.MEMBER_UPDATED));
    }

    @Test
    void onlyTheMemberOrAnAdminMakesThemJoin() {
        String lisbon = newChapter();
        String porto = newChapter();
        UUID id = register("Tiago Rocha", lisbon);

        asMember(UUID.randomUUID()).when().put(membership(porto, id))
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.organizer(UUID.randomUUID(), porto)).when().put(membership(porto, id))
                .then().statusCode(403).contentType("application/problem+json");
        given().when().put(membership(porto, id))
                .then().statusCode(401).contentType("application/problem+json");
        assertEquals(0, outboxFacts(id, FactTypes.MEMBER_JOINED_CHAPTER));

        asAdmin().when().put(membership(porto, id)).then().statusCode(201);
    }

    @Test
    void anOrganizerOfTheChapterMayRemoveAMemberFromItButNotFromAnother() {
        String lisbon = newChapter();
        String porto = newChapter();
        String braga = newChapter();
        UUID id = register("Úrsula Pinto", lisbon, porto, braga);

        given().auth().oauth2(TestTokens.organizer(UUID.randomUUID(), lisbon)).when().delete(membership(porto, id))
                .then().statusCode(403).contentType("application/problem+json");
        asMember(UUID.randomUUID()).when().delete(membership(porto, id))
                .then().statusCode(403);
        given().when().delete(membership(porto, id)).then().statusCode(401);

        given().auth().oauth2(TestTokens.organizer(UUID.randomUUID(), porto)).when().delete(membership(porto, id))
                .then().statusCode(204);
        asAdmin().when().delete(membership(braga, id)).then().statusCode(204);
        asMember(id).when().get("/api/v1/members/" + id).then().body("chapters", contains(lisbon));
    }

    @Test
    void anUnknownChapterOrMemberIs404AndAnErasedMemberIs410() {
        String lisbon = newChapter();
        UUID id = register("Vasco Teles", lisbon);
        UUID nobody = UUID.randomUUID();

        asMember(id).when().put(membership("no-such-chapter", id))
                .then().statusCode(404).contentType("application/problem+json");
        asMember(nobody).when().put(membership(lisbon, nobody))
                .then().statusCode(404).contentType("application/problem+json");
        asAdmin().when().delete(membership(lisbon, nobody))
                .then().statusCode(404).contentType("application/problem+json");

        asMember(id).when().delete("/api/v1/members/" + id).then().statusCode(204);
        asAdmin().when().put(membership(newChapter(), id))
                .then().statusCode(410).contentType("application/problem+json");
        asAdmin().when().delete(membership(lisbon, id))
                .then().statusCode(410).contentType("application/problem+json");
    }

    @Test
    void changingChaptersWithAPatchPublishesJoinedAndLeftFactsToo() {
        String lisbon = newChapter();
        String porto = newChapter();
        UUID id = register("Wilson Brás", lisbon);

        mergePatchAs(id).body("{\"chapters\": [\"" + porto + "\"]}")
                .when().patch("/api/v1/members/" + id)
                .then().statusCode(200).body("chapters", contains(porto));

        assertEquals(porto, outboxData(id, FactTypes.MEMBER_JOINED_CHAPTER).get(0).path("chapter").asText());
        assertEquals(lisbon, outboxData(id, FactTypes.MEMBER_LEFT_CHAPTER).get(0).path("chapter").asText());
        assertEquals(1, outboxFacts(id, FactTypes.MEMBER_UPDATED));
    }
}
