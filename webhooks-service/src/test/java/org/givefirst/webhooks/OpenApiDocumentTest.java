package org.givefirst.webhooks;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;

import io.quarkus.test.junit.QuarkusTest;
import org.givefirst.platform.testing.OpenApiChecks;
import org.junit.jupiter.api.Test;

/** The served OpenAPI document, the standard problem answers of every operation, and readiness. */
@QuarkusTest
class OpenApiDocumentTest {

    @Test
    void everyOperationListsTheStandardProblemAnswers() {
        OpenApiChecks.assertEveryOperationListsTheStandardProblems();
    }

    @Test
    void openApiDescribesEveryWebhookOperationWithItsBearerSecurityAndOperationId() {
        given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths", hasKey("/api/v1/webhook-endpoints"))
                .body("paths", hasKey("/api/v1/webhook-endpoints/{id}"))
                .body("paths", hasKey("/api/v1/webhook-endpoints/{id}/secret-rotations"))
                .body("paths", hasKey("/api/v1/webhook-endpoints/{id}/deliveries"))
                .body("paths", hasKey("/api/v1/webhook-endpoints/{id}/deliveries/replays"))
                .body("paths", hasKey("/api/v1/webhook-endpoints/{id}/deliveries/{deliveryId}/replays"))
                .body("paths.'/api/v1/webhook-endpoints'.post.security[0]", hasKey("bearer"))
                .body("paths.'/api/v1/webhook-endpoints'.post.responses", hasKey("403"));
    }

    @Test
    void readyWithDatabaseAndKafka() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }
}
