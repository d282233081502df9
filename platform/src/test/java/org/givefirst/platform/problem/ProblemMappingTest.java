package org.givefirst.platform.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** Every failure is an RFC 9457 problem, and lists are paged the one way. */
@QuarkusTest
class ProblemMappingTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void invalidFieldsAreA400NamingEachField() {
        given().contentType(ContentType.JSON).body("{\"name\": \"\", \"timeZone\": \"Mars/Olympus\"}")
                .when().post("/test/things")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("https://givefirst.org/problems/validation"))
                .body("errors.field", hasItems("name", "timeZone"))
                .body("instance", equalTo("/test/things"));
        given().when().get("/test/invalid")
                .then().statusCode(400).contentType(PROBLEM)
                .body("title", equalTo("Invalid request"))
                .body("errors[0].field", equalTo("end"))
                .body("errors[0].message", equalTo("must be after start"));
    }

    @Test
    void malformedJsonAConflictAndAnUnknownPathAreProblemsToo() {
        given().contentType(ContentType.JSON).body("{\"name\": ").when().post("/test/things")
                .then().statusCode(400).contentType(PROBLEM).body("title", equalTo("Malformed request body"));
        given().when().get("/test/conflict")
                .then().statusCode(409).contentType(PROBLEM).body("detail", equalTo("That name is taken"));
        given().when().get("/nowhere")
                .then().statusCode(404).contentType(PROBLEM).body("status", equalTo(404));
    }

    @Test
    void noTokenIsA401AndTheUnexpectedIsA500WithoutItsDetails() {
        given().when().get("/test/admins")
                .then().statusCode(401).contentType(PROBLEM).header("WWW-Authenticate", "Bearer");
        given().when().get("/test/boom")
                .then().statusCode(500).contentType(PROBLEM)
                .body("detail", containsString("incident"))
                .body(not(containsString("secret")))
                .body(not(containsString("IllegalStateException")));
    }

    @Test
    void aListIsPagedWithACursorAndTheLastPageHasNoNext() {
        String next = given().when().get("/test/letters?limit=2")
                .then().statusCode(200).body("items", equalTo(java.util.List.of("a", "b")))
                .extract().path("next");
        String last = given().urlEncodingEnabled(false).when().get(next.substring(next.indexOf("/test")))
                .then().statusCode(200).body("items", equalTo(java.util.List.of("c", "d"))).extract().path("next");
        given().urlEncodingEnabled(false).when().get(last.substring(last.indexOf("/test")))
                .then().statusCode(200).body("items", equalTo(java.util.List.of("e"))).body("next", nullValue())
                .body("$", not(org.hamcrest.Matchers.hasKey("next")));
        given().when().get("/test/letters?cursor=***").then().statusCode(400).contentType(PROBLEM)
                .body("detail", containsString("cursor"));
    }
}
