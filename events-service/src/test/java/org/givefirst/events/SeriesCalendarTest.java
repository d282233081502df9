package org.givefirst.events;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.io.StringReader;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStart;
import org.givefirst.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** A series in the chapter feed: one VEVENT with RRULE, EXDATE and RECURRENCE-ID overrides, read back with ical4j. */
@QuarkusTest
class SeriesCalendarTest {

    private static final String ZONE = "America/New_York";

    private final UUID organizer = UUID.randomUUID();

    @Test
    void theChapterFeedParsedBackExpandsToTheSameDatesAsTheListing() throws Exception {
        String chapter = Api.chapter("feed");
        String id = SeriesApi.create(organizer, SeriesApi.weekly(chapter, ZONE, "public"));
        String oneOff = Api.createPublished(organizer, Api.coffee(chapter, 8, "public"));
        List<Map<String, Object>> occurrences = SeriesApi.listed(chapter, id);
        String token = TestTokens.organizer(organizer, chapter);
        // Skip the second, call off the third, move the fourth an hour later.
        Api.post(token, "/api/v1/series/" + id + "/skips",
                Map.of("date", LocalDateTime.parse((String) occurrences.get(1).get("start")).toLocalDate().toString())).statusCode(200);
        given().auth().oauth2(token).when().post("/api/v1/events/" + occurrences.get(2).get("id") + "/cancel").then().statusCode(200);
        LocalDateTime moved = LocalDateTime.parse((String) occurrences.get(3).get("start")).plusHours(1);
        given().auth().oauth2(token).contentType("application/json")
                .body(Map.of("start", moved.toString(), "end", moved.plusHours(1).toString()))
                .when().patch("/api/v1/events/" + occurrences.get(3).get("id")).then().statusCode(200);

        String feed = given().when().get("/api/v1/chapters/" + chapter + "/events.ics").then().statusCode(200).extract().asString();
        Calendar calendar = new CalendarBuilder().build(new StringReader(feed));
        List<VEvent> vevents = calendar.getComponents("VEVENT").stream().map(VEvent.class::cast).toList();
        String uid = "series-" + id + "@givefirst";
        List<VEvent> ofSeries = vevents.stream().filter(v -> v.getProperty(Property.UID).get().getValue().equals(uid)).toList();
        VEvent master = ofSeries.stream().filter(v -> v.getProperty(Property.RRULE).isPresent()).findFirst().orElseThrow();
        List<VEvent> overrides = ofSeries.stream().filter(v -> v.getProperty(Property.RECURRENCE_ID).isPresent()).toList();
        assertEquals(1 + 2, ofSeries.size(), "one VEVENT for the series, one per cancelled or moved occurrence");
        assertEquals(ofSeries.size() + 1, vevents.size(), "the occurrences are not listed one by one; the one-off event is");
        assertTrue(vevents.stream().anyMatch(v -> v.getProperty(Property.UID).get().getValue().equals(oneOff + "@givefirst")));
        assertTrue(feed.contains("DTSTART;TZID=" + ZONE + ":"), feed);
        assertTrue(feed.contains("EXDATE;TZID=" + ZONE + ":"), feed);
        assertTrue(calendar.getComponents("VTIMEZONE").stream()
                .anyMatch(tz -> tz.getProperty(Property.TZID).get().getValue().equals(ZONE)), "with its VTIMEZONE");

        // What a calendar app shows: the rule's dates, less EXDATE (ical4j), with each RECURRENCE-ID replaced by its override.
        ZonedDateTime now = ZonedDateTime.now(ZoneId.of(ZONE));
        Set<LocalDateTime> shown = new TreeSet<>();
        for (Period<Temporal> period : master.<Temporal>calculateRecurrenceSet(new Period<>(now, now.plusDays(56)))) {
            shown.add(LocalDateTime.from(period.getStart()));
        }
        for (VEvent override : overrides) {
            shown.remove(LocalDateTime.from(override.getProperty(Property.RECURRENCE_ID).get() instanceof
                    net.fortuna.ical4j.model.property.RecurrenceId<?> rid ? rid.getDate() : null));
            if (!override.getProperty(Property.STATUS).get().getValue().equals("CANCELLED")) {
                shown.add(LocalDateTime.from(override.<DtStart<Temporal>>getProperty(Property.DTSTART).get().getDate()));
            }
        }
        Set<LocalDateTime> listed = new TreeSet<>();
        SeriesApi.listed(chapter, id).forEach(e -> listed.add(LocalDateTime.parse((String) e.get("start"))));
        assertEquals(6, listed.size(), "8 weeks less a skipped and a cancelled occurrence");
        assertEquals(listed, shown);
        assertTrue(listed.contains(moved));
    }
}
