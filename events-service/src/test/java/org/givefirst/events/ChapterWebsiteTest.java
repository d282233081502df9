package org.givefirst.events;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.io.StringReader;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStart;
import org.givefirst.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** What a chapter website and its visitors' calendar apps get, without a token. */
@QuarkusTest
class ChapterWebsiteTest {

    private final UUID host = UUID.randomUUID();

    @Test
    void publicListingShowsOnlyUpcomingPublishedPublicEvents() {
        String chapter = Api.chapter("site");
        String shown = Api.createPublished(host, Api.coffee(chapter, 8, "public"));
        Api.create(host, Api.coffee(chapter, 8, "public")); // draft
        Api.createPublished(host, Api.coffee(chapter, 8, "members"));
        Api.createPublished(host, Api.coffee(chapter, 8, "invite_only"));
        String cancelled = Api.createPublished(host, Api.coffee(chapter, 8, "public"));
        given().auth().oauth2(TestTokens.member(host)).when().post("/api/v1/events/" + cancelled + "/cancel").then().statusCode(200);
        LocalDateTime lastWeek = LocalDateTime.now(ZoneId.of("Europe/Lisbon")).minusDays(7).withNano(0);
        Api.createPublished(host, Api.event(chapter, "social", lastWeek, lastWeek.plusHours(2), "Europe/Lisbon", 8, "public"));

        List<String> ids = given().when().get("/api/v1/chapters/" + chapter + "/events")
                .then().statusCode(200)
                .body("chapter", equalTo(chapter))
                .body("events[0].calendar", equalTo("/api/v1/events/" + shown + ".ics"))
                .body("events[0].hostId", nullValue())
                .extract().path("events.id");
        assertEquals(List.of(shown), ids);
    }

    @Test
    void publicListingAnswers304ToAMatchingIfNoneMatchAndANewTagAfterAChange() {
        String chapter = Api.chapter("site");
        String id = Api.createPublished(host, Api.coffee(chapter, 8, "public"));
        String etag = given().when().get("/api/v1/chapters/" + chapter + "/events")
                .then().statusCode(200)
                .header("ETag", startsWith("\""))
                .header("Cache-Control", equalTo("public, max-age=60, stale-while-revalidate=300"))
                .extract().header("ETag");
        given().header("If-None-Match", etag).when().get("/api/v1/chapters/" + chapter + "/events")
                .then().statusCode(304).header("ETag", equalTo(etag)).body(emptyString());

        Api.rsvp(UUID.randomUUID(), id, false).statusCode(201); // one seat fewer left
        String changed = given().header("If-None-Match", etag).when().get("/api/v1/chapters/" + chapter + "/events")
                .then().statusCode(200).body("events[0].seatsLeft", equalTo(7)).extract().header("ETag");
        assertNotEquals(etag, changed);
    }

