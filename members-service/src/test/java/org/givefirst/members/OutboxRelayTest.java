package org.givefirst.members;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import org.givefirst.members.messaging.MemberFacts;
import org.givefirst.platform.outbox.OutboxEvent;
import org.givefirst.platform.outbox.Topics;
import org.givefirst.platform.testing.Infrastructure;
import org.givefirst.platform.testing.TestTokens;
import org.givefirst.platform.testing.TopicProbe;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OutboxRelayTest {

    @Test
    void changeCommitsWhileBrokerIsDownAndItsFactArrivesOnceAfterwards() {
        org.junit.jupiter.api.Assumptions.assumeTrue(Infrastructure.kafkaIsInJvm(), "needs the in-JVM broker");
        Infrastructure.stopKafkaBroker();
        String first;
        String second;
        try {
            first = createChapter("outbox-first");
            second = createChapter("outbox-second");
            // The REST callers got their answers; the facts wait in the outbox.
            assertEquals(1L, pendingFor(first));
        } finally {
            Infrastructure.startKafkaBroker();
        }

        await().atMost(Duration.ofSeconds(60)).until(() -> pendingFor(first) == 0 && pendingFor(second) == 0);
        List<TopicProbe.Fact> facts = TopicProbe.factsWithKey(Topics.MEMBERS, first);
        assertEquals(1, facts.size(), "exactly one record for the chapter");
        assertEquals(MemberFacts.CHAPTER_CREATED, facts.get(0).type());
        assertEquals("outbox-first", facts.get(0).data().path("slug").asText());
        assertEquals(first, facts.get(0).cloudEvent().path("subject").asText());
        assertEquals(1, TopicProbe.factsWithKey(Topics.MEMBERS, second).size());
    }

    private static String createChapter(String slug) {
        return given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body("{\"slug\":\"" + slug + "\",\"name\":\"N\",\"city\":\"C\",\"timeZone\":\"Europe/Paris\"}")
                .when().post("/api/v1/chapters")
                .then().statusCode(201)
                .extract().path("id");
    }

    private static long pendingFor(String key) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> OutboxEvent.count("aggregateKey = ?1 and sentAt is null", key));
    }
}
