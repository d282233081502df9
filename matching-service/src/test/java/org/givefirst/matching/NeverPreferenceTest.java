package org.givefirst.matching;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
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
 * "Never introduce me to X", set in members-service and carried by its member facts over the broker,
 * removes the pair from both members' suggestions and from rounds, and X never learns it; withdrawing
 * the preference brings the pair back.
 */
@QuarkusTest
class NeverPreferenceTest {

    @Test
    void aNeverPreferenceFromTheMemberFactsRemovesThePairFromSuggestionsAndRounds() {
        String chapter = Facts.chapterSlug("never");
        // Ana and Xavier are each other's best match (two tags each way); Carla helps both with one.
        Member xavier = new Member("Xavier").chapters(chapter).offers("fundraising", "grant-writing")
                .seeks("ux-research", "pricing");
        Member ana = new Member("Ana").chapters(chapter).offers("ux-research", "pricing")
                .seeks("fundraising", "grant-writing").never(xavier.id);
        Member carla = new Member("Carla").chapters(chapter).offers("fundraising", "ux-research")
                .seeks("pricing", "grant-writing");
        Scenario.register(xavier, ana, carla);

        given().auth().oauth2(TestTokens.member(ana.id)).when().get("/api/v1/members/{id}/suggestions", ana.id)
                .then().statusCode(200)
                .body("items.member.memberId", contains(carla.id.toString()));
        // Both ways, and nothing tells Xavier why: Ana is simply not among his suggestions.
        String forXavier = given().auth().oauth2(TestTokens.member(xavier.id))
                .when().get("/api/v1/members/{id}/suggestions", xavier.id)
                .then().statusCode(200)
                .body("items.member.memberId", contains(carla.id.toString()))
                .extract().asString();
        assertTrue(!forXavier.contains(ana.id.toString()) && !forXavier.toLowerCase().contains("never")
                && !forXavier.contains("MEMBER_PREFERENCE"), forXavier);

        JsonPath round = given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body("{\"chapter\":\"" + chapter + "\",\"perMemberLimit\":2}")
                .when().post("/api/v1/rounds")
                .then().statusCode(201)
                .body(not(containsString("MEMBER_PREFERENCE")))
                .extract().jsonPath();
        List<Map<String, Object>> pairs = round.getList("pairs");
        assertEquals(2, pairs.size(), "Carla meets both, Ana and Xavier do not meet: " + pairs);
        for (int i = 0; i < pairs.size(); i++) {
            Set<String> pair = Set.of(round.getString("pairs[" + i + "].memberA.memberId"),
                    round.getString("pairs[" + i + "].memberB.memberId"));
            assertNotEquals(Set.of(ana.id.toString(), xavier.id.toString()), pair, "the round introduced a never pair");
        }

        // Ana withdraws the preference in members-service: the pair comes back.
        Scenario.members(ana.never().updated());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(TestTokens.member(xavier.id)).when().get("/api/v1/members/{id}/suggestions", xavier.id)
                        .then().statusCode(200)
                        .body("items.member.memberId", containsInAnyOrder(ana.id.toString())));
    }

    @Test
    void aNeverPreferenceNamingAMemberWhoIsErasedLaterIsForgottenWithThem() {
        String chapter = Facts.chapterSlug("never-erased");
        Member xavier = new Member("Xavier").chapters(chapter).offers("fundraising").seeks("ux-research");
        Member ana = new Member("Ana").chapters(chapter).offers("ux-research").seeks("fundraising").never(xavier.id);
        Scenario.register(xavier, ana);
        Scenario.members(xavier.erased());

        long rows = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> ((Number) Scenario.em()
                .createNativeQuery("select count(*) from member_preference where other_id = ?1")
                .setParameter(1, xavier.id).getSingleResult()).longValue());
        assertEquals(0, rows, "no preference names the erased member");
        // An older fact naming the erased member, delivered after the erasure, does not bring him back.
        Scenario.members(ana.updated());
        rows = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> ((Number) Scenario.em()
                .createNativeQuery("select count(*) from member_preference where other_id = ?1")
                .setParameter(1, xavier.id).getSingleResult()).longValue());
        assertEquals(0, rows, "a late fact does not store the erased member");
    }
}
