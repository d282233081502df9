package org.givefirst.members;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.UUID;
import org.givefirst.platform.testing.Infrastructure;
import org.givefirst.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** With PostgreSQL gone, writes answer 503 with Retry-After; once it is back, the service recovers by itself. */
@QuarkusTest
class DatabaseOutageTest {

    @Test
    void writesAnswer503WithRetryAfterWhilePostgresIsDownAndSucceedOnceItIsBack() {
        String chapter = Fixtures.newChapter();
        UUID member = UUID.randomUUID();
        given().auth().oauth2(TestTokens.member(member)).contentType(ContentType.JSON)
                .body("{\"displayName\":\"Before\",\"email\":\"" + member + "@example.org\",\"chapters\":[\"" + chapter + "\"]}")
                .when().post("/api/v1/members")
                .then().statusCode(201);

        Infrastructure.stopPostgres();
        try {
            rename(member, "During").then().statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", equalTo("5"))
                    .body("status", equalTo(503))
                    .body(not(containsString("Exception")))
                    .body(not(containsString("org.")));
            given().when().get("/q/health/ready").then().statusCode(503);
        } finally {
            Infrastructure.startPostgres();
        }

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> rename(member, "After").then().statusCode(200));
        given().auth().oauth2(TestTokens.member(member)).when().get("/api/v1/members/" + member)
                .then().statusCode(200).body("displayName", equalTo("After"));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().when().get("/q/health/ready").then().statusCode(200));
    }

    private static Response rename(UUID member, String name) {
        return Fixtures.mergePatchAs(member).body("{\"displayName\":\"" + name + "\"}").when().patch("/api/v1/members/" + member);
    }
}
