package org.givefirst.events;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import java.util.UUID;
import org.givefirst.platform.contracts.FactTypes;
import org.givefirst.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * Events belong to a chapter (docs/events.md, "Chapter scope"): only its members create them, only its
 * organizers make them public, members visibility means members of that chapter, and an unknown
 * chapter is a 404. Chapters and memberships come from members-service's facts, sent here to the test
 * broker as members-service publishes them.
 */
@QuarkusTest
class ChapterScopeTest {

    @Inject
    EntityManager em;

    @Test
    void aMemberOfChapterAGets403CreatingAnEventInChapterB() {
        String a = Api.chapter("scope-a");
        String b = Api.chapter("scope-b");
        UUID member = MemberFactsSent.member(a);
        Api.post(TestTokens.member(member), "/api/v1/events", Api.coffee(b, 8, "members"))
                .statusCode(403).contentType("application/problem+json").body("status", equalTo(403));
        Api.post(TestTokens.member(member), "/api/v1/events", Api.coffee(a, 8, "members")).statusCode(201);
        // An organizer of B who is not in the read model as a member of B, and an admin, may.
        Api.post(TestTokens.organizer(UUID.randomUUID(), b), "/api/v1/events", Api.coffee(b, 8, "members")).statusCode(201);
        Map<String, Object> byAdmin = Api.coffee(b, 8, "members");
        byAdmin.put("hostId", member.toString());
        Api.post(TestTokens.admin(), "/api/v1/events", byAdmin)
                .statusCode(400).contentType("application/problem+json"); // the named host is no member of B
    }

    @Test
    void anUnknownChapterIsA404ProblemForItsListingItsFeedAndNewEvents() {
        String unknown = "nowhere-" + UUID.randomUUID().toString().substring(0, 8);
        given().when().get("/api/v1/chapters/" + unknown + "/events")
                .then().statusCode(404).contentType("application/problem+json").body("status", equalTo(404));
        given().when().get("/api/v1/chapters/" + unknown + "/events.ics")
                .then().statusCode(404).contentType("application/problem+json").body("status", equalTo(404));
        Api.post(TestTokens.admin(), "/api/v1/events", Api.coffee(unknown, 8, "public"))
                .statusCode(404).contentType("application/problem+json");

        String known = Api.chapter("scope-known");
        given().when().get("/api/v1/chapters/" + known + "/events").then().statusCode(200).body("events.size()", equalTo(0));
        given().when().get("/api/v1/chapters/" + known + "/events.ics").then().statusCode(200);
    }

    @Test
    void aMembersEventIsInvisibleToMembersOfAnotherChapter() {
        String lisbon = Api.chapter("scope-lis");
        String porto = Api.chapter("scope-opo");
        UUID host = MemberFactsSent.member(lisbon);
        UUID neighbour = MemberFactsSent.member(lisbon);
        UUID stranger = MemberFactsSent.member(porto);
        String id = Api.createPublished(host, Api.coffee(lisbon, 8, "members"));

        given().auth().oauth2(TestTokens.member(stranger)).when().get("/api/v1/events/" + id)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.member(stranger)).queryParam("chapter", lisbon).when().get("/api/v1/events")
                .then().statusCode(200).body("items.id", not(hasItem(id)));
        given().auth().oauth2(TestTokens.member(stranger)).when().get("/api/v1/events")
                .then().statusCode(200).body("items.id", not(hasItem(id)));
        Api.rsvp(stranger, id, false).statusCode(404);
        given().auth().oauth2(TestTokens.organizer(UUID.randomUUID(), porto)).when().get("/api/v1/events/" + id)
                .then().statusCode(404);

        given().auth().oauth2(TestTokens.member(neighbour)).when().get("/api/v1/events/" + id).then().statusCode(200);
        given().auth().oauth2(TestTokens.member(neighbour)).queryParam("chapter", lisbon).when().get("/api/v1/events")
                .then().statusCode(200).body("items.id", hasItem(id));
        Api.rsvp(neighbour, id, false).statusCode(201);

