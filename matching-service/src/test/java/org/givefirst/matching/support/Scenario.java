package org.givefirst.matching.support;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.givefirst.matching.messaging.EventsConsumer;
import org.givefirst.matching.messaging.MembersConsumer;
import org.givefirst.matching.support.Facts.Member;
import org.givefirst.platform.testing.TestTokens;

/** Steps several tests share: publish members and wait until matching applied them, run a round. */
public final class Scenario {

    private Scenario() {
    }

    /** Publishes the members' registrations and waits until matching knows every one of them. */
    public static void register(Member... members) {
        for (Member member : members) {
            Facts.toMembers(member.registered());
        }
        for (Member member : members) {
            await().atMost(Duration.ofSeconds(60)).until(() -> given().auth().oauth2(TestTokens.admin())
                    .when().get("/api/v1/members/{id}/giving", member.id).statusCode() == 200);
        }
    }

    /** Publishes facts on the members topic and waits until each was applied. */
    public static void members(ObjectNode... facts) {
        for (ObjectNode fact : facts) {
            Facts.toMembers(fact);
        }
        for (ObjectNode fact : facts) {
            awaitApplied(MembersConsumer.CONSUMER, fact);
        }
    }

    /** Publishes facts on the events topic and waits until each was applied. */
    public static void events(ObjectNode... facts) {
        for (ObjectNode fact : facts) {
            Facts.toEvents(fact);
        }
        for (ObjectNode fact : facts) {
            awaitApplied(EventsConsumer.CONSUMER, fact);
        }
    }

    public static void awaitApplied(String consumer, ObjectNode fact) {
        String id = fact.path("id").asText();
        await().atMost(Duration.ofSeconds(60)).until(() -> processed(consumer, id) == 1);
    }

    /** How many times the consumer recorded this CloudEvent id as processed. */
    public static long processed(String consumer, String cloudEventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em()
                .createNativeQuery("select count(*) from processed_event where consumer = ?1 and event_id = ?2")
                .setParameter(1, consumer).setParameter(2, cloudEventId).getSingleResult()).longValue());
    }

    /** Runs a round as an admin and returns its introduction ids. */
    public static List<String> round(String chapter, int perMemberLimit) {
        return given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body("{\"chapter\":\"" + chapter + "\",\"perMemberLimit\":" + perMemberLimit + "}")
                .when().post("/api/v1/rounds")
                .then().statusCode(201)
                .extract().jsonPath().getList("pairs.introductionId", String.class);
    }

    public static void answer(UUID memberId, String introductionId, String answer, int expectedStatus) {
        given().auth().oauth2(TestTokens.member(memberId)).contentType(ContentType.JSON)
                .body("{\"answer\":\"" + answer + "\"}")
                .when().post("/api/v1/introductions/{id}/responses", introductionId)
                .then().statusCode(expectedStatus);
    }

    public static EntityManager em() {
        return io.quarkus.arc.Arc.container().instance(EntityManager.class).get();
    }
}
