package org.givefirst.members;

import static io.restassured.RestAssured.given;
import static org.givefirst.members.Fixtures.MERGE_PATCH;
import static org.givefirst.members.Fixtures.asAdmin;
import static org.givefirst.members.Fixtures.asMember;
import static org.givefirst.members.Fixtures.json;
import static org.givefirst.members.Fixtures.mergePatchAs;
import static org.givefirst.members.Fixtures.newChapter;
import static org.givefirst.members.Fixtures.outboxData;
import static org.givefirst.members.Fixtures.outboxFacts;
import static org.givefirst.members.Fixtures.register;
import static org.givefirst.members.Fixtures.registration;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.givefirst.platform.contracts.FactTypes;
import org.givefirst.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** {@code PATCH /api/v1/members/{id}} is an RFC 7396 JSON merge patch of the editable profile. */
@QuarkusTest
class MemberMergePatchTest {

    @Test
    void nullRemovesTheHeadlineObjectsMergeFieldByFieldAndArraysReplace() {
        String lisbon = newChapter();
        String porto = newChapter();
        Map<String, Object> body = registration("Inês Prata", lisbon);
        body.put("headline", "Bakes sourdough for three cafés");
        body.put("city", "Lisbon");
        body.put("preferences", Map.of("formats", List.of("coffee", "lunch"), "maxIntroductionsPerMonth", 5,
                "openToIntroductions", false));
        UUID id = register(body);
        String path = "/api/v1/members/" + id;

        String patch = """
                {"headline": null, "city": "Évora", "chapters": ["%s"],
                 "preferences": {"formats": ["dinner"], "publicProfile": true}}""".formatted(porto);
        mergePatchAs(id).body(patch)
                .when().patch(path)
                .then().statusCode(200)
                .body("headline", nullValue())
                .body("city", equalTo("Évora"))
                .body("displayName", equalTo("Inês Prata"))
                .body("chapters", contains(porto))
                .body("preferences.formats", contains("dinner"))
                .body("preferences.publicProfile", equalTo(true))
                .body("preferences.maxIntroductionsPerMonth", equalTo(5))
                .body("preferences.openToIntroductions", equalTo(false));

        asMember(id).when().get(path)
                .then().statusCode(200)
                .body("headline", nullValue())
                .body("chapters", contains(porto))
                .body("preferences.formats", contains("dinner"))
                .body("preferences.maxIntroductionsPerMonth", equalTo(5));
        List<JsonNode> updates = outboxData(id, FactTypes.MEMBER_UPDATED);
        assertEquals(1, updates.size());
        assertTrue(updates.get(0).path("headline").isNull());
        assertEquals("Évora", updates.get(0).path("city").asText());
        assertEquals(porto, updates.get(0).path("chapters").get(0).asText());
    }

    @Test
    void theMergedProfileIsValidatedAndEachInvalidFieldIsNamed() {
        UUID id = register("Jorge Abreu", newChapter());

        mergePatchAs(id).body("""
                        {"displayName": null, "email": null, "timeZone": "Mars/Olympus", "chapters": [],
                         "preferences": {"openToIntroductions": null, "maxIntroductionsPerMonth": 21}}""")
                .when().patch("/api/v1/members/" + id)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("displayName", "email", "timeZone", "chapters",
                        "preferences.openToIntroductions", "preferences.maxIntroductionsPerMonth"));
        mergePatchAs(id).body("{\"preferences\": null}")
                .when().patch("/api/v1/members/" + id)
                .then().statusCode(400)
                .body("errors.field", contains("preferences"));

