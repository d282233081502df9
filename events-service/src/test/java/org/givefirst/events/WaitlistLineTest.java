package org.givefirst.events;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import org.givefirst.events.domain.EventAccess;
import org.givefirst.events.persistence.Event;
import org.givefirst.events.service.RsvpService;
import org.givefirst.platform.contracts.RsvpStatus;
import org.givefirst.events.persistence.Rsvp;
import org.givefirst.platform.contracts.FactTypes;
import org.givefirst.platform.testing.TestTokens;
import org.givefirst.platform.testing.TopicProbe;
import org.junit.jupiter.api.Test;

/**
 * A long line: 2,000 members wait for the seats of a small event. Places are handed out from the
 * counters on the event row (no count of the line), stay gap-free and distinct, and every freed seat
 * goes to the head of the line, strictly in the order people joined.
 */
@QuarkusTest
class WaitlistLineTest {

    private static final int CAPACITY = 2;

    @Inject
    RsvpService rsvps;
    private static final int WAITING = 2_000;

    @Test
    void twoThousandWaitingMembersArePromotedStrictlyInTheOrderTheyJoined() {
        UUID host = UUID.randomUUID();
        String eventId = Api.createPublished(host, Api.coffee(Api.chapter("line"), CAPACITY, "public"));
        List<UUID> seated = List.of(UUID.randomUUID(), UUID.randomUUID());
        seated.forEach(member -> Api.rsvp(member, eventId, false).statusCode(201));

        // The line is joined through the service (in batches of one transaction each, to keep the test
        // short); every answer's place comes from the counters on the event row.
        UUID[] byPlace = new UUID[WAITING + 1];
        UUID id = UUID.fromString(eventId);
        for (int batch = 0; batch < WAITING / 250; batch++) {
            int first = batch * 250 + 1;
            QuarkusTransaction.requiringNew().run(() -> {
                for (int place = first; place < first + 250; place++) {
                    UUID member = UUID.randomUUID();
                    RsvpService.Outcome joined = rsvps.respond(new EventAccess.Viewer(Optional.of(member), Set.of(), Set.of(), false, true),
                            id, member, new RsvpService.Answer(false, null, null));
                    assertEquals(RsvpStatus.WAITLISTED, joined.status());
                    assertEquals(Long.valueOf(place), joined.position(), "the next place in line");
                    byPlace[place] = member;
                }
            });
        }
        assertLineIs(host, eventId, IntStream.rangeClosed(1, WAITING).mapToObj(p -> byPlace[p]).toList());

        // Seats free up one by one: each goes to the head of the line.
        List<UUID> line = new ArrayList<>(IntStream.rangeClosed(1, WAITING).mapToObj(p -> byPlace[p]).toList());
        List<UUID> going = new ArrayList<>(seated);
        for (int round = 0; round < 25; round++) {
            UUID leaving = going.remove(0);
            cancel(leaving, eventId);
            going.add(line.remove(0));
            // Someone in the middle of the line gives up too: the places behind them close up.
            if (round % 5 == 0) {
                cancel(line.remove(100 + round), eventId);
            }
        }
        QuarkusTransaction.requiringNew().run(() -> assertEquals(going.stream().sorted().toList(),
                Rsvp.<Rsvp>list("eventId = ?1 and status = ?2", id, RsvpStatus.GOING).stream().map(r -> r.memberId).sorted().toList(),
                "the first 25 in line were seated"));
        assertLineIs(host, eventId, line);

        // The counters on the event row agree with the rows.
        QuarkusTransaction.requiringNew().run(() -> {
            Event event = Event.findById(UUID.fromString(eventId));
            assertEquals(CAPACITY, event.seatsTaken);
            assertEquals(line.size(), event.waitlistLength);
            assertEquals(line.size(), Rsvp.count("eventId = ?1 and status = ?2", event.id,
                    RsvpStatus.WAITLISTED));
        });

        // The head of the line was told each move: the member now first heard "1, you were 2".
        String first = line.get(0).toString();
        TopicProbe.Fact moved = Facts.await(eventId, fact -> fact.type().equals(FactTypes.RSVP_WAITLIST_POSITION_CHANGED)
                && first.equals(fact.data().path("memberId").asText()) && fact.data().path("position").asInt() == 1);
        assertEquals(2, moved.data().path("previousPosition").asInt());
        Facts.assertShapedLikeSample(moved);
        // A new member joins at the end, behind everyone still waiting.
        UUID late = UUID.randomUUID();
        Api.rsvp(late, eventId, false).statusCode(201)
                .body("status", org.hamcrest.Matchers.equalTo("waitlisted"))
                .body("position", org.hamcrest.Matchers.equalTo(line.size() + 1));
    }

    /**
     * The line holds exactly these members in this order, with distinct rising tickets; and members
     * reading their own RSVP see their place (1-based, gap-free) at its head, middle and end.
     */
    private static void assertLineIs(UUID host, String eventId, List<UUID> expected) {
        QuarkusTransaction.requiringNew().run(() -> {
            List<Rsvp> waiting = Rsvp.waitlist(UUID.fromString(eventId));
            assertEquals(expected, waiting.stream().map(r -> r.memberId).toList(), "the line in joining order");
            for (int i = 1; i < waiting.size(); i++) {
                assertTrue(waiting.get(i).waitlistOrder > waiting.get(i - 1).waitlistOrder, "tickets rise without duplicates");
            }
        });
        for (int place : List.of(1, 2, expected.size() / 2, expected.size())) {
            UUID member = expected.get(place - 1);
            given().auth().oauth2(TestTokens.member(member)).when().get("/api/v1/events/" + eventId + "/rsvps/" + member)
                    .then().statusCode(200).body("status", org.hamcrest.Matchers.equalTo("waitlisted"))
                    .body("position", org.hamcrest.Matchers.equalTo(place));
        }
    }

    private static void cancel(UUID member, String eventId) {
        given().auth().oauth2(TestTokens.member(member)).when().delete("/api/v1/events/" + eventId + "/rsvps/" + member)
                .then().statusCode(204);
    }


}
