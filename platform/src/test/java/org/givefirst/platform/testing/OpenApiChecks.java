package org.givefirst.platform.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What every service's served OpenAPI document ({@code /q/openapi}) must say, checked the same way in each. */
public final class OpenApiChecks {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
    private static final List<String> EVERYWHERE = List.of("400", "404", "429", "503");
    private static final List<String> WITH_A_TOKEN = List.of("401", "403");

    private OpenApiChecks() {
    }

    /** The served document, as JSON. */
    public static JsonPath servedDocument() {
        return given().accept("application/json").when().get("/q/openapi").then().statusCode(200).extract().jsonPath();
    }

    /**
     * Every operation has an operationId that reads as a verb and a noun (generated clients name their
     * methods after it), unique in the document, one tag, and an explicit security requirement (an
     * empty one for a public operation).
     */
    @SuppressWarnings("unchecked")
    public static void assertEveryOperationIsNamedTaggedAndSecured() {
        JsonPath doc = servedDocument();
        Map<String, Map<String, Map<String, Object>>> paths = doc.getMap("paths");
        Set<String> operationIds = new java.util.HashSet<>();
        for (var path : paths.entrySet()) {
            for (var operation : path.getValue().entrySet()) {
                if (!METHODS.contains(operation.getKey())) {
                    continue;
                }
                String name = operation.getKey().toUpperCase() + " " + path.getKey();
                Map<String, Object> op = operation.getValue();
                String operationId = String.valueOf(op.get("operationId"));
                assertTrue(operationId.matches("[a-z]+[A-Z][A-Za-z]*"), name + " has a verb-and-noun operationId, got " + operationId);
                assertTrue(operationIds.add(operationId), name + ": operationId " + operationId + " is unique");
                assertEquals(1, ((List<String>) op.get("tags")).size(), name + " has one tag");
                assertTrue(op.containsKey("security"), name + " says what security it needs");
            }
        }
        assertFalse(((List<Object>) doc.getList("servers")).isEmpty(), "the document names its server");
    }

    /**
     * Every operation lists 400, 404, 429 and 503 (and 401 and 403 when it takes a token), and every
     * error answer it lists is an {@code application/problem+json} Problem.
     */
    @SuppressWarnings("unchecked")
    public static void assertEveryOperationListsTheStandardProblems() {
        JsonPath doc = servedDocument();
        assertEquals(Set.of("type", "title", "status", "detail", "instance", "errors"),
                doc.getMap("components.schemas.Problem.properties").keySet());
        Map<String, Map<String, Map<String, Object>>> paths = doc.getMap("paths");
        assertFalse(paths.isEmpty(), "the service documents its operations");
        for (var path : paths.entrySet()) {
            for (var operation : path.getValue().entrySet()) {
                if (!METHODS.contains(operation.getKey())) {
                    continue;
                }
                String name = operation.getKey().toUpperCase() + " " + path.getKey();
                Map<String, Object> op = operation.getValue();
                Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) op.get("responses");
                boolean takesToken = String.valueOf(op.get("security")).contains("bearer");
                for (String code : EVERYWHERE) {
                    assertTrue(responses.containsKey(code), name + " lists " + code);
                }
                for (String code : WITH_A_TOKEN) {
                    assertEquals(takesToken, responses.containsKey(code), name + " lists " + code + " exactly when it takes a token");
                }
                responses.forEach((code, response) -> {
                    if (code.startsWith("4") || code.startsWith("5")) {
                        Map<String, Object> content = (Map<String, Object>) response.get("content");
                        assertTrue(content != null && content.containsKey("application/problem+json"),
                                name + " " + code + " is a problem");
                        assertEquals("#/components/schemas/Problem",
                                ((Map<String, Object>) ((Map<String, Object>) content.get("application/problem+json"))
                                        .get("schema")).get("$ref"), name + " " + code + " has the Problem schema");
                    }
                });
            }
        }
    }
}
