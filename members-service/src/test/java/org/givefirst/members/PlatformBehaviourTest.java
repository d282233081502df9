package org.givefirst.members;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.givefirst.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** What every service does the same way: health, docs, metrics and RFC 9457 problems. */
@QuarkusTest
class PlatformBehaviourTest {

    @Test
    void readinessReportsDatabaseAndKafkaUp() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")))
                .body("checks.name", hasItem(containsString("Kafka")));
    }

    @Test
    void openApiAndSwaggerUiAndMetricsAreServed() {
        given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200).body("paths", org.hamcrest.Matchers.hasKey("/api/v1/chapters"));
        given().when().get("/q/swagger-ui/").then().statusCode(200);
        given().when().get("/q/metrics").then().statusCode(200).body(containsString("http_server"));
    }

    @Test
    void malformedJsonIsAProblem400() {
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body("{\"slug\": \"x\", ")
                .when().post("/api/v1/chapters")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("title", equalTo("Malformed request body"))
                .body(not(containsString("Exception")));
    }

    @Test
    void unknownRouteIsAProblem404() {
        given().when().get("/api/v1/no-such-thing")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
        given().when().get("/nowhere/at/all")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
    }

    @Test
    void writeWithoutTokenIsAProblem401() {
        given().contentType(ContentType.JSON)
                .body("{\"slug\":\"nowhere\",\"name\":\"N\",\"city\":\"C\",\"timeZone\":\"Europe/Paris\"}")
                .when().post("/api/v1/chapters")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .body("status", equalTo(401));
    }

    @Test
    void writeWithForgedTokenIsAProblem401() {
        given().auth().oauth2("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl").contentType(ContentType.JSON)
                .body("{\"slug\":\"forged\",\"name\":\"N\",\"city\":\"C\",\"timeZone\":\"Europe/Paris\"}")
                .when().post("/api/v1/chapters")
                .then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void validationProblemNamesTheInvalidFields() {
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body("{\"slug\":\"Not A Slug\",\"name\":\"\",\"city\":\"Porto\",\"timeZone\":\"Europe/Lisbon\"}")
                .when().post("/api/v1/chapters")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("slug"))
                .body("errors.field", hasItem("name"));
    }
}
