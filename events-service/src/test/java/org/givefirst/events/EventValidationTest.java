package org.givefirst.events;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import java.util.UUID;
import org.givefirst.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** Bad input is a 400 problem that names the field at fault, never a 500. */
@QuarkusTest
class EventValidationTest {

    private final UUID host = UUID.randomUUID();
    private final String chapter = Api.chapter("valid");

    private ValidatableResponse create(Map<String, Object> body) {
        return Api.post(TestTokens.member(host), "/api/v1/events", body);
    }

    private static void isProblemNaming(ValidatableResponse response, String field) {
        response.statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.field", hasItem(field));
    }

    @Test
    void endBeforeStartIsAProblemNamingEnd() {
        Map<String, Object> body = Api.coffee(chapter, 8, "public");
        body.put("start", Api.daysAhead(5, 11, "Europe/Lisbon").toString());
        body.put("end", Api.daysAhead(5, 10, "Europe/Lisbon").toString());
        isProblemNaming(create(body), "end");
    }

    @Test
    void capacityBelowOneIsAProblemNamingCapacity() {
        isProblemNaming(create(Api.coffee(chapter, 0, "public")), "capacity");
    }

    @Test
    void unknownFormatIsAProblemNamingFormatAndListingTheFormats() {
        Map<String, Object> body = Api.coffee(chapter, 8, "public");
        body.put("format", "mixer");
        isProblemNaming(create(body), "format");
        create(body).body("errors.find { it.field == 'format' }.message", containsString("walk_run_hike"));
    }

    @Test
    void unknownTimeZoneIsAProblemNamingTimeZone() {
        Map<String, Object> body = Api.coffee(chapter, 8, "public");
        body.put("timeZone", "Mars/Olympus_Mons");
        isProblemNaming(create(body), "timeZone");
    }

    @Test
    void localTimeSkippedByDaylightSavingIsAProblemNamingStart() {
        Map<String, Object> body = Api.coffee(chapter, 8, "public");
        body.put("start", "2030-03-31T01:30"); // Lisbon springs from 01:00 to 02:00 that night
        body.put("end", "2030-03-31T03:00");
        isProblemNaming(create(body), "start");
    }

    @Test
    void unknownVisibilityAndMissingTitleAreProblemsNamingThem() {
        Map<String, Object> body = Api.coffee(chapter, 8, "everyone");
        body.remove("title");
        ValidatableResponse response = create(body);
        isProblemNaming(response, "visibility");
        response.body("errors.field", hasItem("title"));
    }

    @Test
    void malformedStartIsAProblemNamingStart() {
        Map<String, Object> body = Api.coffee(chapter, 8, "public");
        body.put("start", "next tuesday");
        create(body).statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("start"));
    }

    @Test
    void changeThatEndsBeforeItStartsIsAProblemNamingEnd() {
        String id = Api.create(host, Api.coffee(chapter, 8, "public"));
        given().auth().oauth2(TestTokens.member(host)).contentType(ContentType.JSON)
                .body(Map.of("end", Api.daysAhead(7, 8, "Europe/Lisbon").toString()))
                .when().patch("/api/v1/events/" + id)
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("end"));
        given().auth().oauth2(TestTokens.member(host)).contentType(ContentType.JSON)
                .body(Map.of("timeZone", "Atlantis/Capital", "capacity", 0))
                .when().patch("/api/v1/events/" + id)
                .then().statusCode(400).body("errors.field", hasItem("timeZone")).body("errors.field", hasItem("capacity"));
    }

    @Test
    void badListingFiltersAreProblemsNamingThem() {
        given().queryParam("from", "yesterday").queryParam("limit", 1000).queryParam("format", "rave")
                .when().get("/api/v1/events")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("from"))
                .body("errors.field", hasItem("limit"))
                .body("errors.field", hasItem("format"));
        given().queryParam("cursor", "not-a-cursor").when().get("/api/v1/events")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void creatingWithoutATokenIsA401Problem() {
        given().contentType(ContentType.JSON).body(Api.coffee(chapter, 8, "public"))
                .when().post("/api/v1/events")
                .then().statusCode(401).contentType("application/problem+json");
    }
}
