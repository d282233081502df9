package org.givefirst.events.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SeriesRuleTest {

    private static final String NEW_YORK = "America/New_York";

    private static SeriesRule rule(String rrule, LocalDateTime start, String zone) {
        SeriesRule.Parsed parsed = SeriesRule.parse(rrule, start, Duration.ofMinutes(90), zone);
        assertNull(parsed.problem(), () -> "parses: " + parsed.problem());
        return parsed.rule();
    }

    private static Instant at(int year, int month, int day) {
        return LocalDate.of(year, month, day).atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    @Test
    void weeklySeriesInNewYorkKeepsItsLocalStartAcrossTheMarchAndNovemberChanges() {
        SeriesRule rule = rule("FREQ=WEEKLY;BYDAY=TU", LocalDateTime.of(2027, 1, 5, 18, 0), NEW_YORK);
        List<SeriesRule.Occurrence> year = rule.between(at(2027, 1, 1), at(2028, 1, 1));

        assertEquals(52, year.size());
        assertTrue(year.stream().allMatch(o -> o.localStart().toLocalTime().equals(LocalTime.of(18, 0))
                && o.localStart().getDayOfWeek() == java.time.DayOfWeek.TUESDAY), "every Tuesday at 18:00 local");
        ZoneId ny = ZoneId.of(NEW_YORK);
        // 2027: daylight saving from Sunday 14 March to Sunday 7 November.
        assertEquals(Instant.parse("2027-03-09T23:00:00Z"), occurrenceOn(year, LocalDate.of(2027, 3, 9)).startsAt(), "EST, UTC-5");
        assertEquals(Instant.parse("2027-03-16T22:00:00Z"), occurrenceOn(year, LocalDate.of(2027, 3, 16)).startsAt(), "EDT, UTC-4");
        assertEquals(Instant.parse("2027-11-02T22:00:00Z"), occurrenceOn(year, LocalDate.of(2027, 11, 2)).startsAt(), "EDT, UTC-4");
        assertEquals(Instant.parse("2027-11-09T23:00:00Z"), occurrenceOn(year, LocalDate.of(2027, 11, 9)).startsAt(), "EST, UTC-5");
        Set<ZoneOffset> offsets = year.stream().map(o -> ny.getRules().getOffset(o.startsAt())).collect(Collectors.toSet());
        assertEquals(Set.of(ZoneOffset.ofHours(-5), ZoneOffset.ofHours(-4)), offsets);
        year.forEach(o -> assertEquals(o.startsAt().plus(Duration.ofMinutes(90)), o.endsAt()));
    }

    @Test
    void theFirstStartIsTheRulesFirstOccurrenceAtOrAfterTheStartGiven() {
        SeriesRule rule = rule("FREQ=WEEKLY;BYDAY=TU", LocalDateTime.of(2027, 1, 1, 8, 0), "Europe/Lisbon"); // a Friday
        assertEquals(LocalDateTime.of(2027, 1, 5, 8, 0), rule.firstStart());
    }

    @Test
    void monthlyOnTheSecondTuesdayEveryOtherWeekAndMonthDaysExpandAsRfc5545Says() {
        SeriesRule monthly = rule("FREQ=MONTHLY;BYDAY=2TU", LocalDateTime.of(2027, 1, 1, 8, 0), "Europe/Lisbon");
        assertEquals(List.of(LocalDate.of(2027, 1, 12), LocalDate.of(2027, 2, 9), LocalDate.of(2027, 3, 9)),
                days(monthly.between(at(2027, 1, 1), at(2027, 4, 1))));
        SeriesRule fortnightly = rule("FREQ=WEEKLY;INTERVAL=2;BYDAY=SA", LocalDateTime.of(2027, 1, 2, 9, 0), "Europe/Lisbon");
        assertEquals(List.of(LocalDate.of(2027, 1, 2), LocalDate.of(2027, 1, 16), LocalDate.of(2027, 1, 30)),
                days(fortnightly.between(at(2027, 1, 1), at(2027, 2, 1))));
        SeriesRule fifteenth = rule("FREQ=MONTHLY;BYMONTHDAY=15", LocalDateTime.of(2027, 1, 1, 12, 0), "Europe/Lisbon");
        assertEquals(List.of(LocalDate.of(2027, 1, 15), LocalDate.of(2027, 2, 15)), days(fifteenth.between(at(2027, 1, 1), at(2027, 3, 1))));
    }

    @Test
    void countAndUntilBoundTheSeries() {
        SeriesRule counted = rule("FREQ=WEEKLY;BYDAY=TU;COUNT=3", LocalDateTime.of(2027, 1, 5, 18, 0), NEW_YORK);
        assertEquals(3, counted.between(at(2027, 1, 1), at(2028, 1, 1)).size());
        assertEquals(1, counted.between(at(2027, 1, 15), at(2028, 1, 1)).size(), "COUNT counts from the first start");
        SeriesRule until = rule("FREQ=WEEKLY;BYDAY=TU;UNTIL=20270119", LocalDateTime.of(2027, 1, 5, 18, 0), NEW_YORK);
        assertEquals(List.of(LocalDate.of(2027, 1, 5), LocalDate.of(2027, 1, 12), LocalDate.of(2027, 1, 19)),
                days(until.between(at(2027, 1, 1), at(2028, 1, 1))), "an UNTIL date keeps the occurrence of that day");
    }

    @Test
    void endingBeforeAnOccurrenceKeepsTheEarlierOnesAndTurnsCountIntoUntil() {
        SeriesRule counted = rule("FREQ=WEEKLY;BYDAY=TU;COUNT=10", LocalDateTime.of(2027, 1, 5, 18, 0), NEW_YORK);
        Instant third = counted.between(at(2027, 1, 1), at(2028, 1, 1)).get(2).startsAt();
        SeriesRule ended = counted.endingBefore(third);
        assertEquals(2, ended.between(at(2027, 1, 1), at(2028, 1, 1)).size());
        assertEquals("FREQ=WEEKLY;BYDAY=TU;UNTIL=20270119T225959Z", ended.rrule(), "RFC 5545: UNTIL in UTC, never with COUNT");
        assertEquals(ended.rrule(), SeriesRule.parse(ended.rrule(), ended.firstStart(), ended.duration(), NEW_YORK).rule().rrule(),
                "the written rule reads back the same");
    }

    @Test
    void aSkippedLocalTimeMovesForwardByTheGap() {
        SeriesRule early = rule("FREQ=WEEKLY;BYDAY=SU", LocalDateTime.of(2027, 3, 7, 2, 30), NEW_YORK);
        SeriesRule.Occurrence onTheChange = occurrenceOn(early.between(at(2027, 3, 1), at(2027, 3, 20)), LocalDate.of(2027, 3, 14));
        assertEquals(ZonedDateTime.of(2027, 3, 14, 3, 30, 0, 0, ZoneId.of(NEW_YORK)).toInstant(), onTheChange.startsAt());
    }

    @Test
    void rulesOutsideWhatHostsMaySayAreRefusedWithTheReason() {
        LocalDateTime start = LocalDateTime.of(2027, 1, 5, 18, 0);
        for (String bad : List.of("FREQ=DAILY", "FREQ=WEEKLY;BYHOUR=9", "FREQ=WEEKLY;COUNT=3;UNTIL=20270301", "FREQ=WEEKLY;INTERVAL=0",
                "FREQ=WEEKLY;COUNT=x", "nonsense", "FREQ=WEEKLY;UNTIL=tomorrow", "FREQ=WEEKLY;BYDAY=TU;UNTIL=20261231",
                "FREQ=WEEKLY;FREQ=MONTHLY")) {
            SeriesRule.Parsed parsed = SeriesRule.parse(bad, start, Duration.ofHours(1), NEW_YORK);
            assertNull(parsed.rule(), bad);
            assertEquals("recurrence", parsed.problem().field(), bad);
        }
    }

    @Test
    void aStartOutsideTheYearsASeriesCanHaveIsRefused() {
        assertEquals("start", SeriesRule.parse("FREQ=WEEKLY", LocalDateTime.of(1900, 1, 2, 8, 0), Duration.ofHours(1), NEW_YORK)
                .problem().field());
        assertEquals("recurrence", SeriesRule.parse("FREQ=WEEKLY;BYDAY=XX", LocalDateTime.of(2027, 1, 2, 8, 0), Duration.ofHours(1),
                NEW_YORK).problem().field());
    }

    private static SeriesRule.Occurrence occurrenceOn(List<SeriesRule.Occurrence> occurrences, LocalDate day) {
        return occurrences.stream().filter(o -> o.localStart().toLocalDate().equals(day)).findFirst().orElseThrow();
    }

    private static List<LocalDate> days(List<SeriesRule.Occurrence> occurrences) {
        return occurrences.stream().map(o -> o.localStart().toLocalDate()).toList();
    }
}
