package org.givefirst.members;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.givefirst.members.Fixtures.asMember;
import static org.givefirst.members.Fixtures.json;
import static org.givefirst.members.Fixtures.mergePatchAs;
import static org.givefirst.members.Fixtures.registration;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.givefirst.platform.contracts.FactTypes;
import org.givefirst.platform.outbox.OutboxEvent;
import org.givefirst.platform.outbox.Topics;
import org.givefirst.platform.testing.Infrastructure;
import org.givefirst.platform.testing.TestTokens;
import org.givefirst.platform.testing.TopicProbe;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OutboxRelayTest {

    @Test
    void changesCommitWhileTheBrokerIsDownAndTheirFactsArriveOnceEachInTheOrderWritten() {
        Assumptions.assumeTrue(Infrastructure.kafkaIsInJvm(), "needs the in-JVM broker");
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        UUID member = UUID.randomUUID();
        List<Long> answeredVersions;
        String first;
        String second;
        Infrastructure.stopKafkaBroker();
        try {
            first = createChapter("outbox-first-" + suffix);
            second = createChapter("outbox-second-" + suffix);
            // Every REST caller gets their answer; the facts wait in the outbox.
            Map<String, Object> body = registration("Olga Ramos", "outbox-first-" + suffix);
            long registered = asMember(member).body(json(body)).when().post("/api/v1/members")
                    .then().statusCode(201).extract().jsonPath().getLong("version");
            long firstChange = mergePatchAs(member).body("{\"headline\": \"Runs a print shop\"}")
                    .when().patch("/api/v1/members/" + member)
                    .then().statusCode(200).extract().jsonPath().getLong("version");
            long secondChange = mergePatchAs(member).body("{\"city\": \"Coimbra\", \"headline\": null}")
                    .when().patch("/api/v1/members/" + member)
                    .then().statusCode(200).extract().jsonPath().getLong("version");
            answeredVersions = List.of(registered, firstChange, secondChange);
            assertEquals(1L, pendingFor(first));
            assertEquals(3L, pendingFor(member.toString()));
        } finally {
            Infrastructure.startKafkaBroker();
        }
        List<String> written = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent>list(
                "aggregateKey = ?1 order by position", member.toString()).stream().map(e -> e.eventId.toString()).toList());

        await().atMost(Duration.ofSeconds(60)).until(() ->
                pendingFor(first) == 0 && pendingFor(second) == 0 && pendingFor(member.toString()) == 0);

        List<TopicProbe.Fact> chapterFacts = TopicProbe.factsWithKey(Topics.MEMBERS, first);
        assertEquals(1, chapterFacts.size(), "exactly one record for the chapter");
        assertEquals(FactTypes.CHAPTER_CREATED, chapterFacts.get(0).type());
        assertEquals("outbox-first-" + suffix, chapterFacts.get(0).data().path("slug").asText());
        assertEquals(first, chapterFacts.get(0).cloudEvent().path("subject").asText());
        assertEquals(1, TopicProbe.factsWithKey(Topics.MEMBERS, second).size());

        List<TopicProbe.Fact> memberFacts = TopicProbe.factsWithKey(Topics.MEMBERS, member.toString());
        assertEquals(List.of(FactTypes.MEMBER_REGISTERED, FactTypes.MEMBER_UPDATED, FactTypes.MEMBER_UPDATED),
                memberFacts.stream().map(TopicProbe.Fact::type).toList(), "each fact once, in the order written");
        assertEquals(written, memberFacts.stream().map(TopicProbe.Fact::id).toList(),
                "the CloudEvents are the outbox rows, one record each, in outbox order");
        List<Long> versions = memberFacts.stream().map(f -> f.data().path("version").asLong()).toList();
        assertEquals(answeredVersions, versions, "each fact shows the state its request answered");
        assertTrue(versions.get(0) < versions.get(1) && versions.get(1) < versions.get(2), versions.toString());
        assertEquals("Coimbra", memberFacts.get(2).data().path("city").asText());
    }

    private static String createChapter(String slug) {
        return given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body("{\"slug\":\"" + slug + "\",\"name\":\"N\",\"city\":\"C\",\"timeZone\":\"Europe/Paris\"}")
                .when().post("/api/v1/chapters")
                .then().statusCode(201)
                .extract().path("id");
    }

    private static long pendingFor(String key) {
        return QuarkusTransaction.requiringNew()
                .call(() -> OutboxEvent.count("aggregateKey = ?1 and sentAt is null", key));
    }
}
