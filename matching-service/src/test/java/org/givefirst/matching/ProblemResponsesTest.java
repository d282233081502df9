package org.givefirst.matching;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.givefirst.matching.support.Facts;
import org.givefirst.matching.support.Facts.Member;
import org.givefirst.matching.support.Scenario;
import org.givefirst.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** Every refusal of matching-service's endpoints is an RFC 9457 problem with the right status. */
@QuarkusTest
class ProblemResponsesTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void everyEndpointWithoutATokenIsA401Problem() {
        UUID id = UUID.randomUUID();
        anonymous().get("/api/v1/members/{id}/suggestions", id).then().statusCode(401).contentType(PROBLEM)
                .header("WWW-Authenticate", "Bearer").body("status", equalTo(401));
        anonymous().get("/api/v1/members/{id}/giving", id).then().statusCode(401).contentType(PROBLEM);
        anonymous().get("/api/v1/members/{id}/where", id).then().statusCode(401).contentType(PROBLEM);
        anonymous().body("{\"chapter\":\"x\",\"perMemberLimit\":1}").post("/api/v1/rounds").then().statusCode(401).contentType(PROBLEM);
        anonymous().get("/api/v1/rounds/{id}", id).then().statusCode(401).contentType(PROBLEM);
        anonymous().get("/api/v1/introductions").then().statusCode(401).contentType(PROBLEM);
        anonymous().get("/api/v1/introductions/{id}", id).then().statusCode(401).contentType(PROBLEM);
        anonymous().body("{\"answer\":\"accept\"}").post("/api/v1/introductions/{id}/responses", id)
                .then().statusCode(401).contentType(PROBLEM);
        anonymous().body("{\"met\":true,\"otherHelped\":true}").post("/api/v1/introductions/{id}/feedback", id)
                .then().statusCode(401).contentType(PROBLEM);
        anonymous().body("{\"tableSize\":4}").post("/api/v1/events/{id}/tables", id).then().statusCode(401).contentType(PROBLEM);
        given().auth().oauth2("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl")
                .when().get("/api/v1/members/{id}/suggestions", id).then().statusCode(401).contentType(PROBLEM);
    }

    @Test
    void actingForSomeoneElseOrOutsideOnesChapterIsA403Problem() {
        String chapter = Facts.chapterSlug("forbidden");
        Member ana = new Member("Ana").chapters(chapter).offers("fundraising").seeks("ux-research");
        Member ben = new Member("Ben").chapters(chapter).offers("ux-research").seeks("fundraising");
        Scenario.register(ana, ben);
        String intro = Scenario.round(chapter, 1).get(0);
        UUID stranger = UUID.randomUUID();

        as(TestTokens.member(stranger)).get("/api/v1/members/{id}/suggestions", ana.id)
                .then().statusCode(403).contentType(PROBLEM).body("status", equalTo(403));
        as(TestTokens.member(stranger)).get("/api/v1/members/{id}/giving", ana.id).then().statusCode(403).contentType(PROBLEM);
        as(TestTokens.organizer(stranger, "another-chapter")).get("/api/v1/members/{id}/suggestions", ana.id)
                .then().statusCode(403).contentType(PROBLEM);
        as(TestTokens.organizer(stranger, chapter)).get("/api/v1/members/{id}/suggestions", ana.id).then().statusCode(200);
        as(TestTokens.member(ana.id)).body("{\"chapter\":\"" + chapter + "\",\"perMemberLimit\":1}").post("/api/v1/rounds")
                .then().statusCode(403).contentType(PROBLEM);
        as(TestTokens.organizer(stranger, "another-chapter")).body("{\"chapter\":\"" + chapter + "\",\"perMemberLimit\":1}")
                .post("/api/v1/rounds").then().statusCode(403).contentType(PROBLEM);
        as(TestTokens.member(stranger)).get("/api/v1/introductions/{id}", intro).then().statusCode(403).contentType(PROBLEM);
        as(TestTokens.member(stranger)).body("{\"answer\":\"accept\"}").post("/api/v1/introductions/{id}/responses", intro)
                .then().statusCode(403).contentType(PROBLEM);
        as(TestTokens.member(stranger)).get("/api/v1/introductions?member={id}", ana.id).then().statusCode(403).contentType(PROBLEM);
        as(TestTokens.service("some-service")).get("/api/v1/members/{id}/suggestions", ana.id).then().statusCode(403).contentType(PROBLEM);
    }

    @Test
    void unknownMembersRoundsIntroductionsAndEventsAre404Problems() {
        UUID nobody = UUID.randomUUID();
        as(TestTokens.member(nobody)).get("/api/v1/members/{id}/suggestions", nobody)
                .then().statusCode(404).contentType(PROBLEM).body("detail", containsString(nobody.toString()));
        as(TestTokens.member(nobody)).get("/api/v1/members/{id}/giving", nobody).then().statusCode(404).contentType(PROBLEM);
        as(TestTokens.member(nobody)).get("/api/v1/members/{id}/where", nobody).then().statusCode(404).contentType(PROBLEM);
        as(TestTokens.admin()).get("/api/v1/rounds/{id}", nobody).then().statusCode(404).contentType(PROBLEM);
        as(TestTokens.admin()).get("/api/v1/introductions/{id}", nobody).then().statusCode(404).contentType(PROBLEM);
        as(TestTokens.member(nobody)).body("{\"answer\":\"accept\"}").post("/api/v1/introductions/{id}/responses", nobody)
                .then().statusCode(404).contentType(PROBLEM);
        as(TestTokens.admin()).body("{\"tableSize\":4}").post("/api/v1/events/{id}/tables", nobody)
                .then().statusCode(404).contentType(PROBLEM);
        as(TestTokens.admin()).body("{\"chapter\":\"no-such-chapter\",\"perMemberLimit\":1}").post("/api/v1/rounds")
                .then().statusCode(404).contentType(PROBLEM);
        as(TestTokens.admin()).get("/api/v1/rounds/not-a-uuid").then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void invalidRequestsAre400ProblemsNamingTheFields() {
        String chapter = Facts.chapterSlug("invalid");
        Member host = new Member("Host").chapters(chapter);
        Scenario.register(host);
        Facts.Event lunch = new Facts.Event(chapter, host.id, "lunch", Instant.now().plus(1, ChronoUnit.DAYS));
        Scenario.events(lunch.published());

        as(TestTokens.admin()).body("{\"perMemberLimit\":0}").post("/api/v1/rounds")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItems("chapter", "perMemberLimit"));
        as(TestTokens.admin()).body("{\"chapter\":\"" + chapter + "\",\"perMemberLimit\":6}").post("/api/v1/rounds")
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("perMemberLimit"));
        as(TestTokens.admin()).post("/api/v1/rounds").then().statusCode(400).contentType(PROBLEM);
        as(TestTokens.admin()).body("{\"chapter\": ").post("/api/v1/rounds")
                .then().statusCode(400).contentType(PROBLEM).body("title", equalTo("Malformed request body"))
                .body(not(containsString("Exception")));
        as(TestTokens.admin()).body("{\"tableSize\":3}").post("/api/v1/events/{id}/tables", lunch.id)
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("tableSize"));
        as(TestTokens.admin()).body("{\"tableSize\":\"four\"}").post("/api/v1/events/{id}/tables", lunch.id)
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("tableSize"));
        as(TestTokens.member(host.id)).body("{\"answer\":\"maybe\"}").post("/api/v1/introductions/{id}/responses", UUID.randomUUID())
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("answer"));
        as(TestTokens.member(host.id)).body("{\"met\":true}").post("/api/v1/introductions/{id}/feedback", UUID.randomUUID())
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("otherHelped"));
        as(TestTokens.member(host.id)).get("/api/v1/members/{id}/suggestions?limit=1000", host.id)
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("limit"));
        as(TestTokens.member(host.id)).get("/api/v1/introductions?cursor=not-a-cursor")
                .then().statusCode(400).contentType(PROBLEM).body("detail", containsString("cursor"));
        as(TestTokens.member(host.id)).get("/api/v1/introductions?status=maybe")
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("status"));
        as(TestTokens.admin()).get("/api/v1/introductions")
                .then().statusCode(400).contentType(PROBLEM).body("detail", containsString("member"));
        // Nobody going yet: a conflict, not a server error.
        as(TestTokens.admin()).body("{\"tableSize\":4}").post("/api/v1/events/{id}/tables", lunch.id)
                .then().statusCode(409).contentType(PROBLEM);
    }

    private static RequestSpecification anonymous() {
        return given().contentType(ContentType.JSON).when();
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).when();
    }
}
