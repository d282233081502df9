package org.givefirst.events;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.givefirst.events.domain.SeriesRule;
import org.givefirst.events.service.SeriesWindow;
import org.givefirst.platform.contracts.FactTypes;
import org.givefirst.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** Series against the real database and broker: occurrences, skip, this-and-following, the rolling window. */
@QuarkusTest
class SeriesTest {

    private final UUID organizer = UUID.randomUUID();

    @Inject
    SeriesWindow window;

    @Test
    void aWeeklySeriesListsItsOccurrencesOfTheNextEightWeeksWithItsSeriesId() {
        String chapter = Api.chapter("series");
        String id = SeriesApi.create(organizer, SeriesApi.weekly(chapter, "Europe/Lisbon", "public"));

        List<Map<String, Object>> listed = SeriesApi.listed(chapter, id);
        assertEquals(8, listed.size(), "a Tuesday a week for the 8-week window");
        LocalDateTime first = SeriesApi.nextTuesday("Europe/Lisbon", 18);
        for (int i = 0; i < listed.size(); i++) {
            assertEquals(first.plusWeeks(i).toString().substring(0, 16), ((String) listed.get(i).get("start")).substring(0, 16));
        }
        String eventId = (String) listed.get(0).get("id");
        given().auth().oauth2(TestTokens.member(UUID.randomUUID())).when().get("/api/v1/events/" + eventId)
                .then().statusCode(200).body("seriesId", equalTo(id)).body("status", equalTo("published"))
                .body("title", equalTo("Tuesday coffee for people who sell"));
        Api.rsvp(UUID.randomUUID(), eventId, false).statusCode(201).body("status", equalTo("going"));
        Facts.await(eventId, Facts.ofType(FactTypes.EVENT_PUBLISHED));
    }

    @Test
    void membersCreateSeriesForMembersOnlyAndOrganizersThePublicOnes() {
        String chapter = Api.chapter("series");
        UUID stranger = UUID.randomUUID();
        Api.post(TestTokens.member(stranger), "/api/v1/series", SeriesApi.weekly(chapter, "Europe/Lisbon", "members"))
                .statusCode(403).contentType("application/problem+json"); // not a member of the chapter
        Api.post(TestTokens.member(UUID.randomUUID()), "/api/v1/series", SeriesApi.weekly("no-such-chapter", "Europe/Lisbon", "members"))
                .statusCode(404).contentType("application/problem+json");
        UUID member = Api.memberOf(chapter, UUID.randomUUID());
        Api.post(TestTokens.member(member), "/api/v1/series", SeriesApi.weekly(chapter, "Europe/Lisbon", "public"))
                .statusCode(403).contentType("application/problem+json");
        Api.post(TestTokens.member(member), "/api/v1/series", SeriesApi.weekly(chapter, "Europe/Lisbon", "members"))
                .statusCode(201).header("Location", containsString("/api/v1/series/")).body("hostId", equalTo(member.toString()));
        given().contentType("application/json").body(SeriesApi.weekly(chapter, "Europe/Lisbon", "members"))
                .when().post("/api/v1/series").then().statusCode(401);
        Map<String, Object> daily = SeriesApi.weekly(chapter, "Europe/Lisbon", "members");
        daily.put("recurrence", "FREQ=DAILY");
        Api.post(TestTokens.member(member), "/api/v1/series", daily)
                .statusCode(400).contentType("application/problem+json").body(containsString("recurrence"));
        String id = SeriesApi.create(organizer, SeriesApi.weekly(chapter, "Europe/Lisbon", "public"));
        Api.post(TestTokens.member(member), "/api/v1/series/" + id + "/pause", Map.of()).statusCode(403);
    }

    @Test
    void aSkippedDateIsAnExdateAndGoneFromTheListing() {
        String chapter = Api.chapter("series");
        String id = SeriesApi.create(organizer, SeriesApi.weekly(chapter, "Europe/Lisbon", "public"));
        Map<String, Object> second = SeriesApi.listed(chapter, id).get(1);
        String secondId = (String) second.get("id");
        Api.rsvp(UUID.randomUUID(), secondId, false).statusCode(201);
        LocalDateTime secondStart = LocalDateTime.parse((String) second.get("start"));

        Api.post(TestTokens.organizer(organizer, chapter), "/api/v1/series/" + id + "/skips",
                        Map.of("date", secondStart.toLocalDate().toString()))
                .statusCode(200).body("skipped[0]", startsWith(secondStart.toString().substring(0, 16)));

        List<Map<String, Object>> listed = SeriesApi.listed(chapter, id);
        assertEquals(7, listed.size());
        assertTrue(listed.stream().noneMatch(e -> e.get("id").equals(secondId)), "the skipped occurrence left the listing");
        given().when().get("/api/v1/series/" + id + ".ics").then().statusCode(200)
                .body(containsString("EXDATE;TZID=Europe/Lisbon:" + SeriesRule.localText(secondStart)));
        Facts.await(secondId, Facts.ofType(FactTypes.EVENT_CANCELLED));
        window.roll();
        assertEquals(7, SeriesApi.listed(chapter, id).size(), "the window never creates a skipped date again");
    }

