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
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.UUID;
import org.givefirst.platform.testing.TestTokens;

/** Calls of the events API the tests repeat. */
final class Api {

    private Api() {
    }

    /** Chapters by event id, so that publishing knows whose organizer to ask. */
    private static final Map<String, String> CHAPTER_OF_EVENT = new ConcurrentHashMap<>();
    /** Who the tests made a member of which chapter already. */
    private static final Set<String> MEMBERSHIPS = ConcurrentHashMap.newKeySet();

    /**
     * A chapter no other test uses, so that listings only show this test's events; it exists for
     * events-service (its chapter.created fact was applied) once this returns.
     */
    static String chapter(String prefix) {
        return MemberFactsSent.chapter(prefix);
    }

    /** Makes the member a member of the chapter (member.registered) unless a test did already. */
    static UUID memberOf(String chapter, UUID member) {
        if (MEMBERSHIPS.add(member + "@" + chapter)) {
            MemberFactsSent.registered(member, chapter);
        }
        return member;
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

    /** The host creates the event; they are made a member of its chapter first (member.registered). */
    static String create(UUID host, Map<String, Object> body) {
        String chapter = (String) body.get("chapter");
        memberOf(chapter, host);
        String id = post(TestTokens.member(host), "/api/v1/events", body).statusCode(201).extract().path("id");
        CHAPTER_OF_EVENT.put(id, chapter);
        return id;
    }

    static String createPublished(UUID host, Map<String, Object> body) {
        String id = create(host, body);
        publish(host, id);
        return id;
    }

    /**
     * The host publishes the event as an organizer of its chapter, so that any visibility may be
     * published (publishing a public event needs one; {@code ChapterScopeTest} checks members).
     */
    static void publish(UUID host, String eventId) {
        String chapter = CHAPTER_OF_EVENT.computeIfAbsent(eventId, id -> given().auth().oauth2(TestTokens.admin())
                .when().get("/api/v1/events/" + id).then().statusCode(200).extract().path("chapter"));
        given().auth().oauth2(TestTokens.organizer(host, chapter)).when().post("/api/v1/events/" + eventId + "/publish")
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
