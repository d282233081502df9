package org.givefirst.members;

import static io.restassured.RestAssured.given;
import static org.givefirst.members.Fixtures.asAdmin;
import static org.givefirst.members.Fixtures.asMember;
import static org.givefirst.members.Fixtures.json;
import static org.givefirst.members.Fixtures.newChapter;
import static org.givefirst.members.Fixtures.outboxFacts;
import static org.givefirst.members.Fixtures.register;
import static org.givefirst.members.Fixtures.registration;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.givefirst.members.persistence.Member;
import org.givefirst.platform.contracts.FactTypes;
import org.givefirst.platform.contracts.MemberDefaults;
import org.givefirst.platform.outbox.OutboxEvent;
import org.givefirst.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MemberProfileTest {

    @Test
    void aMemberWhoSaysNothingGetsTheDefaultsEveryServiceAssumes() {
        UUID id = register("Rui Lobo", newChapter());
        asMember(id).when().get("/api/v1/members/" + id)
                .then().statusCode(200)
                .body("preferences.openToIntroductions", equalTo(MemberDefaults.OPEN_TO_INTRODUCTIONS))
                .body("preferences.allowsOtherChapterIntroductions", equalTo(MemberDefaults.OTHER_CHAPTER_INTRODUCTIONS))
                .body("preferences.maxIntroductionsPerMonth", equalTo(MemberDefaults.MAX_INTRODUCTIONS_PER_MONTH))
                .body("preferences.publicProfile", equalTo(MemberDefaults.PUBLIC_PROFILE));
    }

    @Test
    void memberRegistersThemselvesWith201LocationAndDefaults() {
        String chapter = newChapter();
        UUID id = UUID.randomUUID();
        Map<String, Object> body = registration("Ana Ribeiro", chapter);
        body.put("headline", "Runs a two-person bakery");

        String location = asMember(id).body(json(body))
                .when().post("/api/v1/members")
                .then().statusCode(201)
                .header("Location", endsWith("/api/v1/members/" + id))
                .body("id", equalTo(id.toString()))
                .body("displayName", equalTo("Ana Ribeiro"))
                .body("chapters", contains(chapter))
                .body("timeZone", equalTo("Europe/Lisbon"))
                .body("preferences.openToIntroductions", equalTo(true))
                .body("preferences.allowsOtherChapterIntroductions", equalTo(false))
                .body("preferences.maxIntroductionsPerMonth", equalTo(2))
                .body("preferences.publicProfile", equalTo(false))
                .extract().header("Location");

        given().auth().oauth2(TestTokens.member(UUID.randomUUID())).when().get(location)
                .then().statusCode(200)
                .body("headline", equalTo("Runs a two-person bakery"));
        assertEquals(1, outboxFacts(id, FactTypes.MEMBER_REGISTERED));
    }

    @Test
    void registrationCanCarryOffersObjectivesAndPreferences() {
        String chapter = newChapter();
        Map<String, Object> body = registration("Bruno Costa", chapter);
        body.put("timeZone", "Atlantic/Azores");
        body.put("preferences", Map.of("formats", List.of("walk_run_hike", "coffee"), "maxIntroductionsPerMonth", 5));
        body.put("offers", List.of(Map.of("kind", "contacts", "tags", List.of("Flour Mills"))));
        body.put("objectives", List.of(Map.of("what", "Wholesale prices of organic flour", "who", "Millers",
                "tags", List.of("flour"))));

        asMember(UUID.randomUUID()).body(json(body))
                .when().post("/api/v1/members")
                .then().statusCode(201)
                .body("timeZone", equalTo("Atlantic/Azores"))
                .body("preferences.formats", contains("coffee", "walk_run_hike"))
                .body("preferences.maxIntroductionsPerMonth", equalTo(5))
                .body("offers[0].kind", equalTo("contacts"))
                .body("offers[0].tags", contains("flour-mills"))
                .body("objectives[0].priority", equalTo(3))
                .body("objectives[0].specificity.score", greaterThan(0));
    }

    @Test
    void adminRegistersSomeoneWithAChosenOrAGeneratedId() {
        String chapter = newChapter();
        UUID chosen = UUID.randomUUID();
        Map<String, Object> body = registration("Carla Dias", chapter);
        body.put("id", chosen.toString());
        asAdmin().body(json(body)).when().post("/api/v1/members")
                .then().statusCode(201).body("id", equalTo(chosen.toString()));

        String generated = asAdmin().body(json(registration("Duarte Reis", chapter))).when().post("/api/v1/members")
                .then().statusCode(201).extract().path("id");
        UUID.fromString(generated);
    }

    @Test
    void memberCannotRegisterSomeoneElse() {
        Map<String, Object> body = registration("Eva Lopes", newChapter());
        body.put("id", UUID.randomUUID().toString());

        asMember(UUID.randomUUID()).body(json(body))
                .when().post("/api/v1/members")
                .then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void registeringTwiceOrWithATakenEmailIsAConflict() {
        String chapter = newChapter();
        UUID id = UUID.randomUUID();
        Map<String, Object> body = registration("Filipa Sousa", chapter);
        asMember(id).body(json(body)).when().post("/api/v1/members").then().statusCode(201);

        asMember(id).body(json(registration("Filipa Sousa", chapter)))
                .when().post("/api/v1/members")
                .then().statusCode(409).contentType("application/problem+json");
        Map<String, Object> sameEmailOtherCase = registration("Someone Else", chapter);
        sameEmailOtherCase.put("email", body.get("email").toString().toUpperCase());
        asMember(UUID.randomUUID()).body(json(sameEmailOtherCase))
                .when().post("/api/v1/members")
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void concurrentRegistrationsWithOneEmailGiveOne201AndOnly409sOtherwise() throws Exception {
        String chapter = newChapter();
        String email = UUID.randomUUID() + "@example.org";
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                Map<String, Object> body = registration("Racer " + i, chapter);
                body.put("email", email);
                UUID id = UUID.randomUUID();
                answers.add(pool.submit(() -> asMember(id).body(json(body))
                        .when().post("/api/v1/members").then().extract().statusCode()));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
            assertEquals(3, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void invalidRegistrationNamesEachInvalidField() {
        Map<String, Object> body = Map.of(
                "displayName", " ",
                "email", "not-an-email",
                "timeZone", "Mars/Olympus",
                "chapters", List.of(),
                "preferences", Map.of("maxIntroductionsPerMonth", 99),
                "objectives", List.of(Map.of("what", "x", "who", "", "tags", List.of("ok", " ")), Map.of()));

        asMember(UUID.randomUUID()).body(json(body))
                .when().post("/api/v1/members")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("displayName"))
                .body("errors.field", hasItem("email"))
                .body("errors.field", hasItem("timeZone"))
                .body("errors.field", hasItem("chapters"))
                .body("errors.field", hasItem("preferences.maxIntroductionsPerMonth"))
                .body("errors.field", hasItem("objectives[0].who"))
                .body("errors.field", hasItem("objectives[0].tags[1]"))
                .body("errors.field", hasItem("objectives[1].what"));
    }

    @Test
    void unknownChapterOrFormatIsA400() {
        asMember(UUID.randomUUID()).body(json(registration("Gil Matos", "no-such-chapter")))
                .when().post("/api/v1/members")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", equalTo("No chapter with slug no-such-chapter"));

        Map<String, Object> body = registration("Gil Matos", newChapter());
        body.put("preferences", Map.of("formats", List.of("cocktail-mixer")));
        asMember(UUID.randomUUID()).body(json(body))
                .when().post("/api/v1/members")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("preferences.formats[0]"));
    }

    @Test
    void registrationWithoutTokenIs401() {
        given().contentType(ContentType.JSON).body(json(registration("Nobody", newChapter())))
                .when().post("/api/v1/members")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void memberChangesOnlyTheFieldsSentAndOneFactIsPublished() {
        String lisbon = newChapter();
        String porto = newChapter();
        UUID id = register("Helena Vaz", lisbon);
        int version = asMember(id).when().get("/api/v1/members/" + id).then().extract().path("version");

        asMember(id).body(json(Map.of("headline", "Now supplying four cafés", "chapters", List.of(porto, lisbon),
                        "preferences", Map.of("publicProfile", true))))
                .when().patch("/api/v1/members/" + id)
                .then().statusCode(200)
                .body("displayName", equalTo("Helena Vaz"))
                .body("headline", equalTo("Now supplying four cafés"))
                .body("chapters", containsInAnyOrder(lisbon, porto))
                .body("preferences.publicProfile", equalTo(true))
                .body("preferences.openToIntroductions", equalTo(true))
                .body("version", greaterThan(version));
        assertEquals(1, outboxFacts(id, FactTypes.MEMBER_UPDATED));

        asMember(id).body(json(Map.of("headline", "")))
                .when().patch("/api/v1/members/" + id)
                .then().statusCode(200)
                .body("headline", nullValue());
        assertEquals(2, outboxFacts(id, FactTypes.MEMBER_UPDATED));
    }

    @Test
    void aChangeThatChangesNothingPublishesNothing() {
        String chapter = newChapter();
        UUID id = register("Inês Prata", chapter);

        asMember(id).body(json(Map.of("displayName", "Inês Prata", "chapters", List.of(chapter))))
                .when().patch("/api/v1/members/" + id)
                .then().statusCode(200);

        assertEquals(0, outboxFacts(id, FactTypes.MEMBER_UPDATED));
    }

    @Test
    void memberCannotChangeAnotherMembersProfileButAnAdminCan() {
        UUID owner = register("João Neves", newChapter());

        asMember(UUID.randomUUID()).body(json(Map.of("headline", "hijacked")))
                .when().patch("/api/v1/members/" + owner)
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.organizer(UUID.randomUUID(), "lisbon")).contentType(ContentType.JSON)
                .body(json(Map.of("headline", "hijacked")))
                .when().patch("/api/v1/members/" + owner)
                .then().statusCode(403);
        given().contentType(ContentType.JSON).body(json(Map.of("headline", "hijacked")))
                .when().patch("/api/v1/members/" + owner)
                .then().statusCode(401);

        asAdmin().body(json(Map.of("headline", "Set by an admin")))
                .when().patch("/api/v1/members/" + owner)
                .then().statusCode(200).body("headline", equalTo("Set by an admin"));
    }

    @Test
    void invalidChangesAreA400NamingTheField() {
        UUID id = register("Luís Sá", newChapter());

        asMember(id).body(json(Map.of("displayName", "   ", "chapters", List.of(), "email", "")))
                .when().patch("/api/v1/members/" + id)
                .then().statusCode(400)
                .body("errors.field", hasItem("displayName"))
                .body("errors.field", hasItem("chapters"))
                .body("errors.field", hasItem("email"));
        asMember(id).body("{\"preferences\": {\"openToIntroductions\": \"maybe\"}}")
                .when().patch("/api/v1/members/" + id)
                .then().statusCode(400)
                .body("title", equalTo("Malformed request body"))
                .body("errors.field", hasItem("preferences.openToIntroductions"));
    }

    @Test
    void unknownOrMalformedMemberIdIsA404Problem() {
        asMember(UUID.randomUUID()).when().get("/api/v1/members/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
        asMember(UUID.randomUUID()).when().get("/api/v1/members/not-a-uuid")
                .then().statusCode(404).contentType("application/problem+json");
        UUID nobody = UUID.randomUUID();
        asMember(nobody).body(json(Map.of("headline", "x")))
                .when().patch("/api/v1/members/" + nobody)
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void concurrentChangesOfOneMemberAreAppliedOneAfterTheOtherWithFactsInOrder() throws Exception {
        UUID id = register("Marta Faria", newChapter());
        int changes = 6;
        ExecutorService pool = Executors.newFixedThreadPool(changes);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < changes; i++) {
                String headline = "Headline " + i;
                answers.add(pool.submit(() -> asMember(id).body(json(Map.of("headline", headline)))
                        .when().patch("/api/v1/members/" + id).then().extract().statusCode()));
            }
            for (Future<Integer> answer : answers) {
                assertEquals(200, answer.get());
            }
        } finally {
            pool.shutdownNow();
        }

        List<OutboxEvent> updates = Fixtures.inTransaction(() -> OutboxEvent.<OutboxEvent>list(
                "aggregateKey = ?1 and eventType = ?2 order by position", id.toString(), FactTypes.MEMBER_UPDATED));
        assertEquals(changes, updates.size());
        long previous = -1;
        for (OutboxEvent update : updates) {
            long version = new com.fasterxml.jackson.databind.ObjectMapper().readTree(update.payload).path("version").asLong();
            org.junit.jupiter.api.Assertions.assertTrue(version > previous, "versions grow in outbox order");
            previous = version;
        }
        Member stored = Fixtures.inTransaction(() -> Member.<Member>findById(id));
        assertEquals(previous, stored.version, "the last fact shows the stored state");
    }
}
