package org.givefirst.members;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import java.util.UUID;
import org.givefirst.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** Per-caller rate limits, with limits low enough for a test to meet them. */
@QuarkusTest
@TestProfile(RateLimitTest.LowLimits.class)
class RateLimitTest {

    static final int WRITES = 5;
    static final int PUBLIC_READS = 8;

    public static class LowLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("givefirst.rate-limits.writes-per-minute", String.valueOf(WRITES),
                    "givefirst.rate-limits.public-reads-per-minute", String.valueOf(PUBLIC_READS));
        }
    }

    @Test
    void aBurstOfWritesFromOneMemberMeets429WithRetryAfterWhileOthersStillWrite() {
        String chapter = Fixtures.newChapter();
        UUID member = UUID.randomUUID();
        given().auth().oauth2(TestTokens.member(member)).contentType(ContentType.JSON)
                .body("{\"displayName\":\"Burst\",\"email\":\"" + member + "@example.org\",\"chapters\":[\"" + chapter + "\"]}")
                .when().post("/api/v1/members")
                .then().statusCode(201)
                .header("RateLimit-Limit", String.valueOf(WRITES))
                .header("RateLimit-Remaining", String.valueOf(WRITES - 1));
        for (int write = 2; write <= WRITES; write++) {
            rename(member, "Burst " + write).then().statusCode(200)
                    .header("RateLimit-Remaining", String.valueOf(WRITES - write));
        }

        Response refused = rename(member, "One too many");
        refused.then().statusCode(429)
                .contentType("application/problem+json")
                .header("RateLimit-Limit", String.valueOf(WRITES))
                .header("RateLimit-Remaining", "0")
                .body("status", equalTo(429))
                .body("title", equalTo("Too Many Requests"))
                .body(not(containsString("Exception")));
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter + " s is when one write comes back");
        long reset = Long.parseLong(refused.header("RateLimit-Reset"));
        assertTrue(reset >= retryAfter && reset <= 60, "RateLimit-Reset " + reset + " s is when the bucket is full again");

        // The refused write changed nothing, and another member is not held back by this one.
        given().auth().oauth2(TestTokens.member(member)).when().get("/api/v1/members/" + member)
                .then().statusCode(200).body("displayName", equalTo("Burst " + WRITES));
        UUID other = UUID.randomUUID();
        given().auth().oauth2(TestTokens.member(other)).contentType(ContentType.JSON)
                .body("{\"displayName\":\"Other\",\"email\":\"" + other + "@example.org\",\"chapters\":[\"" + chapter + "\"]}")
                .when().post("/api/v1/members")
                .then().statusCode(201);

        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("givefirst_rate_limit_refusals_total{kind=\"write\""));
    }

    @Test
    void anonymousReadsAreLimitedPerAddressButReadsWithATokenAreNot() {
        for (int read = 1; read <= PUBLIC_READS; read++) {
            given().when().get("/api/v1/chapters").then().statusCode(200);
        }
        given().when().get("/api/v1/chapters")
                .then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", org.hamcrest.Matchers.notNullValue());
        String token = TestTokens.member(UUID.randomUUID());
        for (int read = 1; read <= PUBLIC_READS + 2; read++) {
            given().auth().oauth2(token).when().get("/api/v1/chapters").then().statusCode(200);
        }
    }

    private static Response rename(UUID member, String name) {
        return Fixtures.mergePatchAs(member).body("{\"displayName\":\"" + name + "\"}").when().patch("/api/v1/members/" + member);
    }
}