    @Test
    void corsHeadersAreSentForAConfiguredOrigin() {
        String chapter = Api.chapter("site");
        given().header("Origin", "http://localhost:8080").when().get("/api/v1/chapters/" + chapter + "/events")
                .then().statusCode(200).header("Access-Control-Allow-Origin", equalTo("http://localhost:8080"));
        given().header("Origin", "http://localhost:8080").header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "If-None-Match")
                .when().options("/api/v1/chapters/" + chapter + "/events")
                .then().statusCode(200).header("Access-Control-Allow-Origin", equalTo("http://localhost:8080"));
        given().header("Origin", "https://evil.example").when().get("/api/v1/chapters/" + chapter + "/events")
                .then().header("Access-Control-Allow-Origin", not(equalTo("https://evil.example")));
    }

    @Test
    void chapterFeedParsesBackWithTheEventsTimesAndZones() throws Exception {
        String chapter = Api.chapter("feed");
        // A summer breakfast in Lisbon and a winter hike in New York: different zones, different offsets.
        LocalDateTime breakfastStart = LocalDateTime.parse("2030-07-10T08:30");
        LocalDateTime hikeStart = LocalDateTime.parse("2030-12-07T09:00");
        String breakfast = Api.createPublished(host, Api.event(chapter, "breakfast", breakfastStart, breakfastStart.plusMinutes(90),
                "Europe/Lisbon", 8, "public"));
        String hike = Api.createPublished(host, Api.event(chapter, "walk_run_hike", hikeStart, hikeStart.plusHours(3),
                "America/New_York", 10, "public"));
        Api.createPublished(host, Api.event(chapter, "dinner", breakfastStart.plusHours(12), breakfastStart.plusHours(14),
                "Europe/Lisbon", 6, "members"));

        String ics = given().when().get("/api/v1/chapters/" + chapter + "/events.ics")
                .then().statusCode(200).contentType(startsWith("text/calendar")).extract().asString();
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));

        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertEquals(2, events.size(), "the members-only dinner is not in the public feed");
        assertVEvent(events, breakfast, ZonedDateTime.of(breakfastStart, ZoneId.of("Europe/Lisbon")),
                ZonedDateTime.of(breakfastStart.plusMinutes(90), ZoneId.of("Europe/Lisbon")));
        assertVEvent(events, hike, ZonedDateTime.of(hikeStart, ZoneId.of("America/New_York")),
                ZonedDateTime.of(hikeStart.plusHours(3), ZoneId.of("America/New_York")));
        List<String> zones = calendar.<VTimeZone>getComponents(Component.VTIMEZONE).stream()
                .map(z -> z.getTimeZoneId().getValue()).toList();
        assertTrue(zones.containsAll(List.of("Europe/Lisbon", "America/New_York")), "a VTIMEZONE for each TZID: " + zones);
    }

    @Test
    void eventCalendarFileNeedsNoTokenForAPublicEventAndShowsCancellation() throws Exception {
        String chapter = Api.chapter("feed");
        String id = Api.createPublished(host, Api.coffee(chapter, 8, "public"));
        given().auth().oauth2(TestTokens.member(host)).when().post("/api/v1/events/" + id + "/cancel").then().statusCode(200);
        String ics = given().when().get("/api/v1/events/" + id + ".ics").then().statusCode(200).extract().asString();
        VEvent event = new CalendarBuilder().build(new StringReader(ics)).<VEvent>getComponents(Component.VEVENT).get(0);
        assertEquals("CANCELLED", event.getProperty(Property.STATUS).orElseThrow().getValue());
        assertEquals(id + "@givefirst", event.getProperty(Property.UID).orElseThrow().getValue());

        String membersOnly = Api.createPublished(host, Api.coffee(chapter, 8, "members"));
        given().when().get("/api/v1/events/" + membersOnly + ".ics").then().statusCode(404);
        given().auth().oauth2(TestTokens.member(UUID.randomUUID())).when().get("/api/v1/events/" + membersOnly + ".ics")
                .then().statusCode(404); // a member of no chapter of this event's
        given().auth().oauth2(TestTokens.member(MemberFactsSent.member(chapter))).when().get("/api/v1/events/" + membersOnly + ".ics")
                .then().statusCode(200).header("Cache-Control", startsWith("private"));
    }

    private static void assertVEvent(List<VEvent> events, String id, ZonedDateTime start, ZonedDateTime end) {
        VEvent event = events.stream()
                .filter(e -> e.getProperty(Property.UID).map(p -> p.getValue().equals(id + "@givefirst")).orElse(false))
                .findFirst().orElseThrow(() -> new AssertionError("no VEVENT for " + id));
        DtStart<Temporal> dtStart = event.getDateTimeStart();
        DtEnd<Temporal> dtEnd = event.getDateTimeEnd();
        assertEquals(start.getZone().getId(), dtStart.getParameter("TZID").orElseThrow().getValue(), "TZID of DTSTART");
        assertEquals(end.getZone().getId(), dtEnd.getParameter("TZID").orElseThrow().getValue(), "TZID of DTEND");
        ZonedDateTime parsedStart = (ZonedDateTime) dtStart.getDate();
        ZonedDateTime parsedEnd = (ZonedDateTime) dtEnd.getDate();
        assertEquals(start.toInstant(), parsedStart.toInstant(), "the same instant");
        assertEquals(start.toLocalDateTime(), parsedStart.toLocalDateTime(), "the same local time");
        assertEquals(end.toInstant(), parsedEnd.toInstant());
        assertEquals(end.toLocalDateTime(), parsedEnd.toLocalDateTime());
        assertTrue(event.getProperty(Property.DTSTART).orElseThrow().toString().contains("TZID=" + start.getZone().getId()),
                "DTSTART is written as local time with its TZID");
    }
}
