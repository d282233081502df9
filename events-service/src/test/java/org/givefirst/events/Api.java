package org.givefirst.events;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.givefirst.platform.testing.TestTokens;

/** Calls of the events API the tests repeat. */
final class Api {

    private Api() {
    }

    /** A chapter slug no other test uses, so that listings only show this test's events. */
    static String chapter(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A local date-time some days ahead, at a given hour, in a zone's calendar. */
    static LocalDateTime daysAhead(int days, int hour, String zone) {
        return LocalDateTime.of(LocalDate.now(ZoneId.of(zone)).plusDays(days), LocalTime.of(hour, 0));
    }

    static Map<String, Object> event(String chapter, String format, LocalDateTime start, LocalDateTime end, String zone,
                                     Integer capacity, String visibility) {
        Map<String, Object> body = new HashMap<>();
        body.put("chapter", chapter);
        body.put("title", "A " + format.replace('_', ' ') + " in " + chapter);
        body.put("description", "People who should meet, meeting.");
        body.put("format", format);
        body.put("start", start.toString());
        body.put("end", end.toString());
        body.put("timeZone", zone);
        body.put("venue", "Café Tati, Lisbon");
        if (capacity != null) {
            body.put("capacity", capacity);
        }
        if (visibility != null) {
            body.put("visibility", visibility);
        }
        return body;
    }

    /** A public coffee in Lisbon some days ahead. */
    static Map<String, Object> coffee(String chapter, int capacity, String visibility) {
        return event(chapter, "coffee", daysAhead(7, 9, "Europe/Lisbon"), daysAhead(7, 10, "Europe/Lisbon"), "Europe/Lisbon",
                capacity, visibility);
    }

    static ValidatableResponse post(String token, String path, Object body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().post(path).then();
    }

    static String create(UUID host, Map<String, Object> body) {
        return post(TestTokens.member(host), "/api/v1/events", body).statusCode(201).extract().path("id");
    }

    static String createPublished(UUID host, Map<String, Object> body) {
        String id = create(host, body);
        publish(host, id);
        return id;
    }

    static void publish(UUID host, String eventId) {
        given().auth().oauth2(TestTokens.member(host)).when().post("/api/v1/events/" + eventId + "/publish")
                .then().statusCode(200);
    }

    static ValidatableResponse rsvp(UUID member, String eventId, boolean bringsGuest) {
        return rsvp(TestTokens.member(member), member, eventId, bringsGuest);
    }

    static ValidatableResponse rsvp(String token, UUID member, String eventId, boolean bringsGuest) {
        Map<String, Object> body = new HashMap<>();
        body.put("bringsGuest", bringsGuest);
        if (bringsGuest) {
            body.put("guestName", "Guest of " + member.toString().substring(0, 4));
        }
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/events/" + eventId + "/rsvps/" + member).then();
    }

    static ValidatableResponse invite(UUID host, String eventId, boolean guestSeat, UUID... members) {
        return post(TestTokens.member(host), "/api/v1/events/" + eventId + "/invitations",
                Map.of("memberIds", java.util.List.of(members), "guestSeat", guestSeat));
    }

    /** The host's (or a manager's) view of an event's RSVPs: going, waitlist in order, seats taken. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> hostView(UUID host, String eventId) {
        return given().auth().oauth2(TestTokens.member(host)).when().get("/api/v1/events/" + eventId + "/rsvps")
                .then().statusCode(200).extract().as(Map.class);
    }

    /** One list of such a view: {@code going} or {@code waitlist}. */
    @SuppressWarnings("unchecked")
    static java.util.List<Map<String, Object>> rsvpList(Map<String, Object> view, String key) {
        return (java.util.List<Map<String, Object>>) view.get(key);
    }
}
