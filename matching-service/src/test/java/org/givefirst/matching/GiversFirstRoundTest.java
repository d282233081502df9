package org.givefirst.matching;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.givefirst.matching.support.Facts;
import org.givefirst.matching.support.Facts.Member;
import org.givefirst.matching.support.Scenario;
import org.givefirst.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * Issue 17 over the real broker: 24 members who can all help each other; two rounds of made
 * introductions in which 12 are confirmed helpful by their partners every time (givers) and 12 never
 * are (takers); the third round (k = 1) serves the givers first. The chapter lets takers be matched
 * every round ({@code taker-rest-rounds=1} in the test profile), so that what keeps the givers for
 * each other is the round's stages, not the takers' rest.
 */
@QuarkusTest
class GiversFirstRoundTest {

    private static final String CHAPTER = "givers-first-e2e";

    record Pair(String introductionId, UUID a, UUID b) {
        boolean involves(UUID member) {
            return a.equals(member) || b.equals(member);
        }
    }

    @Test
    void aThirdRoundGivesTakersAtMostAThirdOfWhatGiversGetAndNeverSpendsAGiverOnATakerWhileAGiverIsFree() {
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            members.add(new Member("Member " + i).chapters(CHAPTER).offers("fundraising", "ux-research")
                    .seeks("fundraising", "ux-research").maxPerMonth(6));
        }
        Scenario.members(Facts.chapterCreated(UUID.randomUUID(), CHAPTER));
        Scenario.register(members.toArray(Member[]::new));

        // Round 1: everyone is new; one member of each pair becomes a giver, the other a taker.
        List<Pair> first = round(1);
        assertEquals(12, first.size(), "round 1 pairs everyone");
        Set<UUID> givers = new HashSet<>();
        Set<UUID> takers = new HashSet<>();
        first.forEach(pair -> {
            givers.add(pair.a());
            takers.add(pair.b());
        });
        Set<Set<UUID>> introduced = new HashSet<>();
        makeWithFeedback(first, givers, introduced);

        // Round 2: nobody is a taker yet (one introduction each); feedback as before.
        List<Pair> second = round(1);
        assertEquals(12, second.size(), "round 2 pairs everyone again");
        makeWithFeedback(second, givers, introduced);

        UUID aGiver = givers.iterator().next();
        UUID aTaker = takers.iterator().next();
        given().auth().oauth2(TestTokens.member(aGiver)).when().get("/api/v1/members/{id}/giving", aGiver)
                .then().statusCode(200).body("taker", equalTo(false)).body("balance", equalTo(2));
        given().auth().oauth2(TestTokens.member(aTaker)).when().get("/api/v1/members/{id}/giving", aTaker)
                .then().statusCode(200).body("taker", equalTo(true)).body("balance", equalTo(-2));

        // Round 3, k = 1.
        List<Pair> third = round(1);
        Map<UUID, Integer> received = new HashMap<>();
        for (Pair pair : third) {
            received.merge(pair.a(), 1, Integer::sum);
            received.merge(pair.b(), 1, Integer::sum);
            assertFalse(takers.contains(pair.a()) && takers.contains(pair.b()), "two takers were paired: " + pair);
        }
        int toGivers = givers.stream().mapToInt(g -> received.getOrDefault(g, 0)).sum();
        int toTakers = takers.stream().mapToInt(t -> received.getOrDefault(t, 0)).sum();
        assertTrue(toGivers > 0, "the givers were served");
        assertTrue(3 * toTakers <= toGivers, "takers received " + toTakers + " introductions, givers " + toGivers);
        Set<UUID> matched = received.keySet();
        for (Pair pair : third) {
            if (givers.contains(pair.a()) == givers.contains(pair.b())) {
                continue;
            }
            UUID giver = givers.contains(pair.a()) ? pair.a() : pair.b();
            for (UUID other : givers) {
                boolean eligibleAndFree = !other.equals(giver) && !matched.contains(other)
                        && !introduced.contains(Set.of(giver, other));
                assertFalse(eligibleAndFree, "giver " + giver + " was paired with a taker while giver " + other + " was free");
            }
        }
    }

    /** Runs a round of the chapter and returns its pairs. */
    private static List<Pair> round(int perMemberLimit) {
        JsonPath round = given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body("{\"chapter\":\"" + CHAPTER + "\",\"perMemberLimit\":" + perMemberLimit + "}")
                .when().post("/api/v1/rounds")
                .then().statusCode(201).extract().jsonPath();
        List<Pair> pairs = new ArrayList<>();
        int count = round.getList("pairs").size();
        for (int i = 0; i < count; i++) {
            pairs.add(new Pair(round.getString("pairs[" + i + "].introductionId"),
                    UUID.fromString(round.getString("pairs[" + i + "].memberA.memberId")),
                    UUID.fromString(round.getString("pairs[" + i + "].memberB.memberId"))));
        }
        return pairs;
    }

    /** Both accept, both met; each says the other helped exactly when the other is a giver. */
    private static void makeWithFeedback(List<Pair> pairs, Set<UUID> givers, Set<Set<UUID>> introduced) {
        for (Pair pair : pairs) {
            Scenario.answer(pair.a(), pair.introductionId(), "accept", 200);
            Scenario.answer(pair.b(), pair.introductionId(), "accept", 200);
            feedback(pair.a(), pair.introductionId(), givers.contains(pair.b()));
            feedback(pair.b(), pair.introductionId(), givers.contains(pair.a()));
            introduced.add(Set.of(pair.a(), pair.b()));
        }
    }

    private static void feedback(UUID member, String introductionId, boolean otherHelped) {
        given().auth().oauth2(TestTokens.member(member)).contentType(ContentType.JSON)
                .body("{\"met\":true,\"otherHelped\":" + otherHelped + "}")
                .when().post("/api/v1/introductions/{id}/feedback", introductionId)
                .then().statusCode(200);
    }
}
