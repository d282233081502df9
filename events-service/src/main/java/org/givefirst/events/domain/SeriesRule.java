package org.givefirst.events.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.fortuna.ical4j.model.Recur;

/**
 * When the gatherings of a series happen: an RFC 5545 recurrence (RRULE) expanded with ical4j's
 * {@link Recur} over local wall-clock times, then placed in the series' IANA zone. Expanding local
 * times keeps a Tuesday 18:00 coffee at 18:00 on both sides of a daylight-saving change; a local
 * time the change skips is moved forward by the gap, as RFC 5545 says.
 *
 * @param recurrence the RRULE value without UNTIL (COUNT allowed), e.g. {@code FREQ=WEEKLY;BYDAY=TU}
 * @param firstStart the first occurrence, local time in {@code zone}; always an occurrence of the rule
 * @param until      no occurrence starts after this instant (inclusive, like RFC 5545 UNTIL), or null
 */
public record SeriesRule(String recurrence, LocalDateTime firstStart, Duration duration, ZoneId zone, Instant until) {

    /** What hosts may say: weekly or monthly gatherings, on days, every n, until a date or a count. */
    static final Set<String> FREQUENCIES = Set.of("WEEKLY", "MONTHLY");
    static final Set<String> PARTS = Set.of("FREQ", "INTERVAL", "COUNT", "UNTIL", "BYDAY", "BYMONTHDAY", "WKST");
    static final int MAX_INTERVAL = 52;
    static final int MIN_YEAR = 2000;
    static final int MAX_YEAR = 2100;
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT);
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss", Locale.ROOT);
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

    /** One reason a planned series is not valid, with the request field it is about. */
    public record Problem(String field, String message) {
    }

    /** One gathering of the series: where the rule puts it (its RECURRENCE-ID) and when it ends. */
    public record Occurrence(LocalDateTime localStart, Instant startsAt, Instant endsAt) {
    }

    /** A rule, or why the host's words are not one. */
    public record Parsed(SeriesRule rule, Problem problem) {

        static Parsed of(Problem problem) {
            return new Parsed(null, problem);
        }
    }

    /**
     * Reads a host's RRULE value (an optional {@code RRULE:} prefix is fine) and finds the first
     * occurrence at or after {@code start}, which becomes the series' first start.
     */
    public static Parsed parse(String rrule, LocalDateTime start, Duration duration, String zone) {
        if (start.getYear() < MIN_YEAR || start.getYear() > MAX_YEAR) {
            return Parsed.of(new Problem("start", "must be in the years " + MIN_YEAR + " to " + MAX_YEAR));
        }
        try {
            return read(rrule, start, duration, zone);
        } catch (RuntimeException e) {
            // ical4j refuses some values only while expanding (e.g. a BYDAY it cannot read).
            return Parsed.of(new Problem("recurrence", "is not a valid RRULE value"));
        }
    }

    /** Whether a date asked about (a skip, a split) is one a series can have. */
    public static boolean isPlausible(LocalDate date) {
        return date.getYear() >= MIN_YEAR && date.getYear() <= MAX_YEAR;
    }

    private static Parsed read(String rrule, LocalDateTime start, Duration duration, String zone) {
        ZoneId zoneId = ZoneId.of(zone);
        String text = rrule.strip();
        if (text.toUpperCase(Locale.ROOT).startsWith("RRULE:")) {
            text = text.substring("RRULE:".length());
        }
        Map<String, String> parts = new LinkedHashMap<>();
        for (String part : text.split(";")) {
            int eq = part.indexOf('=');
            if (eq <= 0) {
                return Parsed.of(new Problem("recurrence", "must be an RFC 5545 RRULE value such as FREQ=WEEKLY;BYDAY=TU"));
            }
            String name = part.substring(0, eq).strip().toUpperCase(Locale.ROOT);
            if (!PARTS.contains(name)) {
                return Parsed.of(new Problem("recurrence", name + " is not supported; use FREQ, INTERVAL, BYDAY, BYMONTHDAY, COUNT, UNTIL"));
            }
            if (parts.put(name, part.substring(eq + 1).strip().toUpperCase(Locale.ROOT)) != null) {
                return Parsed.of(new Problem("recurrence", name + " is given twice"));
            }
        }
        if (!FREQUENCIES.contains(parts.getOrDefault("FREQ", ""))) {
            return Parsed.of(new Problem("recurrence", "FREQ must be WEEKLY or MONTHLY"));
        }
        if (parts.containsKey("COUNT") && parts.containsKey("UNTIL")) {
            return Parsed.of(new Problem("recurrence", "COUNT and UNTIL cannot both be given"));
        }
        Optional<Problem> number = positive(parts, "INTERVAL", MAX_INTERVAL).or(() -> positive(parts, "COUNT", 520));
        if (number.isPresent()) {
            return Parsed.of(number.get());
        }
        Instant until = null;
        String untilText = parts.remove("UNTIL");
        if (untilText != null) {
            try {
                until = untilInstant(untilText, zoneId);
            } catch (DateTimeParseException e) {
                return Parsed.of(new Problem("recurrence", "UNTIL must be a date (20270630) or a UTC time (20270630T220000Z)"));
            }
        }
        String recurrence = String.join(";", parts.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
        Recur<LocalDateTime> recur;
        try {
            recur = new Recur<>(recurrence);
        } catch (RuntimeException e) {
            return Parsed.of(new Problem("recurrence", "is not a valid RRULE value: " + e.getMessage()));
        }
        List<LocalDateTime> first = recur.getDates(start, start, start.plusYears(1).plusDays(1), 1);
        if (first.isEmpty()) {
            return Parsed.of(new Problem("recurrence", "has no occurrence within a year of start"));
        }
        SeriesRule rule = new SeriesRule(recurrence, first.get(0), duration, zoneId, until);
        if (until != null && rule.instant(rule.firstStart).isAfter(until)) {
            return Parsed.of(new Problem("recurrence", "UNTIL is before the first occurrence"));
        }
        return new Parsed(rule, null);
    }

    /** The occurrences that start in [from, to), in order. */
    public List<Occurrence> between(Instant from, Instant to) {
        Recur<LocalDateTime> recur = new Recur<>(recurrence);
        // A day on each side covers any offset; the exact bounds are applied to the instants below.
        LocalDateTime localFrom = LocalDateTime.ofInstant(from, zone).minusDays(1);
        LocalDateTime localTo = LocalDateTime.ofInstant(to, zone).plusDays(1);
        if (localFrom.isBefore(firstStart)) {
            localFrom = firstStart;
        }
        List<Occurrence> found = new ArrayList<>();
        if (!localTo.isAfter(localFrom)) {
            return found;
        }
        for (LocalDateTime local : recur.getDates(firstStart, localFrom, localTo)) {
            Instant start = instant(local);
            if (!start.isBefore(from) && start.isBefore(to) && (until == null || !start.isAfter(until))) {
                found.add(new Occurrence(local, start, start.plus(duration)));
            }
        }
        return found;
    }

    /** The occurrence at a local start, if the rule has one there. */
    public Optional<Occurrence> at(LocalDateTime localStart) {
        Instant start = instant(localStart);
        return between(start, start.plusSeconds(1)).stream().filter(o -> o.localStart().equals(localStart)).findFirst();
    }

    /** The first occurrence on or after a local date, within a year. */
    public Optional<Occurrence> firstOnOrAfter(LocalDate date) {
        Instant from = ZonedDateTime.of(date, LocalTime.MIDNIGHT, zone).toInstant();
        return between(from, from.plus(Duration.ofDays(367))).stream().findFirst();
    }

    /** Whether the rule can still produce occurrences after this instant (no COUNT or UNTIL stops it). */
    public boolean isBounded() {
        return until != null || recurrence.contains("COUNT=");
    }

    /** The same rule, ending before an instant: COUNT becomes an UNTIL, since RFC 5545 allows only one of them. */
    public SeriesRule endingBefore(Instant at) {
        Instant last = at.minusSeconds(1);
        SeriesRule uncounted = withoutCount();
        Instant bound = uncounted.until == null || last.isBefore(uncounted.until) ? last : uncounted.until;
        return new SeriesRule(uncounted.recurrence, firstStart, duration, zone, bound);
    }

    /** The rule with COUNT replaced by the UNTIL of its last occurrence. */
    public SeriesRule withoutCount() {
        if (!recurrence.contains("COUNT=")) {
            return this;
        }
        Recur<LocalDateTime> recur = new Recur<>(recurrence);
        List<LocalDateTime> dates = recur.getDates(firstStart, firstStart, firstStart.plusYears(20));
        Instant last = dates.isEmpty() ? instant(firstStart) : instant(dates.get(dates.size() - 1));
        String plain = String.join(";", java.util.Arrays.stream(recurrence.split(";")).filter(p -> !p.startsWith("COUNT=")).toList());
        return new SeriesRule(plain, firstStart, duration, zone, until == null || last.isBefore(until) ? last : until);
    }

    /** The RRULE value for a calendar: the recurrence with UNTIL in UTC, as RFC 5545 wants with a TZID start. */
    public String rrule() {
        if (until == null) {
            return recurrence;
        }
        SeriesRule plain = withoutCount();
        return plain.recurrence + ";UNTIL=" + UTC.format(plain.until.atOffset(ZoneOffset.UTC));
    }

    /** A local time as RFC 5545 writes it beside a TZID, e.g. {@code 20270105T180000}. */
    public static String localText(LocalDateTime local) {
        return LOCAL.format(local);
    }

    public Instant instant(LocalDateTime local) {
        // ZonedDateTime.of moves a skipped local time forward by the gap, and takes the earlier offset of a repeated hour.
        return ZonedDateTime.of(local, zone).toInstant();
    }

    private static Instant untilInstant(String text, ZoneId zone) {
        if (text.length() == 8) {
            // A date: every occurrence on that local day is still part of the series.
            return ZonedDateTime.of(LocalDate.parse(text, DATE).plusDays(1), LocalTime.MIDNIGHT, zone).toInstant().minusSeconds(1);
        }
        if (text.endsWith("Z")) {
            return LocalDateTime.parse(text, UTC).toInstant(ZoneOffset.UTC);
        }
        return ZonedDateTime.of(LocalDateTime.parse(text, LOCAL), zone).toInstant();
    }

    private static Optional<Problem> positive(Map<String, String> parts, String name, int max) {
        String value = parts.get(name);
        if (value == null) {
            return Optional.empty();
        }
        try {
            int n = Integer.parseInt(value);
            if (n >= 1 && n <= max) {
                return Optional.empty();
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        return Optional.of(new Problem("recurrence", name + " must be a whole number from 1 to " + max));
    }
}
