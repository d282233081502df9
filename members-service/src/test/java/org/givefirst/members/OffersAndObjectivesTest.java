package org.givefirst.members;

import static org.givefirst.members.Fixtures.asAdmin;
import static org.givefirst.members.Fixtures.asMember;
import static org.givefirst.members.Fixtures.json;
import static org.givefirst.members.Fixtures.newChapter;
import static org.givefirst.members.Fixtures.outboxFacts;
import static org.givefirst.members.Fixtures.register;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.givefirst.platform.contracts.FactTypes;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OffersAndObjectivesTest {

    private static final Map<String, Object> VAGUE = Map.of(
            "what", "Getting new business", "who", "anyone", "tags", List.of("business"));
    private static final Map<String, Object> SPECIFIC = Map.of(
            "what", "How independent cafés choose the bakeries they buy from, and what they pay",
            "who", "Owners and buyers of independent cafés",
            "where", "The Lisbon coffee festival",
            "tags", List.of("Cafes", "wholesale bakery"),
            "priority", 5);

    @Test
    void offersAreReplacedInOrderWithNormalizedTags() {
        UUID id = register("Vera Lima", newChapter());
        Map<String, Object> first = Map.of("kind", "skill", "description", "Sourdough at small scale",
                "tags", List.of("Sourdough", " Food Safety ", "sourdough"));
        Map<String, Object> second = Map.of("kind", "resource", "tags", List.of("delivery van"));

        asMember(id).body(json(Map.of("offers", List.of(first, second))))
                .when().put("/api/v1/members/" + id + "/offers")
                .then().statusCode(200)
                .body("offers", hasSize(2))
                .body("offers[0].kind", equalTo("skill"))
                .body("offers[0].tags", contains("sourdough", "food-safety"))
                .body("offers[1].kind", equalTo("resource"))
                .body("offers[1].tags", contains("delivery-van"));

        asMember(id).body(json(Map.of("offers", List.of(second))))
                .when().put("/api/v1/members/" + id + "/offers")
                .then().statusCode(200)
                .body("offers.kind", contains("resource"));
        assertEquals(2, outboxFacts(id, FactTypes.MEMBER_UPDATED));
    }

    @Test
    void sendingTheSameOffersOrObjectivesAgainPublishesNothing() {
        UUID id = register("Wagner Luz", newChapter());
        Map<String, Object> offers = Map.of("offers", List.of(Map.of("kind", "knowledge", "tags", List.of("lisbon-retail"))));
        Map<String, Object> objectives = Map.of("objectives", List.of(SPECIFIC));

        for (int i = 0; i < 2; i++) {
            asMember(id).body(json(offers)).when().put("/api/v1/members/" + id + "/offers").then().statusCode(200);
            asMember(id).body(json(objectives)).when().put("/api/v1/members/" + id + "/objectives").then().statusCode(200);
        }

        assertEquals(2, outboxFacts(id, FactTypes.MEMBER_UPDATED), "one fact for the offers, one for the objectives");
    }

    @Test
    void eachObjectiveIsScoredForSpecificityWithHints() {
        UUID id = register("Xana Moura", newChapter());

        asMember(id).body(json(Map.of("objectives", List.of(VAGUE, SPECIFIC))))
                .when().put("/api/v1/members/" + id + "/objectives")
                .then().statusCode(200)
                .body("objectives[0].priority", equalTo(3))
                .body("objectives[0].specificity.score", equalTo(5))
                .body("objectives[0].specificity.level", equalTo("vague"))
                .body("objectives[0].specificity.hints[0]", equalTo("\"Getting new business\" is a goal, not an objective: "
                        + "say precisely what you want to learn or find, for example \"sales professionals currently "
                        + "using a software-based contact management system\"."))
                .body("objectives[1].tags", contains("cafes", "wholesale-bakery"))
                .body("objectives[1].priority", equalTo(5))
                .body("objectives[1].specificity.score", equalTo(100))
                .body("objectives[1].specificity.level", equalTo("specific"))
                .body("objectives[1].specificity.hints", hasSize(0));
    }

    @Test
    void anObjectiveKeepsItsIdWhenSentBackWithChanges() {
        UUID id = register("Yara Paiva", newChapter());
        String kept = asMember(id).body(json(Map.of("objectives", List.of(VAGUE))))
                .when().put("/api/v1/members/" + id + "/objectives")
                .then().statusCode(200).extract().path("objectives[0].id");

        Map<String, Object> rewritten = new java.util.HashMap<>(SPECIFIC);
        rewritten.put("id", kept);
        String added = asMember(id).body(json(Map.of("objectives", List.of(Map.of(
                        "what", "Suppliers of compostable bread bags", "who", "Packaging wholesalers",
                        "tags", List.of("packaging")), rewritten))))
                .when().put("/api/v1/members/" + id + "/objectives")
                .then().statusCode(200)
                .body("objectives[1].id", equalTo(kept))
                .body("objectives[1].specificity.score", equalTo(100))
                .extract().path("objectives[0].id");
        assertNotEquals(kept, added);
    }

    @Test
    void anObjectiveIdOfAnotherMemberIsA400() {
        UUID other = register("Zeca Rocha", newChapter());
        String foreign = asMember(other).body(json(Map.of("objectives", List.of(VAGUE))))
                .when().put("/api/v1/members/" + other + "/objectives")
                .then().statusCode(200).extract().path("objectives[0].id");
        UUID id = register("Alda Gomes", newChapter());
        Map<String, Object> stolen = new java.util.HashMap<>(VAGUE);
        stolen.put("id", foreign);

        asMember(id).body(json(Map.of("objectives", List.of(stolen))))
                .when().put("/api/v1/members/" + id + "/objectives")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void invalidOffersAndObjectivesNameTheField() {
        UUID id = register("Beto Cruz", newChapter());

        asMember(id).body(json(Map.of("offers", List.of(Map.of("kind", "skill", "tags", List.of())))))
                .when().put("/api/v1/members/" + id + "/offers")
                .then().statusCode(400).body("errors.field", hasItem("offers[0].tags"));
        asMember(id).body("{\"offers\": [{\"kind\": \"money\", \"tags\": [\"x\"]}]}")
                .when().put("/api/v1/members/" + id + "/offers")
                .then().statusCode(400).body("errors.field", hasItem("offers[0].kind"));
        asMember(id).body(json(Map.of("objectives", List.of(Map.of("what", "x", "who", "y", "tags", List.of("t"), "priority", 9)))))
                .when().put("/api/v1/members/" + id + "/objectives")
                .then().statusCode(400).body("errors.field", hasItem("objectives[0].priority"));
        asMember(id).body("{}")
                .when().put("/api/v1/members/" + id + "/objectives")
                .then().statusCode(400).body("errors.field", hasItem("objectives"));
        asMember(id).body(json(Map.of("offers", java.util.Collections.nCopies(21,
                        Map.of("kind", "skill", "tags", List.of("x"))))))
                .when().put("/api/v1/members/" + id + "/offers")
                .then().statusCode(400).body("errors.field", hasItem("offers"));
    }

    @Test
    void onlyTheMemberOrAnAdminReplacesOffersAndObjectives() {
        UUID id = register("Cida Melo", newChapter());
        Map<String, Object> offers = Map.of("offers", List.of(Map.of("kind", "skill", "tags", List.of("x"))));

        asMember(UUID.randomUUID()).body(json(offers)).when().put("/api/v1/members/" + id + "/offers")
                .then().statusCode(403).contentType("application/problem+json");
        asMember(UUID.randomUUID()).body(json(Map.of("objectives", List.of(VAGUE))))
                .when().put("/api/v1/members/" + id + "/objectives")
                .then().statusCode(403);
        asAdmin().body(json(offers)).when().put("/api/v1/members/" + id + "/offers")
                .then().statusCode(200).body("offers.tags", not(hasSize(0)));
    }
}
