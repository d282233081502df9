package org.givefirst.members;

import static io.restassured.RestAssured.given;
import static org.givefirst.members.Fixtures.json;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ObjectiveAssessmentTest {

    @Test
    void aVagueDraftGetsALowScoreAndConcreteHintsWithoutAToken() {
        given().contentType(ContentType.JSON).body(json(Map.of("what", "Getting new business")))
                .when().post("/api/v1/objectives/assess")
                .then().statusCode(200)
                .body("score", equalTo(0))
                .body("level", equalTo("vague"))
                .body("hints[0]", startsWith("\"Getting new business\" is a goal, not an objective"))
                .body("hints", hasSize(4));
    }

    @Test
    void aSpecificDraftScoresHighWithNothingLeftToAdd() {
        given().contentType(ContentType.JSON).body(json(Map.of(
                        "what", "Meeting sales professionals currently using a software-based contact management system",
                        "who", "Sales trainers and CRM consultants",
                        "where", "CRM workshops of the chamber of commerce",
                        "tags", List.of("crm", "sales-training"))))
                .when().post("/api/v1/objectives/assess")
                .then().statusCode(200)
                .body("score", equalTo(100))
                .body("level", equalTo("specific"))
                .body("hints", hasSize(0));
    }

    @Test
    void anEmptyDraftIsAssessedAndAnOversizedOneIsA400() {
        given().contentType(ContentType.JSON).body("{}")
                .when().post("/api/v1/objectives/assess")
                .then().statusCode(200).body("score", equalTo(0));
        given().contentType(ContentType.JSON).body(json(Map.of("what", "x".repeat(501))))
                .when().post("/api/v1/objectives/assess")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("what"));
    }
}
