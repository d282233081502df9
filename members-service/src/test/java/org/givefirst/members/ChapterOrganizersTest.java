package org.givefirst.members;

import static io.restassured.RestAssured.given;
import static org.givefirst.members.Fixtures.asAdmin;
import static org.givefirst.members.Fixtures.asMember;
import static org.givefirst.members.Fixtures.json;
import static org.givefirst.members.Fixtures.newChapter;
import static org.givefirst.members.Fixtures.register;
import static org.givefirst.members.Fixtures.registration;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.givefirst.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** The organizers of a chapter: {@code PUT/DELETE /api/v1/chapters/{slug}/organizers/{memberId}}. */
@QuarkusTest
class ChapterOrganizersTest {

    private static String organizer(String slug, UUID memberId) {
        return "/api/v1/chapters/" + slug + "/organizers/" + memberId;
    }

    @Test
    void anAdminAppointsOrganizersWhomTheChapterShowsByNameNeverWithTheirEmail() {
        String chapter = newChapter();
        Map<String, Object> body = registration("Zélia Lobo", chapter);
        String email = "zelia." + UUID.randomUUID() + "@example.org";
        body.put("email", email);
        UUID zelia = register(body);
        UUID abel = register("Abel Sousa", chapter);

        asAdmin().when().put(organizer(chapter, zelia))
                .then().statusCode(201)
                .header("Location", endsWith(organizer(chapter, zelia)))
                .body("memberId", equalTo(zelia.toString()))
                .body("displayName", equalTo("Zélia Lobo"))
                .body(not(containsString(email)));
        asAdmin().when().put(organizer(chapter, abel)).then().statusCode(201);
        asAdmin().when().put(organizer(chapter, zelia)).then().statusCode(200).body("memberId", equalTo(zelia.toString()));

        given().when().get("/api/v1/chapters/" + chapter)
                .then().statusCode(200)
                .body("slug", equalTo(chapter))
                .body("organizers.displayName", contains("Abel Sousa", "Zélia Lobo"))
                .body("organizers.memberId", contains(abel.toString(), zelia.toString()))
                .body(not(containsString(email)));
    }

    @Test
    void anOrganizerOfTheChapterAppointsAndDismissesOthersButNobodyElse() {
        String chapter = newChapter();
        String other = newChapter();
        UUID member = register("Bia Fontes", chapter);
        UUID insider = UUID.randomUUID();

        asMember(member).when().put(organizer(chapter, member))
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.organizer(insider, other)).when().put(organizer(chapter, member))
                .then().statusCode(403).contentType("application/problem+json");
        given().when().put(organizer(chapter, member))
                .then().statusCode(401).contentType("application/problem+json");
        given().when().get("/api/v1/chapters/" + chapter).then().body("organizers", empty());

        given().auth().oauth2(TestTokens.organizer(insider, chapter)).when().put(organizer(chapter, member))
                .then().statusCode(201);
        given().auth().oauth2(TestTokens.organizer(insider, other)).when().delete(organizer(chapter, member))
                .then().statusCode(403).contentType("application/problem+json");
        given().when().get("/api/v1/chapters/" + chapter).then().body("organizers.memberId", contains(member.toString()));

        given().auth().oauth2(TestTokens.organizer(insider, chapter)).when().delete(organizer(chapter, member))
                .then().statusCode(204);
        given().when().get("/api/v1/chapters/" + chapter).then().body("organizers", empty());
        asAdmin().when().delete(organizer(chapter, member)).then().statusCode(204);
        asMember(member).when().get("/api/v1/members/" + member).then().body("chapters", contains(chapter));
    }

    @Test
    void onlyAMemberOfTheChapterCanOrganizeIt() {
        String chapter = newChapter();
        UUID outsider = register("Caio Neto", newChapter());

        asAdmin().when().put(organizer(chapter, outsider))
                .then().statusCode(409).contentType("application/problem+json");
        asAdmin().when().put(organizer(chapter, UUID.randomUUID()))
                .then().statusCode(404).contentType("application/problem+json");
        asAdmin().when().put(organizer("no-such-chapter", outsider))
                .then().statusCode(404).contentType("application/problem+json");
        given().when().get("/api/v1/chapters/" + chapter).then().body("organizers", empty());
    }

    @Test
    void leavingTheChapterOrBeingErasedEndsOrganizingIt() {
        String chapter = newChapter();
        String home = newChapter();
        UUID leaving = register("Dalila Reis", chapter, home);
        UUID erased = register("Eduardo Maia", chapter);
        asAdmin().when().put(organizer(chapter, leaving)).then().statusCode(201);
        asAdmin().when().put(organizer(chapter, erased)).then().statusCode(201);

        asMember(leaving).body(json(Map.of("chapters", java.util.List.of(home))))
                .when().patch("/api/v1/members/" + leaving).then().statusCode(200);
        asMember(erased).when().delete("/api/v1/members/" + erased).then().statusCode(204);

        given().when().get("/api/v1/chapters/" + chapter).then().statusCode(200).body("organizers", empty());
        asAdmin().when().put(organizer(chapter, erased)).then().statusCode(410).contentType("application/problem+json");
    }
}
