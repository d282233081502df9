package org.givefirst.webhooks.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.givefirst.platform.testing.TestTokens;

/** Registers endpoints and reads their log over the API, as an organizer would. */
public final class Endpoints {

    private Endpoints() {
    }

    /** A registered endpoint: its id, its secret (shown once), and the token of its organizer. */
    public record Registered(String id, String secret, String token) {
        public JsonPath get() {
            return given().auth().oauth2(token).when().get("/api/v1/webhook-endpoints/{id}", id)
                    .then().statusCode(200).extract().jsonPath();
        }

        public JsonPath deliveries() {
            return given().auth().oauth2(token).when().get("/api/v1/webhook-endpoints/{id}/deliveries?limit=100", id)
                    .then().statusCode(200).extract().jsonPath();
        }

        public Map<String, Object> delivery(String factId) {
            List<Map<String, Object>> items = deliveries().getList("items");
            return items.stream().filter(d -> factId.equals(d.get("factId"))).findFirst().orElse(null);
        }
    }

    public static Registered register(String chapter, String url, String... factTypes) {
        String token = TestTokens.organizer(UUID.randomUUID(), chapter);
        JsonPath created = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("chapter", chapter, "url", url, "description", "test receiver", "factTypes", List.of(factTypes)))
                .when().post("/api/v1/webhook-endpoints")
                .then().statusCode(201).extract().jsonPath();
        return new Registered(created.getString("endpoint.id"), created.getString("secret"), token);
    }
}