        // An invitation from the host opens it to a member of another chapter.
        Api.invite(host, id, false, stranger).statusCode(201);
        given().auth().oauth2(TestTokens.member(stranger)).when().get("/api/v1/events/" + id).then().statusCode(200);
        Api.rsvp(stranger, id, false).statusCode(201);
    }

    @Test
    void aMemberPublishesMembersEventsButOnlyAnOrganizerMakesOnePublic() {
        String chapter = Api.chapter("scope-pub");
        UUID host = MemberFactsSent.member(chapter);
        String members = Api.post(TestTokens.member(host), "/api/v1/events", Api.coffee(chapter, 8, "members"))
                .statusCode(201).extract().path("id");
        given().auth().oauth2(TestTokens.member(host)).when().post("/api/v1/events/" + members + "/publish")
                .then().statusCode(200).body("status", equalTo("published"));
        given().auth().oauth2(TestTokens.member(host)).contentType(ContentType.JSON).body(Map.of("visibility", "public"))
                .when().patch("/api/v1/events/" + members).then().statusCode(403).contentType("application/problem+json");

        String open = Api.post(TestTokens.member(host), "/api/v1/events", Api.coffee(chapter, 8, "public"))
                .statusCode(201).extract().path("id");
        given().auth().oauth2(TestTokens.member(host)).when().post("/api/v1/events/" + open + "/publish")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.organizer(UUID.randomUUID(), "elsewhere")).when().post("/api/v1/events/" + open + "/publish")
                .then().statusCode(404);
        given().auth().oauth2(TestTokens.organizer(UUID.randomUUID(), chapter)).when().post("/api/v1/events/" + open + "/publish")
                .then().statusCode(200).body("visibility", equalTo("public"));
        given().when().get("/api/v1/chapters/" + chapter + "/events").then().statusCode(200).body("events.id", hasItem(open));
        given().auth().oauth2(TestTokens.organizer(UUID.randomUUID(), chapter)).contentType(ContentType.JSON)
                .body(Map.of("visibility", "public")).when().patch("/api/v1/events/" + members).then().statusCode(200);
    }

    @Test
    void aMemberWhoJustJoinedCreatesEventsOnceTheJoinedFactWasAppliedAndNoLongerAfterLeaving() {
        String home = Api.chapter("scope-home");
        String joined = Api.chapter("scope-new");
        UUID member = MemberFactsSent.member(home);
        Api.post(TestTokens.member(member), "/api/v1/events", Api.coffee(joined, 8, "members")).statusCode(403);

        // members-service publishes member.updated (chapters now listed) and then member.joined-chapter;
        // the helper returns once events-service applied the fact: the eventual-consistency window is
        // the time between the two, which the helper waits out as a client would retry.
        MemberFactsSent.joined(member, joined);
        Api.post(TestTokens.member(member), "/api/v1/events", Api.coffee(joined, 8, "members")).statusCode(201);

        MemberFactsSent.left(member, joined);
        Api.post(TestTokens.member(member), "/api/v1/events", Api.coffee(joined, 8, "members")).statusCode(403);
    }

    @Test
    void aChapterUpdatedFactReplacesTheChapterInTheReadModel() {
        String slug = "scope-upd-" + UUID.randomUUID().toString().substring(0, 8);
        UUID chapterId = MemberFactsSent.chapterFact(FactTypes.CHAPTER_CREATED, UUID.randomUUID(), slug, "Givefirst Braga");
        MemberFactsSent.chapterRenamed(chapterId, slug, "Givefirst Braga e Minho");
        String name = QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "select name from chapter where chapter_id = ?1").setParameter(1, chapterId).getSingleResult());
        assertEquals("Givefirst Braga e Minho", name);
        given().when().get("/api/v1/chapters/" + slug + "/events").then().statusCode(200);
    }
}
