package org.givefirst.events.domain;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.givefirst.platform.contracts.TimeZones;

/**
 * When a gathering happens: local start and end times in an IANA time zone, as the host planned
 * them, turned into the instants the service stores and compares.
 *
 * <p>A local time that does not exist in the zone (skipped by a daylight-saving change) is refused
 * rather than silently moved; a local time that exists twice (the hour repeated in autumn) means
 * its first occurrence.
 */
public record EventSchedule(Instant startsAt, Instant endsAt, ZoneId zone) {

    public EventSchedule {
        if (!endsAt.isAfter(startsAt)) {
            throw new IllegalArgumentException("An event must end after it starts");
        }
    }

    /** One reason a planned schedule is not valid, with the request field it is about. */
    public record Problem(String field, String message) {
    }

    /** True for a zone of the IANA database, e.g. {@code Europe/Lisbon} (not a bare offset). */
    public static boolean isIanaZone(String zone) {
        return TimeZones.isIana(zone);
    }

    /** The first problem of a planned schedule, or empty when it is valid. The zone must be an IANA zone. */
    public static Optional<Problem> check(LocalDateTime start, LocalDateTime end, String zone) {
        ZoneId zoneId = ZoneId.of(zone);
        if (!exists(start, zoneId)) {
            return Optional.of(new Problem("start", "does not exist in " + zone + " (skipped by a daylight-saving change)"));
        }
        if (!exists(end, zoneId)) {
            return Optional.of(new Problem("end", "does not exist in " + zone + " (skipped by a daylight-saving change)"));
        }
        if (!instant(end, zoneId).isAfter(instant(start, zoneId))) {
            return Optional.of(new Problem("end", "must be after start"));
        }
        return Optional.empty();
    }

    /**
     * The schedule of local times in a zone.
     *
     * @throws IllegalArgumentException when {@link #check} finds a problem
     */
    public static EventSchedule of(LocalDateTime start, LocalDateTime end, String zone) {
        check(start, end, zone).ifPresent(problem -> {
            throw new IllegalArgumentException(problem.field() + " " + problem.message());
        });
        ZoneId zoneId = ZoneId.of(zone);
        return new EventSchedule(instant(start, zoneId), instant(end, zoneId), zoneId);
    }

    public ZonedDateTime start() {
        return startsAt.atZone(zone);
    }

    public ZonedDateTime end() {
        return endsAt.atZone(zone);
    }

    public LocalDateTime localStart() {
        return start().toLocalDateTime();
    }

    public LocalDateTime localEnd() {
        return end().toLocalDateTime();
    }

    /** Whether it has started at this instant. */
    public boolean hasStarted(Instant now) {
        return !now.isBefore(startsAt);
    }

    private static boolean exists(LocalDateTime local, ZoneId zone) {
        return !zone.getRules().getValidOffsets(local).isEmpty();
    }

    private static Instant instant(LocalDateTime local, ZoneId zone) {
        // ZonedDateTime.of picks the earlier offset for a repeated hour.
        return ZonedDateTime.of(local, zone).toInstant();
    }
}
