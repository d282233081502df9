package org.givefirst.events;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.givefirst.platform.contracts.FactTypes;
import org.givefirst.platform.testing.TestTokens;
import org.givefirst.platform.testing.TopicProbe;
import org.junit.jupiter.api.Test;

/** Seats are never over-booked, also when many members RSVP at the same moment. */
@QuarkusTest
class RsvpConcurrencyTest {

    private static final int MEMBERS = 200;
    private static final int CAPACITY = 8;

    private record Answer(UUID member, boolean bringsGuest, int httpStatus, String status, Integer position, int seats) {
    }

    @Test
    void twoHundredParallelRsvpsFillExactlyTheCapacityAndWaitlistTheRestInDistinctPlaces() throws Exception {
        UUID host = UUID.randomUUID();
        String eventId = Api.createPublished(host, Api.coffee(Api.chapter("rush"), CAPACITY, "public"));

        List<UUID> members = IntStream.range(0, MEMBERS).mapToObj(i -> UUID.randomUUID()).toList();
        List<String> tokens = members.stream().map(TestTokens::member).toList();
        ExecutorService pool = Executors.newFixedThreadPool(40);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Answer>> futures = new ArrayList<>();
        try {
            for (int i = 0; i < MEMBERS; i++) {
                UUID member = members.get(i);
                String token = tokens.get(i);
                boolean guest = i % 5 == 0; // some bring "someone I should meet"
                futures.add(pool.submit(() -> {
                    go.await();
                    ExtractableResponse<Response> r = Api.rsvp(token, member, eventId, guest).extract();
                    return new Answer(member, guest, r.statusCode(), r.path("status"), r.path("position"),
                            r.statusCode() < 300 ? r.<Integer>path("seats") : 0);
                }));
            }
            go.countDown();
            List<Answer> answers = new ArrayList<>();
            for (Future<Answer> f : futures) {
                answers.add(f.get(3, TimeUnit.MINUTES));
            }

            assertTrue(answers.stream().allMatch(a -> a.httpStatus() == 201), "every RSVP is accepted: " +
                    answers.stream().filter(a -> a.httpStatus() != 201).findFirst().orElse(null));
            int seatsTaken = answers.stream().filter(a -> "going".equals(a.status())).mapToInt(Answer::seats).sum();
            assertEquals(CAPACITY, seatsTaken, "exactly the capacity is seated");
            List<Answer> waitlisted = answers.stream().filter(a -> "waitlisted".equals(a.status())).toList();
            long going = answers.stream().filter(a -> "going".equals(a.status())).count();
            assertEquals(MEMBERS, going + waitlisted.size(), "everyone else is waitlisted");
            Set<Integer> positions = new HashSet<>();
            waitlisted.forEach(a -> positions.add(a.position()));
            assertEquals(waitlisted.size(), positions.size(), "waitlist positions are distinct");
            assertEquals(IntStream.rangeClosed(1, waitlisted.size()).boxed().collect(java.util.stream.Collectors.toSet()), positions,
                    "and gap-free");
        } finally {
            pool.shutdownNow();
        }

        // The host's view agrees with the answers, and the database with both.
        Map<String, Object> listing = Api.hostView(host, eventId);
        assertEquals(CAPACITY, listing.get("seatsTaken"));
        List<Map<String, Object>> goingList = Api.rsvpList(listing, "going");
        assertEquals(CAPACITY, goingList.stream().mapToInt(r -> (Integer) r.get("seats")).sum());
        List<Map<String, Object>> waitlist = Api.rsvpList(listing, "waitlist");
        assertEquals(MEMBERS - goingList.size(), waitlist.size());
        for (int i = 0; i < waitlist.size(); i++) {
            assertEquals(i + 1, waitlist.get(i).get("position"));
        }

        // A seated member cancels: the first in line whose party fits the freed seats is seated, and it is published.
        Map<String, Object> leaving = goingList.get(0);
        UUID leaver = UUID.fromString((String) leaving.get("memberId"));
        int freed = (Integer) leaving.get("seats");
        List<String> expectedPromoted = new ArrayList<>();
        int free = freed;
        for (Map<String, Object> waiting : waitlist) {
            int seats = (Integer) waiting.get("seats");
            if (free == 0) {
                break;
            }
            if (seats <= free) {
                expectedPromoted.add((String) waiting.get("memberId"));
                free -= seats;
            }
        }
        assertFalse(expectedPromoted.isEmpty());
        given().auth().oauth2(TestTokens.member(leaver)).when().delete("/api/v1/events/" + eventId + "/rsvps/" + leaver)
                .then().statusCode(204);

        Map<String, Object> after = Api.hostView(host, eventId);
        assertEquals(CAPACITY - free, after.get("seatsTaken"));
        List<String> goingAfter = Api.rsvpList(after, "going").stream().map(r -> (String) r.get("memberId")).toList();
        assertTrue(goingAfter.containsAll(expectedPromoted), "the first in line is seated");
        assertFalse(goingAfter.contains(leaver.toString()));
        List<Map<String, Object>> waitlistAfter = Api.rsvpList(after, "waitlist");
        assertEquals(waitlist.size() - expectedPromoted.size(), waitlistAfter.size());
        for (int i = 0; i < waitlistAfter.size(); i++) {
            assertEquals(i + 1, waitlistAfter.get(i).get("position"), "the line closes up");
        }

        String firstInLine = expectedPromoted.get(0);
        TopicProbe.Fact promoted = Facts.await(eventId, fact -> fact.type().equals(FactTypes.RSVP_CHANGED)
                && "promoted".equals(fact.data().path("status").asText())
                && firstInLine.equals(fact.data().path("memberId").asText()));
        assertEquals(eventId, promoted.data().path("event").path("eventId").asText());
        assertEquals(host.toString(), promoted.data().path("event").path("hostId").asText());
        Facts.assertShapedLikeSample(promoted);
        TopicProbe.Fact cancelled = Facts.await(eventId, fact -> fact.type().equals(FactTypes.RSVP_CHANGED)
                && "cancelled".equals(fact.data().path("status").asText()));
        assertEquals(leaver.toString(), cancelled.data().path("memberId").asText());
        assertTrue(cancelled.offset() < promoted.offset(), "the cancellation is published before the promotion it caused");
        assertNotNull(promoted.id());
    }



    @Test
    void aMemberWhoLeftTheWaitlistCanJoinItAgainAtTheEndOfTheLine() {
        UUID host = UUID.randomUUID();
        String eventId = Api.createPublished(host, Api.coffee(Api.chapter("rejoin"), 1, "public"));
        UUID seated = UUID.randomUUID();
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        Api.rsvp(seated, eventId, false).statusCode(org.hamcrest.Matchers.lessThan(300));
        Api.rsvp(first, eventId, false).statusCode(org.hamcrest.Matchers.lessThan(300));
        Api.rsvp(second, eventId, false).statusCode(org.hamcrest.Matchers.lessThan(300));

        given().auth().oauth2(TestTokens.member(first)).when().delete("/api/v1/events/" + eventId + "/rsvps/" + first)
                .then().statusCode(org.hamcrest.Matchers.lessThan(300));
        Api.rsvp(first, eventId, false).statusCode(org.hamcrest.Matchers.lessThan(300))
                .body("status", org.hamcrest.Matchers.equalTo("waitlisted"))
                .body("position", org.hamcrest.Matchers.equalTo(2));
    }
}
