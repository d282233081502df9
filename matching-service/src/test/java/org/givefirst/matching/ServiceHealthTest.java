package org.givefirst.matching;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ServiceHealthTest {

    @Test
    void openApiDescribesEveryMatchingEndpointWithItsBearerSecurity() {
        given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/members/{id}/suggestions"))
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/members/{id}/giving"))
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/members/{id}/where"))
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/rounds"))
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/rounds/{id}"))
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/introductions"))
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/introductions/{id}/responses"))
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/introductions/{id}/feedback"))
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/events/{id}/tables"))
                .body("paths.'/api/v1/rounds'.post.security[0]", org.hamcrest.Matchers.hasKey("bearer"))
                .body("paths.'/api/v1/rounds'.post.responses", org.hamcrest.Matchers.hasKey("403"));
    }

    @Test
    void readyWithDatabaseAndKafka() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }
}
