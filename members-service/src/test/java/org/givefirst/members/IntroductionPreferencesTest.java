package org.givefirst.members;

import static io.restassured.RestAssured.given;
import static org.givefirst.members.Fixtures.asAdmin;
import static org.givefirst.members.Fixtures.asMember;
import static org.givefirst.members.Fixtures.json;
import static org.givefirst.members.Fixtures.newChapter;
import static org.givefirst.members.Fixtures.outboxData;
import static org.givefirst.members.Fixtures.register;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.givefirst.platform.contracts.FactTypes;
import org.givefirst.platform.testing.Contracts;
import org.givefirst.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * "Never introduce me to X", "I'd like to meet X" and "happy to help newcomers": the member edits
 * them, nobody else sees them, the member facts carry them for matching-service, erasure removes them.
 */
@QuarkusTest
class IntroductionPreferencesTest {

    private static String body(boolean helpsNewcomers, List<UUID> never, List<UUID> meet) {
        return json(Map.of("helpsNewcomers", helpsNewcomers, "neverIntroduce", never, "wantsToMeet", meet));
    }

    @Test
    void aMemberSetsTheirPreferencesAndTheUpdatedFactCarriesThemConformingToTheSchema() {
        String chapter = newChapter();
        UUID ana = register("Ana Prefs", chapter);
        UUID xavier = register("Xavier Prefs", chapter);
        UUID yara = register("Yara Prefs", chapter);

        asMember(ana).when().get("/api/v1/members/{id}/introduction-preferences", ana)
                .then().statusCode(200)
                .body("helpsNewcomers", equalTo(false))
                .body("neverIntroduce", empty())
                .body("wantsToMeet", empty());
        asMember(ana).body(body(true, List.of(xavier), List.of(yara)))
                .when().put("/api/v1/members/{id}/introduction-preferences", ana)
                .then().statusCode(200)
                .body("helpsNewcomers", equalTo(true))
                .body("neverIntroduce", contains(xavier.toString()))
                .body("wantsToMeet", contains(yara.toString()));
        asMember(ana).when().get("/api/v1/members/{id}/introduction-preferences", ana)
                .then().statusCode(200)
                .body("neverIntroduce", contains(xavier.toString()));

        List<JsonNode> updated = outboxData(ana, FactTypes.MEMBER_UPDATED);
        JsonNode last = updated.get(updated.size() - 1);
        JsonNode preferences = last.path("introductionPreferences");
        assertEquals(true, preferences.path("helpsNewcomers").asBoolean());
        assertEquals(xavier.toString(), preferences.path("neverIntroduce").get(0).asText());
        assertEquals(yara.toString(), preferences.path("wantsToMeet").get(0).asText());
        assertEquals(List.of(), Contracts.violations(
                Contracts.docs().resolve("events/members/member-profile.v1.schema.json"), last));

        // The same document again publishes nothing more.
        asMember(ana).body(body(true, List.of(xavier), List.of(yara)))
                .when().put("/api/v1/members/{id}/introduction-preferences", ana)
                .then().statusCode(200);
        assertEquals(updated.size(), outboxData(ana, FactTypes.MEMBER_UPDATED).size());
    }

