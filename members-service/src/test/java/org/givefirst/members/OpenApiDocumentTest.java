package org.givefirst.members;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.givefirst.platform.testing.OpenApiChecks;
import org.junit.jupiter.api.Test;

/** The OpenAPI document is the contract: every operation says what it does, what it answers and what it needs. */
@QuarkusTest
class OpenApiDocumentTest {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    @Test
    void everyOperationHasASummaryItsProblemAnswersAndItsSecurity() {
        JsonPath doc = given().accept("application/json").when().get("/q/openapi").then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = doc.getMap("paths");
        List<String> operations = new ArrayList<>();

        for (var path : paths.entrySet()) {
            for (var operation : path.getValue().entrySet()) {
                if (!METHODS.contains(operation.getKey())) {
                    continue;
                }
                String name = operation.getKey().toUpperCase() + " " + path.getKey();
                operations.add(name);
                Map<String, Object> op = operation.getValue();
                assertFalse(String.valueOf(op.get("summary")).isBlank() || op.get("summary") == null, name + " has a summary");
                @SuppressWarnings("unchecked")
                Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) op.get("responses");
                assertTrue(responses.keySet().stream().anyMatch(code -> code.startsWith("2")), name + " documents its success");
                responses.forEach((code, response) -> {
                    if (code.startsWith("4")) {
                        assertTrue(String.valueOf(response.get("content")).contains("application/problem+json"),
                                name + " " + code + " is a problem");
                    }
                });
                if (responses.containsKey("403") || !operation.getKey().equals("get") && responses.containsKey("401")) {
                    assertTrue(String.valueOf(op.get("security")).contains("bearer"), name + " requires a bearer token");
                }
            }
        }

        assertTrue(operations.containsAll(List.of(
                "POST /api/v1/members", "GET /api/v1/members", "GET /api/v1/members/{id}", "PATCH /api/v1/members/{id}",
                "DELETE /api/v1/members/{id}", "PUT /api/v1/members/{id}/offers", "PUT /api/v1/members/{id}/objectives",
                "GET /api/v1/members/{id}/contact", "POST /api/v1/objectives/assess", "POST /api/v1/chapters",
                "GET /api/v1/chapters", "GET /api/v1/chapters/{slug}",
                "PUT /api/v1/chapters/{slug}/members/{memberId}", "DELETE /api/v1/chapters/{slug}/members/{memberId}",
                "PUT /api/v1/chapters/{slug}/organizers/{memberId}", "DELETE /api/v1/chapters/{slug}/organizers/{memberId}")),
                operations.toString());
    }

    @Test
    void everyOperationIsNamedTaggedAndSecured() {
        OpenApiChecks.assertEveryOperationIsNamedTaggedAndSecured();
    }

    @Test
    void everyOperationListsTheStandardProblemAnswers() {
        OpenApiChecks.assertEveryOperationListsTheStandardProblems();
    }

    @Test
    void theProfilePatchIsDocumentedAsAJsonMergePatchWithAnExample() {
        JsonPath doc = given().accept("application/json").when().get("/q/openapi").then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Object>> content = doc.getMap("paths.'/api/v1/members/{id}'.patch.requestBody.content");

        assertTrue(content.containsKey("application/merge-patch+json"), content.keySet().toString());
        assertTrue(content.containsKey("application/json"), content.keySet().toString());
        Map<String, Object> mergePatch = content.get("application/merge-patch+json");
        assertEquals("#/components/schemas/MemberPatch", ((Map<?, ?>) mergePatch.get("schema")).get("$ref"));
        assertTrue(String.valueOf(mergePatch.get("examples")).contains("headline"), String.valueOf(mergePatch.get("examples")));
        assertTrue(doc.getMap("components.schemas.MemberPatch.properties").keySet()
                .containsAll(List.of("displayName", "headline", "city", "timeZone", "email", "chapters", "preferences")));
        assertEquals("#/components/schemas/ChapterDetails",
                doc.getString("paths.'/api/v1/chapters/{slug}'.get.responses.'200'.content.'application/json'.schema.'$ref'"));
    }

    @Test
    void enumsAreDocumentedWithTheirJsonNames() {
        JsonPath doc = given().accept("application/json").when().get("/q/openapi").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("skill", "knowledge", "contacts", "resource"), doc.getList("components.schemas.OfferKind.enum"));
        assertTrue(doc.getList("components.schemas.EventFormat.enum").contains("walk_run_hike"));
    }
}
