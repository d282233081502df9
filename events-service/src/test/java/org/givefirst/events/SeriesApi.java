package org.givefirst.events;

import static io.restassured.RestAssured.given;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.givefirst.platform.testing.TestTokens;

/** Calls of the series API the tests repeat. */
final class SeriesApi {

    private SeriesApi() {
    }

    /** The next Tuesday (never today) at a local hour. */
    static LocalDateTime nextTuesday(String zone, int hour) {
        return LocalDate.now(ZoneId.of(zone)).with(TemporalAdjusters.next(DayOfWeek.TUESDAY)).atTime(hour, 0);
    }

    static Map<String, Object> weekly(String chapter, String zone, String visibility) {
        Map<String, Object> body = new HashMap<>();
        body.put("chapter", chapter);
        body.put("title", "Tuesday coffee for people who sell");
        body.put("description", "Salespeople helping salespeople: one introduction each, every week.");
        body.put("format", "coffee");
        body.put("start", nextTuesday(zone, 18).toString());
        body.put("durationMinutes", 60);
        body.put("timeZone", zone);
        body.put("recurrence", "FREQ=WEEKLY;BYDAY=TU");
        body.put("venue", "Café Tati");
        body.put("capacity", 6);
        body.put("visibility", visibility);
        return body;
    }

    /** Creates a public weekly series as an organizer of the chapter; answers its id. */
    static String create(UUID organizer, Map<String, Object> body) {
        return Api.post(TestTokens.organizer(organizer, (String) body.get("chapter")), "/api/v1/series", body)
                .statusCode(201).extract().path("id");
    }

    /** The series' occurrences, as GET /api/v1/series/{id} lists them. */
    static List<Map<String, Object>> occurrences(UUID viewer, String seriesId) {
        return given().auth().oauth2(TestTokens.member(viewer)).when().get("/api/v1/series/" + seriesId)
                .then().statusCode(200).extract().path("occurrences");
    }

    /** The chapter's public listing items of one series. */
    static List<Map<String, Object>> listed(String chapter, String seriesId) {
        List<Map<String, Object>> events = given().when().get("/api/v1/chapters/" + chapter + "/events?limit=100")
                .then().statusCode(200).extract().path("events");
        return events.stream().filter(e -> seriesId.equals(e.get("seriesId"))).toList();
    }
}