    @Test
    void nobodyButTheMemberAndAdminsSeesThemAndNoProfileShowsThem() {
        String chapter = newChapter();
        UUID ana = register("Ana Private", chapter);
        UUID xavier = register("Xavier Private", chapter);
        asMember(ana).body(body(false, List.of(xavier), List.of()))
                .when().put("/api/v1/members/{id}/introduction-preferences", ana)
                .then().statusCode(200);

        asMember(xavier).when().get("/api/v1/members/{id}/introduction-preferences", ana)
                .then().statusCode(403).contentType("application/problem+json");
        asMember(xavier).body(body(false, List.of(), List.of()))
                .when().put("/api/v1/members/{id}/introduction-preferences", ana)
                .then().statusCode(403).contentType("application/problem+json");
        given().when().get("/api/v1/members/{id}/introduction-preferences", ana)
                .then().statusCode(401);
        asAdmin().when().get("/api/v1/members/{id}/introduction-preferences", ana)
                .then().statusCode(200)
                .body("neverIntroduce", contains(xavier.toString()));

        // Xavier reads Ana's profile and the directory: nothing says Ana does not want to meet him.
        asMember(xavier).when().get("/api/v1/members/{id}", ana)
                .then().statusCode(200)
                .body(not(containsString(xavier.toString())))
                .body(not(containsString("neverIntroduce")));
        given().auth().oauth2(TestTokens.member(xavier)).when().get("/api/v1/members?chapter=" + chapter)
                .then().statusCode(200)
                .body(not(containsString("neverIntroduce")))
                .body(not(containsString("helpsNewcomers")));
    }

    @Test
    void preferencesNamingNobodyThemselvesOrTheSameMemberTwiceAreRefusedWithAProblem() {
        String chapter = newChapter();
        UUID ana = register("Ana Invalid", chapter);
        UUID xavier = register("Xavier Invalid", chapter);

        asMember(ana).body(body(false, List.of(UUID.randomUUID()), List.of()))
                .when().put("/api/v1/members/{id}/introduction-preferences", ana)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("neverIntroduce/wantsToMeet"));
        asMember(ana).body(body(false, List.of(ana), List.of()))
                .when().put("/api/v1/members/{id}/introduction-preferences", ana)
                .then().statusCode(400).contentType("application/problem+json");
        asMember(ana).body(body(false, List.of(xavier), List.of(xavier)))
                .when().put("/api/v1/members/{id}/introduction-preferences", ana)
                .then().statusCode(400).contentType("application/problem+json");
        asMember(ana).body("{\"neverIntroduce\": []}")
                .when().put("/api/v1/members/{id}/introduction-preferences", ana)
                .then().statusCode(400).contentType("application/problem+json");
        asMember(ana).body("{\"helpsNewcomers\": true, \"neverIntroduce\": [\"not-a-uuid\"], \"wantsToMeet\": []}")
                .when().put("/api/v1/members/{id}/introduction-preferences", ana)
                .then().statusCode(400).contentType("application/problem+json");
        asMember(ana).when().get("/api/v1/members/{id}/introduction-preferences", ana)
                .then().statusCode(200)
                .body("neverIntroduce", empty());
    }

    @Test
    void erasingAMemberRemovesTheirPreferencesAndThemFromEveryoneElses() {
        String chapter = newChapter();
        UUID ana = register("Ana Erasure", chapter);
        UUID xavier = register("Xavier Erasure", chapter);
        asMember(ana).body(body(true, List.of(xavier), List.of()))
                .when().put("/api/v1/members/{id}/introduction-preferences", ana)
                .then().statusCode(200);
        asMember(xavier).body(body(false, List.of(), List.of(ana)))
                .when().put("/api/v1/members/{id}/introduction-preferences", xavier)
                .then().statusCode(200);

        asMember(xavier).when().delete("/api/v1/members/{id}", xavier).then().statusCode(204);

        asMember(ana).when().get("/api/v1/members/{id}/introduction-preferences", ana)
                .then().statusCode(200)
                .body("helpsNewcomers", equalTo(true))
                .body("neverIntroduce", empty());
        asAdmin().when().get("/api/v1/members/{id}/introduction-preferences", xavier)
                .then().statusCode(410).contentType("application/problem+json");
        long rows = Fixtures.inTransaction(() -> ((Number) io.quarkus.hibernate.orm.panache.Panache.getEntityManager()
                .createNativeQuery("select count(*) from member_wants_to_meet where member_id = ?1 or other_id = ?1")
                .setParameter(1, xavier).getSingleResult()).longValue());
        assertEquals(0, rows);
        assertFalse(outboxData(ana, FactTypes.MEMBER_UPDATED).isEmpty());
    }
}
