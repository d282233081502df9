package org.givefirst.members;

import static org.awaitility.Awaitility.await;
import static org.givefirst.members.Fixtures.asAdmin;
import static org.givefirst.members.Fixtures.asMember;
import static org.givefirst.members.Fixtures.inTransaction;
import static org.givefirst.members.Fixtures.json;
import static org.givefirst.members.Fixtures.newChapter;
import static org.givefirst.members.Fixtures.outboxFacts;
import static org.givefirst.members.Fixtures.registration;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.givefirst.members.persistence.ErasedMember;
import org.givefirst.members.persistence.Member;
import org.givefirst.members.persistence.Objective;
import org.givefirst.members.persistence.Offer;
import org.givefirst.platform.contracts.FactTypes;
import org.givefirst.platform.outbox.OutboxEvent;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MemberErasureTest {

    @Test
    void erasureDeletesThePersonalDataAndPublishesMemberErasedOnce() {
        String chapter = newChapter();
        UUID id = UUID.randomUUID();
        Map<String, Object> body = registration("Dora Franco", chapter);
        body.put("offers", List.of(Map.of("kind", "skill", "tags", List.of("bookkeeping"))));
        body.put("objectives", List.of(Map.of("what", "Bakery margins", "who", "Bakers", "tags", List.of("bakery"))));
        asMember(id).body(json(body)).when().post("/api/v1/members").then().statusCode(201);

        asMember(id).when().delete("/api/v1/members/" + id).then().statusCode(204);

        assertEquals(0L, inTransaction(() -> Member.count("id", id)));
        assertEquals(0L, inTransaction(() -> Offer.count("member.id", id)));
        assertEquals(0L, inTransaction(() -> Objective.count("member.id", id)));
        assertEquals(1L, inTransaction(() -> ErasedMember.count("id", id)));
        assertEquals(1, outboxFacts(id, FactTypes.MEMBER_ERASED));

        asMember(id).when().delete("/api/v1/members/" + id).then().statusCode(204);
        assertEquals(1, outboxFacts(id, FactTypes.MEMBER_ERASED), "erasing again publishes nothing more");
    }

    @Test
    void anErasedMemberIsGoneForEveryReadAndChange() {
        UUID id = Fixtures.register("Edu Pinto", newChapter());
        asAdmin().when().delete("/api/v1/members/" + id).then().statusCode(204);
        String path = "/api/v1/members/" + id;

        asAdmin().when().get(path).then().statusCode(410).contentType("application/problem+json")
                .body("status", equalTo(410));
        asAdmin().when().get(path + "/contact").then().statusCode(410);
        asAdmin().body(json(Map.of("headline", "back"))).when().patch(path).then().statusCode(410);
        asAdmin().body(json(Map.of("offers", List.of()))).when().put(path + "/offers").then().statusCode(410);
        asMember(id).body(json(registration("Edu Pinto", newChapter())))
                .when().post("/api/v1/members")
                .then().statusCode(410).contentType("application/problem+json");
    }

    @Test
    void theErasedMembersEmailCanBeUsedAgainAndTheyLeaveTheDirectory() {
        String chapter = newChapter();
        Map<String, Object> body = registration("Fabio Leal", chapter);
        UUID id = Fixtures.register(body);
        asMember(id).when().delete("/api/v1/members/" + id).then().statusCode(204);

        asAdmin().when().get("/api/v1/members?chapter=" + chapter).then().statusCode(200).body("items", empty());
        Fixtures.register(body);
    }

    @Test
    void factsAlreadyRelayedAboutTheMemberArePurgedFromTheOutbox() {
        UUID id = Fixtures.register("Gabi Nunes", newChapter());
        await().atMost(Duration.ofSeconds(30)).until(() -> inTransaction(() ->
                OutboxEvent.count("aggregateKey = ?1 and sentAt is not null", id.toString())) == 1);

        asMember(id).when().delete("/api/v1/members/" + id).then().statusCode(204);

        List<String> left = inTransaction(() -> OutboxEvent.<OutboxEvent>list("aggregateKey", id.toString())
                .stream().map(e -> e.eventType).toList());
        assertEquals(List.of(FactTypes.MEMBER_ERASED), left);
    }

    @Test
    void onlyTheMemberOrAnAdminErases() {
        UUID id = Fixtures.register("Hugo Dias", newChapter());

        asMember(UUID.randomUUID()).when().delete("/api/v1/members/" + id)
                .then().statusCode(403).contentType("application/problem+json");
        io.restassured.RestAssured.given().when().delete("/api/v1/members/" + id)
                .then().statusCode(401).contentType("application/problem+json");
        asAdmin().when().delete("/api/v1/members/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
        asAdmin().when().get("/api/v1/members/" + id).then().statusCode(200);
    }
}
