package org.givefirst.webhooks;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.givefirst.platform.contracts.FactTypes;
import org.givefirst.platform.testing.TestTokens;
import org.givefirst.webhooks.support.Endpoints;
import org.givefirst.webhooks.support.Facts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Organizers manage their chapter's endpoints, admins any; bad input is a 400 problem naming the field. */
@QuarkusTest
class EndpointAccessTest {

    private static Map<String, Object> endpoint(String chapter, String url) {
        return Map.of("chapter", chapter, "url", url, "factTypes", List.of(FactTypes.RSVP_CHANGED));
    }

    @Test
    void registeringNeedsAnOrganizerOfTheChapterOrAnAdmin() {
        String chapter = Facts.chapter("access");
        given().contentType(ContentType.JSON).body(endpoint(chapter, "http://127.0.0.1:9/x"))
                .when().post("/api/v1/webhook-endpoints").then().statusCode(401)
                .contentType("application/problem+json");
        given().auth().oauth2(TestTokens.member(UUID.randomUUID())).contentType(ContentType.JSON).body(endpoint(chapter, "http://127.0.0.1:9/x"))
                .when().post("/api/v1/webhook-endpoints").then().statusCode(403);
        given().auth().oauth2(TestTokens.organizer(UUID.randomUUID(), "another-chapter")).contentType(ContentType.JSON)
                .body(endpoint(chapter, "http://127.0.0.1:9/x"))
                .when().post("/api/v1/webhook-endpoints").then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(endpoint(chapter, "http://127.0.0.1:9/x"))
                .when().post("/api/v1/webhook-endpoints").then().statusCode(201)
                .header("Location", containsString("/api/v1/webhook-endpoints/"))
                .body("secret", org.hamcrest.Matchers.startsWith("whsec_"));
    }

    @Test
    void anOrganizerSeesAndChangesOnlyTheirChaptersEndpointsAndNeverTheSecretAgain() {
        String chapter = Facts.chapter("mine");
        Endpoints.Registered mine = Endpoints.register(chapter, "http://127.0.0.1:9/mine", FactTypes.RSVP_CHANGED);
        Endpoints.Registered theirs = Endpoints.register(Facts.chapter("theirs"), "http://127.0.0.1:9/theirs", FactTypes.RSVP_CHANGED);
        given().auth().oauth2(mine.token()).when().get("/api/v1/webhook-endpoints/{id}", mine.id())
                .then().statusCode(200).body("chapter", equalTo(chapter)).body("secret", nullValue());
        given().auth().oauth2(mine.token()).when().get("/api/v1/webhook-endpoints/{id}", theirs.id()).then().statusCode(403);
        given().auth().oauth2(mine.token()).when().get("/api/v1/webhook-endpoints/{id}/deliveries", theirs.id()).then().statusCode(403);
        given().auth().oauth2(mine.token()).contentType(ContentType.JSON).body(Map.of("enabled", false))
                .when().patch("/api/v1/webhook-endpoints/{id}", theirs.id()).then().statusCode(403);
        given().auth().oauth2(mine.token()).when().delete("/api/v1/webhook-endpoints/{id}", theirs.id()).then().statusCode(403);
        given().auth().oauth2(mine.token()).when().get("/api/v1/webhook-endpoints")
                .then().statusCode(200).body("items.id", hasItem(mine.id())).body("items.id", not(hasItem(theirs.id())));
        given().auth().oauth2(mine.token()).when().get("/api/v1/webhook-endpoints/{id}", UUID.randomUUID()).then().statusCode(404);
        given().auth().oauth2(TestTokens.admin()).when().get("/api/v1/webhook-endpoints/{id}", theirs.id()).then().statusCode(200);

        given().auth().oauth2(mine.token()).contentType(ContentType.JSON).body(Map.of("enabled", false, "description", "paused"))
                .when().patch("/api/v1/webhook-endpoints/{id}", mine.id())
                .then().statusCode(200).body("enabled", equalTo(false)).body("disabledReason", containsString("Disabled by"));
        given().auth().oauth2(mine.token()).when().delete("/api/v1/webhook-endpoints/{id}", mine.id()).then().statusCode(204);
        given().auth().oauth2(mine.token()).when().get("/api/v1/webhook-endpoints/{id}", mine.id()).then().statusCode(404);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://10.0.0.1/hook", "http://169.254.169.254/latest/meta-data", "http://192.168.1.10/",
            "http://[fd00::1]/", "http://2130706433/", "http://0x7f000001/", "ftp://127.0.0.1/", "not a url",
            "http://user:secret@127.0.0.1/", "http://nowhere.invalid/"})
    void targetsTheRulesRefuseAreA400NamingTheUrl(String url) {
        String chapter = Facts.chapter("ssrf");
        given().auth().oauth2(TestTokens.organizer(UUID.randomUUID(), chapter)).contentType(ContentType.JSON).body(endpoint(chapter, url))
                .when().post("/api/v1/webhook-endpoints")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("url"));
    }

    @Test
    void unknownFactTypesAndInvalidRotationsAreA400NamingTheField() {
        String chapter = Facts.chapter("types");
        String token = TestTokens.organizer(UUID.randomUUID(), chapter);
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("chapter", chapter, "url", "http://127.0.0.1:9/", "factTypes", List.of("org.givefirst.member.email.v1")))
                .when().post("/api/v1/webhook-endpoints")
                .then().statusCode(400).body("errors[0].field", equalTo("factTypes[0]"));
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("chapter", chapter, "url", "http://127.0.0.1:9/", "factTypes", List.of()))
                .when().post("/api/v1/webhook-endpoints")
                .then().statusCode(400).body("errors[0].field", containsString("factTypes"));
        Endpoints.Registered endpoint = Endpoints.register(chapter, "http://127.0.0.1:9/", FactTypes.RSVP_CHANGED);
        given().auth().oauth2(endpoint.token()).contentType(ContentType.JSON).body(Map.of("overlap", "P30D"))
                .when().post("/api/v1/webhook-endpoints/{id}/secret-rotations", endpoint.id())
                .then().statusCode(400).body("errors[0].field", equalTo("overlap"));
        given().auth().oauth2(endpoint.token()).contentType(ContentType.JSON).body(Map.of("overlap", "tomorrow"))
                .when().post("/api/v1/webhook-endpoints/{id}/secret-rotations", endpoint.id())
                .then().statusCode(400).body("errors[0].field", equalTo("overlap"));
        given().auth().oauth2(endpoint.token()).when().get("/api/v1/webhook-endpoints/{id}/deliveries?status=lost", endpoint.id())
                .then().statusCode(400);
        given().auth().oauth2(endpoint.token()).when().get("/api/v1/webhook-endpoints/{id}/deliveries?cursor=garbage", endpoint.id())
                .then().statusCode(400);
    }
}
