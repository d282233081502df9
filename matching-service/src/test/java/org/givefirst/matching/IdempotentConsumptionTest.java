package org.givefirst.matching;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.givefirst.matching.messaging.EventsConsumer;
import org.givefirst.matching.messaging.MembersConsumer;
import org.givefirst.matching.support.Facts;
import org.givefirst.matching.support.Facts.Member;
import org.givefirst.matching.support.Scenario;
import org.givefirst.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * Consumers apply each CloudEvent once: a redelivered fact (same CloudEvent id, as after a
 * consumer restart or a replay of the topic from the beginning) changes nothing.
 */
@QuarkusTest
class IdempotentConsumptionTest {

    @Test
    void attendanceRecordedTwiceCountsTheHostingAndTheVolunteeringOnce() {
        String chapter = Facts.chapterSlug("idem");
        Member host = new Member("Hélène").chapters(chapter);
        Member volunteer = new Member("Victor").chapters(chapter);
        Member another = new Member("Alma").chapters(chapter);
        Scenario.register(host, volunteer, another);
        Facts.Event cleanup = new Facts.Event(chapter, host.id, "volunteering", Instant.now().minus(2, ChronoUnit.DAYS));
        Scenario.events(cleanup.published());

        ObjectNode attended = cleanup.attendance(volunteer.id, true);
        Facts.toEvents(attended);
        Facts.toEvents(attended);
        // A later fact of the same event (same key, same partition): once it is applied, both deliveries were handled.
        Scenario.events(cleanup.attendance(another.id, true));

        assertEquals(1, Scenario.processed(EventsConsumer.CONSUMER, attended.path("id").asText()));
        given().auth().oauth2(TestTokens.member(host.id))
                .when().get("/api/v1/members/{id}/giving", host.id)
                .then().statusCode(200)
                .body("hosted", equalTo(1))
                .body("givingPoints", equalTo(2))
                .body("recent.sourceId", hasItem(cleanup.id.toString()));
        given().auth().oauth2(TestTokens.member(volunteer.id))
                .when().get("/api/v1/members/{id}/giving", volunteer.id)
                .then().statusCode(200)
                .body("volunteered", equalTo(1))
                .body("balance", equalTo(1));
        assertEquals(1L, ledgerRows(host.id, cleanup.id));
    }

    @Test
    void aRedeliveredOlderRsvpDoesNotUndoTheNewerOne() {
        String chapter = Facts.chapterSlug("redeliver");
        Member host = new Member("Hugo").chapters(chapter);
        Member guestBringer = new Member("Greta").chapters(chapter);
        Scenario.register(host, guestBringer);
        Facts.Event dinner = new Facts.Event(chapter, host.id, "dinner", Instant.now().minus(1, ChronoUnit.DAYS));
        ObjectNode withGuest = dinner.rsvp(guestBringer.id, "going", true);
        Scenario.events(dinner.published(), withGuest, dinner.attendance(guestBringer.id, true));
        given().auth().oauth2(TestTokens.member(guestBringer.id))
                .when().get("/api/v1/members/{id}/giving", guestBringer.id)
                .then().statusCode(200).body("broughtGuest", equalTo(1));

        // She came without the guest after all; then the old RSVP is delivered again.
        Scenario.events(dinner.rsvp(guestBringer.id, "going", false));
        Facts.toEvents(withGuest);
        Scenario.events(dinner.attendance(host.id, true));

        given().auth().oauth2(TestTokens.member(guestBringer.id))
                .when().get("/api/v1/members/{id}/giving", guestBringer.id)
                .then().statusCode(200).body("broughtGuest", equalTo(0));
    }

    @Test
    void replayingAMembersHistoryFromTheBeginningLeavesTheReadModelAsItWas() {
        String chapter = Facts.chapterSlug("replay");
        Member ana = new Member("Ana").chapters(chapter).offers("fundraising").seeks("ux-research");
        Member ben = new Member("Ben").chapters(chapter).offers("ux-research").seeks("fundraising");
        ObjectNode anaRegistered = ana.registered();
        ObjectNode benRegistered = ben.registered();
        Scenario.members(anaRegistered, benRegistered);
        given().auth().oauth2(TestTokens.member(ana.id)).when().get("/api/v1/members/{id}/suggestions", ana.id)
                .then().statusCode(200).body("items.size()", equalTo(1));
        // Ben stops offering what Ana seeks: no more suggestion.
        ben.offers("legal");
        ObjectNode benUpdated = ben.updated();
        Scenario.members(benUpdated);
        given().auth().oauth2(TestTokens.member(ana.id)).when().get("/api/v1/members/{id}/suggestions", ana.id)
                .then().statusCode(200).body("items.size()", equalTo(0));

        // A fresh consumer group, or a rewind, delivers the whole history again, oldest first.
        Facts.toMembers(anaRegistered);
        Facts.toMembers(benRegistered);
        Facts.toMembers(benUpdated);
        Scenario.members(new Member("Marker").chapters(chapter).registered());

        for (ObjectNode fact : new ObjectNode[] {anaRegistered, benRegistered, benUpdated}) {
            assertEquals(1, Scenario.processed(MembersConsumer.CONSUMER, fact.path("id").asText()));
        }
        given().auth().oauth2(TestTokens.member(ana.id)).when().get("/api/v1/members/{id}/suggestions", ana.id)
                .then().statusCode(200).body("items.size()", equalTo(0));
    }

    @Test
    void aFactOfATypeMatchingDoesNotReadIsRecordedAndSkipped() {
        ObjectNode data = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode();
        data.put("eventId", UUID.randomUUID().toString());
        data.put("somethingNew", "from a later version of events-service");
        ObjectNode unknown = Facts.cloudEvent(Facts.EVENTS_SOURCE, "org.givefirst.event.photographed.v1",
                data.path("eventId").asText(), data);
        Scenario.events(unknown);
        assertEquals(1, Scenario.processed(EventsConsumer.CONSUMER, unknown.path("id").asText()));
    }

    @Test
    void aCompletedEventCountsAsHostingAndANoShowTakesTheVolunteeringBack() {
        String chapter = Facts.chapterSlug("noshow");
        Member host = new Member("Hana").chapters(chapter);
        Member volunteer = new Member("Vera").chapters(chapter);
        Scenario.register(host, volunteer);
        Facts.Event planting = new Facts.Event(chapter, host.id, "volunteering", Instant.now().minus(3, ChronoUnit.DAYS));
        Scenario.events(planting.published(), planting.attendance(volunteer.id, true));
        given().auth().oauth2(TestTokens.member(volunteer.id)).when().get("/api/v1/members/{id}/giving", volunteer.id)
                .then().statusCode(200).body("volunteered", equalTo(1));

        Scenario.events(planting.attendance(volunteer.id, false), planting.completed());
        given().auth().oauth2(TestTokens.member(volunteer.id)).when().get("/api/v1/members/{id}/giving", volunteer.id)
                .then().statusCode(200).body("volunteered", equalTo(0));
        given().auth().oauth2(TestTokens.member(host.id)).when().get("/api/v1/members/{id}/giving", host.id)
                .then().statusCode(200).body("hosted", equalTo(1));
    }

    private static long ledgerRows(UUID memberId, UUID sourceId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) Scenario.em()
                .createNativeQuery("select count(*) from giving_entry where member_id = ?1 and source_id = ?2")
                .setParameter(1, memberId).setParameter(2, sourceId).getSingleResult()).longValue());
    }
}
