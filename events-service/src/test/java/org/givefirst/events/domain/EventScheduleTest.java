package org.givefirst.events.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EventScheduleTest {

    @Test
    void localTimesBecomeInstantsOfTheirZone() {
        EventSchedule summer = EventSchedule.of(LocalDateTime.parse("2027-07-01T09:00"), LocalDateTime.parse("2027-07-01T10:30"), "Europe/Lisbon");
        assertEquals(Instant.parse("2027-07-01T08:00:00Z"), summer.startsAt(), "Lisbon is UTC+1 in summer");
        EventSchedule winter = EventSchedule.of(LocalDateTime.parse("2027-01-15T09:00"), LocalDateTime.parse("2027-01-15T10:30"), "Europe/Lisbon");
        assertEquals(Instant.parse("2027-01-15T09:00:00Z"), winter.startsAt(), "and UTC+0 in winter");
        assertEquals(LocalDateTime.parse("2027-01-15T10:30"), winter.localEnd());
    }

    @Test
    void endBeforeStartIsAProblemOfTheEnd() {
        assertEquals(Optional.of(new EventSchedule.Problem("end", "must be after start")),
                EventSchedule.check(LocalDateTime.parse("2027-01-15T10:00"), LocalDateTime.parse("2027-01-15T09:00"), "Europe/Lisbon"));
        assertEquals("end", EventSchedule.check(LocalDateTime.parse("2027-01-15T10:00"), LocalDateTime.parse("2027-01-15T10:00"),
                "Europe/Lisbon").orElseThrow().field());
    }

    @Test
    void localTimeSkippedByDaylightSavingIsRefused() {
        // Lisbon jumps from 01:00 to 02:00 on the last Sunday of March 2027 (28 March).
        Optional<EventSchedule.Problem> problem = EventSchedule.check(LocalDateTime.parse("2027-03-28T01:30"),
                LocalDateTime.parse("2027-03-28T03:00"), "Europe/Lisbon");
        assertEquals("start", problem.orElseThrow().field());
        assertThrows(IllegalArgumentException.class, () -> EventSchedule.of(LocalDateTime.parse("2027-03-28T01:30"),
                LocalDateTime.parse("2027-03-28T03:00"), "Europe/Lisbon"));
    }

    @Test
    void repeatedHourMeansItsFirstOccurrence() {
        // Lisbon repeats 01:00-02:00 on 31 October 2027; the first 01:30 is still summer time (UTC+1).
        EventSchedule schedule = EventSchedule.of(LocalDateTime.parse("2027-10-31T01:30"), LocalDateTime.parse("2027-10-31T03:00"), "Europe/Lisbon");
        assertEquals(Instant.parse("2027-10-31T00:30:00Z"), schedule.startsAt());
    }

    @Test
    void onlyIanaZonesAreAccepted() {
        assertTrue(EventSchedule.isIanaZone("Europe/Lisbon"));
        assertTrue(EventSchedule.isIanaZone("America/New_York"));
        assertFalse(EventSchedule.isIanaZone("Mars/Olympus_Mons"));
        assertFalse(EventSchedule.isIanaZone("+02:00"));
        assertFalse(EventSchedule.isIanaZone(null));
    }

    @Test
    void startedOnceItsStartInstantIsReached() {
        EventSchedule schedule = EventSchedule.of(LocalDateTime.parse("2027-01-15T09:00"), LocalDateTime.parse("2027-01-15T10:00"), "UTC");
        assertFalse(schedule.hasStarted(Instant.parse("2027-01-15T08:59:59Z")));
        assertTrue(schedule.hasStarted(Instant.parse("2027-01-15T09:00:00Z")));
    }
}
