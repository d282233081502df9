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
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.givefirst.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** The email is private, and visitors without a token see only the profiles members made public. */
@QuarkusTest
class MemberPrivacyTest {

    @Test
    void theEmailAppearsNeitherInAProfileNorInTheDirectory() {
        String chapter = newChapter();
        UUID id = UUID.randomUUID();
        Map<String, Object> body = registration("Nuno Pires", chapter);
        String email = "nuno." + id + "@example.org";
        body.put("email", email);
        body.put("preferences", Map.of("publicProfile", true));

        asMember(id).body(json(body)).when().post("/api/v1/members")
                .then().statusCode(201).body(not(containsString(email)));
        asMember(id).when().get("/api/v1/members/" + id)
                .then().statusCode(200).body(not(containsString(email)));
        asAdmin().when().get("/api/v1/members/" + id)
                .then().statusCode(200).body(not(containsString(email)));
        given().when().get("/api/v1/members?chapter=" + chapter)
                .then().statusCode(200).body("items.id", contains(id.toString())).body(not(containsString(email)));
    }

    @Test
    void contactDetailsAreForTheMemberAdminsAndServicesOnly() {
        UUID id = UUID.randomUUID();
        String chapter = newChapter();
        Map<String, Object> body = registration("Olga Brito", chapter);
        body.put("email", "olga." + id + "@example.org");
        asMember(id).body(json(body)).when().post("/api/v1/members").then().statusCode(201);
        String contact = "/api/v1/members/" + id + "/contact";

        asMember(id).when().get(contact)
                .then().statusCode(200)
                .body("email", equalTo(body.get("email")))
                .body("displayName", equalTo("Olga Brito"));
        asAdmin().when().get(contact).then().statusCode(200).body("email", equalTo(body.get("email")));
        given().auth().oauth2(TestTokens.service("matching-service")).when().get(contact)
                .then().statusCode(200).body("email", equalTo(body.get("email")));

        asMember(UUID.randomUUID()).when().get(contact)
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.organizer(UUID.randomUUID(), chapter))
                .when().get(contact).then().statusCode(403);
        given().when().get(contact).then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void visitorsWithoutATokenSeeOnlyPublicProfiles() {
        String chapter = newChapter();
        UUID hidden = register("Paula Reis", chapter);
        Map<String, Object> publicBody = registration("Quim Barros", chapter);
        publicBody.put("preferences", Map.of("publicProfile", true));
        UUID shown = register(publicBody);

        given().when().get("/api/v1/members/" + shown).then().statusCode(200).body("displayName", equalTo("Quim Barros"));
        given().when().get("/api/v1/members/" + hidden).then().statusCode(404).contentType("application/problem+json");
        given().when().get("/api/v1/members?chapter=" + chapter)
                .then().statusCode(200).body("items.id", contains(shown.toString()));

        asMember(UUID.randomUUID()).when().get("/api/v1/members/" + hidden).then().statusCode(200);
        asMember(UUID.randomUUID()).when().get("/api/v1/members?chapter=" + chapter)
                .then().statusCode(200).body("items.displayName", contains("Paula Reis", "Quim Barros"));
    }

    @Test
    void anInvalidTokenOnAPublicReadIsA401NotAnAnonymousRead() {
        given().auth().oauth2("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl")
                .when().get("/api/v1/members?chapter=" + newChapter())
                .then().statusCode(401).contentType("application/problem+json");
    }
}
