package org.givefirst.members;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.givefirst.platform.outbox.OutboxEvent;
import org.givefirst.platform.testing.TestTokens;

/** Test data through the API, as a client would create it; every call makes names of its own. */
final class Fixtures {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Fixtures() {
    }

    /** A new chapter (Europe/Lisbon), returning its slug. */
    static String newChapter() {
        String slug = "c-" + UUID.randomUUID().toString().substring(0, 8);
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(json(Map.of("slug", slug, "name", "Givefirst " + slug, "city", "Lisbon", "timeZone", "Europe/Lisbon")))
                .when().post("/api/v1/chapters")
                .then().statusCode(201);
        return slug;
    }

    /** A registration body with the required fields; add or override fields as needed. */
    static Map<String, Object> registration(String displayName, String... chapters) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("displayName", displayName);
        body.put("email", UUID.randomUUID() + "@example.org");
        body.put("chapters", List.of(chapters));
        return body;
    }

    /** Registers a member as themselves; returns their id. */
    static UUID register(String displayName, String... chapters) {
        return register(registration(displayName, chapters));
    }

    static UUID register(Map<String, Object> body) {
        UUID id = UUID.randomUUID();
        asMember(id).body(json(body))
                .when().post("/api/v1/members")
                .then().statusCode(201);
        return id;
    }

    static RequestSpecification asMember(UUID id) {
        return given().auth().oauth2(TestTokens.member(id)).contentType(ContentType.JSON);
    }

    /** A member sending a JSON merge patch (RFC 7396), as the PATCH of a profile expects it. */
    static RequestSpecification mergePatchAs(UUID id) {
        return given().auth().oauth2(TestTokens.member(id)).contentType(MERGE_PATCH);
    }

    static final String MERGE_PATCH = "application/merge-patch+json";

    static RequestSpecification asAdmin() {
        return given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON);
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Facts of this type about this aggregate written to the outbox (sent or not). */
    static long outboxFacts(Object aggregateId, String type) {
        return inTransaction(() -> OutboxEvent.count("aggregateKey = ?1 and eventType = ?2", aggregateId.toString(), type));
    }

    /** The data of the facts of this type about this aggregate in the outbox, in the order written. */
    static List<com.fasterxml.jackson.databind.JsonNode> outboxData(Object aggregateId, String type) {
        List<String> payloads = inTransaction(() -> OutboxEvent.<OutboxEvent>list(
                "aggregateKey = ?1 and eventType = ?2 order by position", aggregateId.toString(), type)
                .stream().map(e -> e.payload).toList());
        return payloads.stream().map(payload -> {
            try {
                return JSON.readTree(payload);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    static <T> T inTransaction(Callable<T> work) {
        return QuarkusTransaction.requiringNew().call(work);
    }
}
