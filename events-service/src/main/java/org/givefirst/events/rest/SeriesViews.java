package org.givefirst.events.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.givefirst.events.domain.SeriesRule;
import org.givefirst.events.persistence.Event;
import org.givefirst.events.persistence.Series;
import org.givefirst.events.service.SeriesPlanning;
import org.givefirst.platform.contracts.EventFormat;
import org.givefirst.platform.contracts.EventStatus;
import org.givefirst.platform.contracts.Visibility;
import org.givefirst.platform.validation.IanaTimeZone;

/** Requests and answers of the series API. */
public final class SeriesViews {

    private SeriesViews() {
    }

    static final String RRULE_EXAMPLE = "FREQ=WEEKLY;BYDAY=TU";

    @Schema(name = "NewSeries", description = "A recurring gathering: the template of its occurrences and when they happen.")
    public record NewSeries(
            @NotBlank @Size(max = 60) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "must be a chapter slug")
            @Schema(example = "lisbon") String chapter,
            @Schema(description = "The host; defaults to the caller. Organizers may name another member of their chapter.")
            UUID hostId,
            @NotBlank @Size(max = 160) @Schema(example = "Tuesday coffee for people who sell") String title,
            @Size(max = 4000) String description,
            @NotNull @OneOf(EventFormat.class) @Schema(ref = "EventFormat") String format,
            @NotNull @Schema(type = SchemaType.STRING, format = "local-date-time", example = "2027-01-05T08:00",
                    description = "Local time of the first occurrence in timeZone; the series starts at the rule's first occurrence at or after it")
            LocalDateTime start,
            @NotNull @Min(1) @Max(1440) @Schema(example = "60") Integer durationMinutes,
            @NotNull @IanaTimeZone @Schema(example = "Europe/Lisbon") String timeZone,
            @NotBlank @Size(max = 300) @Schema(example = RRULE_EXAMPLE,
                    description = "RFC 5545 RRULE value: FREQ=WEEKLY or MONTHLY with INTERVAL, BYDAY (e.g. TU,TH or 2TU), "
                            + "BYMONTHDAY, and COUNT or UNTIL (a date, or a UTC time)") String recurrence,
            @Size(max = 300) String venue,
            @Min(1) @Max(1000) Integer capacity,
            @OneOf(Visibility.class) @Schema(ref = "Visibility", description = "Default members; public only by organizers")
            String visibility,
            @Size(max = 300) String cause) {

        SeriesPlanning.Plan plan() {
            return new SeriesPlanning.Plan(chapter, hostId, new SeriesPlanning.Template(title, description,
                    EventFormat.fromWireName(format).orElseThrow(), venue, capacity,
                    visibility == null ? null : Visibility.fromWireName(visibility).orElseThrow(), cause),
                    start, durationMinutes, timeZone, recurrence);
        }
    }

    @Schema(name = "SeriesSplit", description = "Change this and all following occurrences, from the first on or after a date")
    public record SeriesSplit(
            @NotNull @Schema(example = "2027-02-02") LocalDate from,
            @Size(min = 1, max = 160) String title,
            @Size(max = 4000) String description,
            @OneOf(EventFormat.class) @Schema(ref = "EventFormat") String format,
            @Schema(ref = "LocalTime", description = "New local start time")
            LocalTime time,
            @Min(1) @Max(1440) Integer durationMinutes,
            @Size(max = 300) @Schema(description = "New RRULE value; default the current one") String recurrence,
            @Size(max = 300) String venue,
            @Min(1) @Max(1000) Integer capacity,
            @OneOf(Visibility.class) @Schema(ref = "Visibility") String visibility,
            @Size(max = 300) String cause) {

        SeriesPlanning.Split split() {
            return new SeriesPlanning.Split(from, new SeriesPlanning.Template(title, description,
                    format == null ? null : EventFormat.fromWireName(format).orElseThrow(), venue, capacity,
                    visibility == null ? null : Visibility.fromWireName(visibility).orElseThrow(), cause),
                    time, durationMinutes, recurrence);
        }
    }

    @Schema(name = "SeriesSkip")
    public record SeriesSkip(@NotNull @Schema(example = "2027-01-19", description = "Local date of the occurrence to skip") LocalDate date) {
    }

    @Schema(name = "SeriesOccurrence", description = "One occurrence: an event of its own")
    public record OccurrenceView(UUID eventId,
                                 @Schema(type = SchemaType.STRING, format = "local-date-time") LocalDateTime originalStart,
                                 @Schema(type = SchemaType.STRING, format = "local-date-time") LocalDateTime start,
                                 EventStatus status) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "Series")
    public record SeriesView(UUID id, String chapter, UUID hostId, String title, String description, EventFormat format,
                             String venue, String cause, int capacity, Visibility visibility,
                             @Schema(type = SchemaType.STRING, format = "local-date-time") LocalDateTime firstStart,
                             int durationMinutes, String timeZone,
                             @Schema(description = "RFC 5545 RRULE value, UNTIL in UTC when bounded", example = RRULE_EXAMPLE) String rrule,
                             @Schema(enumeration = {"active", "paused", "ended"}) String status, UUID splitFrom,
                             @Schema(description = "Local starts taken out of the series (EXDATE), ISO 8601 local date-times in the series' timeZone",
                                     example = "[\"2027-01-12T08:00:00\"]") List<String> skipped,
                             @Schema(description = "Occurrences created so far, by original start") List<OccurrenceView> occurrences,
                             @Schema(description = "Path of the series' iCalendar file") String calendar,
                             Instant createdAt, Instant updatedAt) {

        static SeriesView of(Series s, SeriesRule rule, Set<Instant> skipped, List<Event> occurrences) {
            ZoneId zone = rule.zone();
            return new SeriesView(s.id, s.chapter, s.hostId, s.title, s.description, s.format, s.venue, s.cause, s.capacity,
                    s.visibility, s.firstStart, s.durationMinutes, s.timeZone, rule.rrule(), s.status.wireName(), s.splitFrom,
                    skipped.stream().map(i -> DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(LocalDateTime.ofInstant(i, zone))).toList(),
                    occurrences.stream().map(e -> new OccurrenceView(e.id, LocalDateTime.ofInstant(e.originalStart, zone),
                            LocalDateTime.ofInstant(e.startsAt, ZoneId.of(e.timeZone)), e.status)).toList(),
                    "/api/v1/series/" + s.id + ".ics", s.createdAt, s.updatedAt);
        }
    }

    @Schema(name = "SeriesList")
    public record SeriesList(List<SeriesView> items) {
    }
}