    @Test
    void thisAndFollowingEndsTheSeriesBeforeTheDateAndCarriesOnWithTheChangesAndTheRsvps() {
        String chapter = Api.chapter("series");
        String id = SeriesApi.create(organizer, SeriesApi.weekly(chapter, "Europe/Lisbon", "public"));
        List<Map<String, Object>> before = SeriesApi.listed(chapter, id);
        String fourth = (String) before.get(3).get("id");
        UUID guest = UUID.randomUUID();
        Api.rsvp(guest, fourth, false).statusCode(201);
        LocalDateTime third = LocalDateTime.parse((String) before.get(2).get("start"));

        String next = Api.post(TestTokens.organizer(organizer, chapter), "/api/v1/series/" + id + "/split",
                        Map.of("from", third.toLocalDate().toString(), "time", "09:00", "title", "Tuesday breakfast for people who sell",
                                "format", "breakfast"))
                .statusCode(201).header("Location", containsString("/api/v1/series/"))
                .body("splitFrom", equalTo(id)).body("firstStart", startsWith(third.toLocalDate().atTime(9, 0).toString().substring(0, 16)))
                .extract().path("id");

        String oldRule = given().when().get("/api/v1/series/" + id).then().statusCode(200).extract().path("rrule");
        assertTrue(oldRule.startsWith("FREQ=WEEKLY;BYDAY=TU;UNTIL="), oldRule);
        assertEquals(2, SeriesApi.listed(chapter, id).size(), "the old series keeps what came before");
        List<Map<String, Object>> after = SeriesApi.listed(chapter, next);
        assertEquals(6, after.size(), "the new series carries on to the end of the window");
        after.forEach(e -> assertEquals(LocalTime.of(9, 0), LocalDateTime.parse((String) e.get("start")).toLocalTime()));
        after.forEach(e -> assertEquals("Tuesday breakfast for people who sell", e.get("title")));
        given().auth().oauth2(TestTokens.member(guest)).when().get("/api/v1/events/" + fourth)
                .then().statusCode(200).body("seriesId", equalTo(next)).body("seatsTaken", equalTo(1))
                .body("start", startsWith(LocalDateTime.parse((String) before.get(3).get("start")).toLocalDate().atTime(9, 0).toString().substring(0, 16)));
        Facts.await(fourth, f -> f.type().equals(FactTypes.EVENT_UPDATED) && f.cloudEvent().path("data").path("changed").toString().contains("start"));
    }

    @Test
    void theRollingWindowCreatesEachOccurrenceExactlyOnceWithTwoReplicasRacing() throws Exception {
        String zone = "America/New_York";
        String chapter = Api.chapter("series");
        String id = SeriesApi.create(organizer, SeriesApi.weekly(chapter, zone, "public"));
        assertEquals(8, SeriesApi.occurrences(organizer, id).size());

        Instant horizon = Instant.now().plus(Duration.ofDays(400));
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService replicas = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> runs = List.of(replicas.submit(() -> {
                go.await();
                return window.rollUntil(horizon);
            }), replicas.submit(() -> {
                go.await();
                return window.rollUntil(horizon);
            }));
            go.countDown();
            for (Future<Integer> run : runs) {
                run.get();
            }
        } finally {
            replicas.shutdownNow();
        }

        SeriesRule rule = SeriesRule.parse("FREQ=WEEKLY;BYDAY=TU", SeriesApi.nextTuesday(zone, 18), Duration.ofHours(1), zone).rule();
        int expected = rule.between(Instant.now().minus(Duration.ofMinutes(5)), horizon).size();
        List<Map<String, Object>> occurrences = SeriesApi.occurrences(organizer, id);
        assertEquals(expected, occurrences.size(), "every occurrence up to the horizon, once");
        Set<Object> starts = new HashSet<>();
        occurrences.forEach(o -> assertTrue(starts.add(o.get("originalStart")), "one event per original start"));
        occurrences.forEach(o -> assertEquals(LocalTime.of(18, 0), LocalDateTime.parse((String) o.get("start")).toLocalTime(),
                "18:00 in New York on both sides of the March and November changes"));
        Set<ZoneOffset> offsets = new HashSet<>();
        occurrences.forEach(o -> offsets.add(ZoneId.of(zone).getRules().getOffset(LocalDateTime.parse((String) o.get("start")))));
        assertEquals(Set.of(ZoneOffset.ofHours(-5), ZoneOffset.ofHours(-4)), offsets, "a year of Tuesdays crosses both changes");
        String last = (String) occurrences.get(occurrences.size() - 1).get("eventId");
        Facts.await(last, Facts.ofType(FactTypes.EVENT_PUBLISHED));
        assertEquals(1, org.givefirst.platform.testing.TopicProbe.factsWithKey(org.givefirst.platform.outbox.Topics.EVENTS, last).size(),
                "published once");
    }

    @Test
    void pausingStopsNewOccurrencesAndEndingCallsOffTheUpcomingOnes() {
        String chapter = Api.chapter("series");
        String id = SeriesApi.create(organizer, SeriesApi.weekly(chapter, "Europe/Lisbon", "public"));
        String token = TestTokens.organizer(organizer, chapter);
        Api.post(token, "/api/v1/series/" + id + "/pause", Map.of()).statusCode(200).body("status", equalTo("paused"));
        window.rollUntil(Instant.now().plus(Duration.ofDays(120)));
        assertEquals(8, SeriesApi.occurrences(organizer, id).size(), "paused: nothing new");
        Api.post(token, "/api/v1/series/" + id + "/resume", Map.of()).statusCode(200).body("status", equalTo("active"));
        Api.post(token, "/api/v1/series/" + id + "/end", Map.of()).statusCode(200).body("status", equalTo("ended"));
        assertEquals(0, SeriesApi.listed(chapter, id).size(), "the upcoming occurrences are called off");
        Api.post(token, "/api/v1/series/" + id + "/pause", Map.of()).statusCode(409);
        assertFalse(SeriesApi.occurrences(organizer, id).isEmpty());
    }
}
