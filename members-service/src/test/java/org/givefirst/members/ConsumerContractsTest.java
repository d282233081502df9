package org.givefirst.members;

import static io.restassured.RestAssured.given;
import static org.givefirst.members.Fixtures.asMember;
import static org.givefirst.members.Fixtures.json;
import static org.givefirst.members.Fixtures.newChapter;
import static org.givefirst.members.Fixtures.registration;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.givefirst.platform.testing.RestContract;
import org.givefirst.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * members-service keeps what its consumers rely on ({@code docs/contracts/members-service.json}):
 * every interaction events-service and matching-service have with it is replayed here, in the state
 * it names, against the real service.
 */
@QuarkusTest
class ConsumerContractsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final RestContract CONTRACT = RestContract.provider("members-service");

    @Test
    void everyInteractionTheConsumersRelyOnIsAnsweredAsTheContractSays() throws Exception {
        List<RestContract.Interaction> interactions = CONTRACT.interactions();
        assertFalse(CONTRACT.consumedBy("events-service").isEmpty());
        assertFalse(CONTRACT.consumedBy("matching-service").isEmpty());
        for (RestContract.Interaction interaction : interactions) {
            Map<String, String> values = inState(interaction.given());
            Response response = request(interaction.token()).when()
                    .request(interaction.method(), interaction.path(values));
            String name = interaction.consumer() + ": " + interaction.description();
            assertEquals(interaction.status(), response.statusCode(), name);
            assertTrue(response.contentType().startsWith(interaction.contentType()), name + ": " + response.contentType());
            JsonNode body = JSON.readTree(response.asString());
            assertEquals(List.of(), RestContract.differences(interaction.body(values), body), name);
        }
    }

    /** Brings the service into the state an interaction is given, and the values it names. */
    private static Map<String, String> inState(String state) {
        UUID id = UUID.randomUUID();
        String displayName = "Contract " + id.toString().substring(0, 8);
        String email = id + "@example.org";
        switch (state) {
            case "a member", "an erased member" -> {
                Map<String, Object> body = registration(displayName, newChapter());
                body.put("email", email);
                asMember(id).body(json(body)).when().post("/api/v1/members").then().statusCode(201);
                if (state.equals("an erased member")) {
                    asMember(id).when().delete("/api/v1/members/" + id).then().statusCode(204);
                }
            }
            case "no member" -> {
                // nothing to prepare: the id was never registered
            }
            default -> throw new AssertionError("Unknown provider state '" + state + "'");
        }
        return Map.of("memberId", id.toString(), "displayName", displayName, "email", email);
    }

    private static RequestSpecification request(String token) {
        return switch (token) {
            case "member" -> given().auth().oauth2(TestTokens.member(UUID.randomUUID()));
            case "service" -> given().auth().oauth2(TestTokens.service("contract-consumer"));
            case "none" -> given();
            default -> throw new AssertionError("Unknown token kind '" + token + "'");
        };
    }
}