        asMember(id).when().get("/api/v1/members/" + id).then().statusCode(200).body("displayName", equalTo("Jorge Abreu"));
        assertEquals(0, outboxFacts(id, FactTypes.MEMBER_UPDATED));
    }

    @Test
    void aFieldOfTheWrongTypeOrNotEditableHereIsA400NamingIt() {
        UUID id = register("Kátia Melo", newChapter());
        String path = "/api/v1/members/" + id;

        mergePatchAs(id).body("{\"preferences\": {\"publicProfile\": \"yes please\"}}")
                .when().patch(path)
                .then().statusCode(400)
                .body("title", equalTo("Malformed request body"))
                .body("errors.field", contains("preferences.publicProfile"));
        mergePatchAs(id).body("{\"offers\": []}")
                .when().patch(path)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("offers"));
        mergePatchAs(id).body("{\"version\": 99}")
                .when().patch(path)
                .then().statusCode(400)
                .body("errors.field", contains("version"));
        assertEquals(0, outboxFacts(id, FactTypes.MEMBER_UPDATED));
    }

    @Test
    void aPatchIsAJsonObjectInAMergePatchOrJsonContentType() {
        UUID id = register("Lara Couto", newChapter());
        String path = "/api/v1/members/" + id;

        mergePatchAs(id).body("[{\"op\": \"replace\", \"path\": \"/headline\", \"value\": \"x\"}]")
                .when().patch(path)
                .then().statusCode(400).contentType("application/problem+json");
        mergePatchAs(id).body("{\"headline\": ")
                .when().patch(path)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("title", equalTo("Malformed request body"));
        given().auth().oauth2(TestTokens.member(id)).contentType("text/plain").body("{\"headline\": \"x\"}")
                .when().patch(path)
                .then().statusCode(415).contentType("application/problem+json");
        asMember(id).body(json(Map.of("headline", "Sent as application/json")))
                .when().patch(path)
                .then().statusCode(200).body("headline", equalTo("Sent as application/json"));
    }

    @Test
    void anEmptyPatchOrOneThatChangesNothingPublishesNothing() {
        String chapter = newChapter();
        Map<String, Object> body = registration("Mário Sena", chapter);
        body.put("headline", "Roasts coffee");
        UUID id = register(body);

        mergePatchAs(id).body("{}").when().patch("/api/v1/members/" + id)
                .then().statusCode(200).body("headline", equalTo("Roasts coffee"));
        mergePatchAs(id).body(json(Map.of("headline", "Roasts coffee", "chapters", List.of(chapter),
                        "preferences", Map.of("openToIntroductions", true))))
                .when().patch("/api/v1/members/" + id)
                .then().statusCode(200);

        assertEquals(0, outboxFacts(id, FactTypes.MEMBER_UPDATED));
    }

    @Test
    void aTakenEmailIsA409AndAnEmailChangeAlonePublishesNothing() {
        String chapter = newChapter();
        Map<String, Object> first = registration("Nelson Cruz", chapter);
        register(first);
        UUID id = register("Olívia Reis", chapter);
        String taken = first.get("email").toString().toUpperCase();

        mergePatchAs(id).body(json(Map.of("email", taken)))
                .when().patch("/api/v1/members/" + id)
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body(not(containsString(first.get("email").toString())))
                .body(not(containsString(taken)));

        String fresh = "olivia." + id + "@example.org";
        mergePatchAs(id).body(json(Map.of("email", fresh)))
                .when().patch("/api/v1/members/" + id)
                .then().statusCode(200)
                .body(not(containsString(fresh)));
        asMember(id).when().get("/api/v1/members/" + id + "/contact").then().statusCode(200).body("email", equalTo(fresh));
        assertEquals(0, outboxFacts(id, FactTypes.MEMBER_UPDATED));
    }

    @Test
    void someoneElsesProfileIs403AndAnErasedOneIs410() {
        UUID owner = register("Pedro Saraiva", newChapter());
        String path = "/api/v1/members/" + owner;

        mergePatchAs(UUID.randomUUID()).body("{\"headline\": \"hijacked\"}")
                .when().patch(path)
                .then().statusCode(403).contentType("application/problem+json");
        given().contentType(MERGE_PATCH).body("{\"headline\": \"hijacked\"}")
                .when().patch(path)
                .then().statusCode(401).contentType("application/problem+json");

        asAdmin().when().delete(path).then().statusCode(204);
        given().auth().oauth2(TestTokens.admin()).contentType(MERGE_PATCH).body("{\"headline\": \"back\"}")
                .when().patch(path)
                .then().statusCode(410).contentType("application/problem+json");
    }
}
