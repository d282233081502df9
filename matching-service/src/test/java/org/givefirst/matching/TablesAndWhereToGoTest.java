package org.givefirst.matching;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.givefirst.matching.support.Facts;
import org.givefirst.matching.support.Facts.Member;
import org.givefirst.matching.support.Scenario;
import org.givefirst.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TablesAndWhereToGoTest {

    @Test
    void theHostSeatsThePeopleGoingSoThatEveryMutuallyHelpfulPairSharesATable() {
        String chapter = Facts.chapterSlug("tables");
        Member host = new Member("Host").chapters(chapter);
        List<Member[]> pairs = new ArrayList<>();
        String[][] topics = {{"fundraising", "ux-research"}, {"legal", "hiring"}, {"design", "sales"}, {"cooking", "yoga"}};
        for (String[] topic : topics) {
            pairs.add(new Member[] {
                new Member("Offers " + topic[0]).chapters(chapter).offers(topic[0]).seeks(topic[1]),
                new Member("Offers " + topic[1]).chapters(chapter).offers(topic[1]).seeks(topic[0])});
        }
        Member waitlisted = new Member("Waitlisted").chapters(chapter);
        List<Member> everyone = new ArrayList<>(List.of(host, waitlisted));
        pairs.forEach(pair -> everyone.addAll(List.of(pair)));
        Scenario.register(everyone.toArray(new Member[0]));
        Facts.Event dinner = new Facts.Event(chapter, host.id, "dinner", Instant.now().plus(5, ChronoUnit.DAYS));
        Scenario.events(dinner.published());
        // Arrival order mixes the pairs up.
        for (int i = 0; i < 2; i++) {
            for (Member[] pair : pairs) {
                Scenario.events(dinner.rsvp(pair[i].id, "going", false));
            }
        }
        Scenario.events(dinner.rsvp(waitlisted.id, "waitlisted", false));

        JsonPath seating = given().auth().oauth2(TestTokens.member(host.id)).contentType(ContentType.JSON)
                .body("{\"tableSize\":4}")
                .when().post("/api/v1/events/{id}/tables", dinner.id)
                .then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/api/v1/events/" + dinner.id + "/tables"))
                .body("tables", hasSize(2))
                .body("tables[0].members", hasSize(4))
                .body("tables[1].members", hasSize(4))
                .extract().jsonPath();
        // Each pair scores 0.85 both ways (priority 4, specificity 80): all four pairs together is the optimum.
        assertEquals(3.4, seating.getDouble("totalScore"), 1e-9);
        assertTrue(seating.getDouble("gainOverRandom") >= 0);
        assertEquals(seating.getDouble("totalScore") - seating.getDouble("randomSeatingScore"),
                seating.getDouble("gainOverRandom"), 1e-3);
        for (Member[] pair : pairs) {
            Set<Integer> tables = new HashSet<>();
            for (Member member : pair) {
                tables.add(seating.getInt("tables.find { t -> t.members.any { it.memberId == '" + member.id + "' } }.number"));
            }
            assertEquals(1, tables.size(), "both members of a helpful pair at one table");
        }
        List<String> seated = seating.getList("tables.members.flatten().memberId");
        assertTrue(!seated.contains(waitlisted.id.toString()) && !seated.contains(host.id.toString()), "only people with a seat");

        given().auth().oauth2(TestTokens.organizer(host.id, "elsewhere")).when().get("/api/v1/events/{id}/tables", dinner.id)
                .then().statusCode(200).body("seatingId", equalTo(seating.getString("seatingId")));
        given().auth().oauth2(TestTokens.member(pairs.get(0)[0].id)).contentType(ContentType.JSON).body("{\"tableSize\":4}")
                .when().post("/api/v1/events/{id}/tables", dinner.id)
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.organizer(pairs.get(0)[0].id, chapter)).contentType(ContentType.JSON).body("{\"tableSize\":5}")
                .when().post("/api/v1/events/{id}/tables", dinner.id)
                .then().statusCode(201).body("tableSize", equalTo(5)).body("tables", hasSize(2));
    }

    @Test
    void whereToGoRanksUpcomingEventsByHowManyOfTheAttendeesCanHelp() {
        String chapter = Facts.chapterSlug("where");
        Member seeker = new Member("Seeker").chapters(chapter).offers("design").seeks("fundraising");
        Member f1 = new Member("F1").chapters(chapter).offers("fundraising");
        Member f2 = new Member("F2").chapters(chapter).offers("fundraising", "grant-writing");
        Member f3 = new Member("F3").chapters(chapter).offers("fundraising");
        Member other = new Member("Other").chapters(chapter).offers("legal");
        Scenario.register(seeker, f1, f2, f3, other);
        Instant now = Instant.now();
        Facts.Event one = new Facts.Event(chapter, other.id, "coffee", now.plus(5, ChronoUnit.DAYS)).title("One helper");
        Facts.Event two = new Facts.Event(chapter, other.id, "lunch", now.plus(20, ChronoUnit.DAYS)).title("Two helpers");
        Facts.Event none = new Facts.Event(chapter, other.id, "walk_run_hike", now.plus(2, ChronoUnit.DAYS)).title("Nobody");
        Facts.Event closed = new Facts.Event(chapter, other.id, "dinner", now.plus(6, ChronoUnit.DAYS)).title("Invite only")
                .visibility("invite_only");
        Facts.Event past = new Facts.Event(chapter, other.id, "dinner", now.minus(6, ChronoUnit.DAYS)).title("Past");
        Scenario.events(one.published(), one.rsvp(f3.id, "going", false), one.rsvp(other.id, "going", false),
                two.published(), two.rsvp(f1.id, "going", false), two.rsvp(f2.id, "going", true),
                none.published(), none.rsvp(other.id, "going", false),
                closed.published(), closed.rsvp(f1.id, "going", false), closed.rsvp(f2.id, "going", false),
                closed.rsvp(f3.id, "going", false),
                past.published(), past.rsvp(f1.id, "going", false));

        given().auth().oauth2(TestTokens.member(seeker.id)).when().get("/api/v1/members/{id}/where", seeker.id)
                .then().statusCode(200)
                .body("events.title", contains("Two helpers", "One helper", "Nobody"))
                .body("events.helperCount", contains(2, 1, 0))
                .body("events[0].helpers.member.displayName", hasItem("F2"))
                .body("events[0].helpers[0].tags", contains("fundraising"));
        given().auth().oauth2(TestTokens.member(seeker.id)).when().get("/api/v1/members/{id}/where?objective=0&limit=1", seeker.id)
                .then().statusCode(200)
                .body("objective", equalTo(0))
                .body("events.title", contains("Two helpers"));
        given().auth().oauth2(TestTokens.member(seeker.id)).when().get("/api/v1/members/{id}/where?objective=3", seeker.id)
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.member(f1.id)).when().get("/api/v1/members/{id}/where", seeker.id)
                .then().statusCode(403);
    }

    @Test
    void aGuestSitsAtTheTableOfTheMemberWhoBringsThem() {
        String chapter = Facts.chapterSlug("guests");
        Member host = new Member("Guest host").chapters(chapter);
        List<Member> going = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            going.add(new Member("Diner " + i).chapters(chapter).offers("fundraising").seeks("ux-research"));
        }
        List<Member> everyone = new ArrayList<>(going);
        everyone.add(host);
        Scenario.register(everyone.toArray(new Member[0]));
        Facts.Event dinner = new Facts.Event(chapter, host.id, "dinner", Instant.now().plus(6, ChronoUnit.DAYS));
        Scenario.events(dinner.published());
        Member bringer = going.get(3);
        for (Member member : going) {
            Scenario.events(dinner.rsvp(member.id, "going", member == bringer));
        }

        JsonPath seating = given().auth().oauth2(TestTokens.member(host.id)).contentType(ContentType.JSON)
                .body("{\"tableSize\":4}")
                .when().post("/api/v1/events/{id}/tables", dinner.id)
                .then().statusCode(201)
                .body("tables", hasSize(2))
                .body("tables.guestsOf.flatten().memberId", org.hamcrest.Matchers.contains(bringer.id.toString()))
                .extract().jsonPath();
        int guestTable = seating.getInt("tables.find { t -> t.guestsOf.size() > 0 }.number");
        int bringerTable = seating.getInt("tables.find { t -> t.members.any { it.memberId == '" + bringer.id + "' } }.number");
        assertEquals(bringerTable, guestTable, "the guest sits with the member who brings them");
        assertEquals(7, seating.getList("tables.members.flatten()").size(), "every member going has one seat");
    }
}
