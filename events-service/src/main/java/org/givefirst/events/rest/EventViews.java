package org.givefirst.events.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.net.URI;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.givefirst.events.service.MemberDirectory;
import org.givefirst.events.domain.EventSchedule;
import org.givefirst.events.persistence.Event;
import org.givefirst.events.rest.ConsistentSchedule;
import org.givefirst.events.rest.OneOf;
import org.givefirst.platform.contracts.EventFormat;
import org.givefirst.platform.contracts.EventStatus;
import org.givefirst.platform.contracts.Visibility;
import org.givefirst.platform.validation.IanaTimeZone;

/** Requests and answers of the events API. */
public final class EventViews {

    private EventViews() {
    }

    @ConsistentSchedule
    @Schema(name = "NewEvent", description = "A gathering to plan. Start and end are local times in timeZone.")
    public record NewEvent(
            @NotBlank @Size(max = 60) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "must be a chapter slug")
            @Schema(example = "lisbon") String chapter,
            @Schema(description = "The host; defaults to the caller. Organizers may name another member of their chapter.")
            UUID hostId,
            @NotBlank @Size(max = 160) @Schema(example = "Breakfast for people building climate startups") String title,
            @Size(max = 4000) String description,
            @NotNull @OneOf(EventFormat.class) @Schema(ref = "EventFormat") String format,
            @NotNull @Schema(ref = "LocalDateTime") LocalDateTime start,
            @NotNull @Schema(ref = "LocalDateTime") LocalDateTime end,
            @NotNull @IanaTimeZone @Schema(example = "Europe/Lisbon") String timeZone,
            @Size(max = 300) @Schema(example = "Café Tati, Rua Ribeira Nova 36") String venue,
            @Min(1) @Max(1000) @Schema(description = "Seats for attendees (the host is not counted); default 8", example = "8")
            Integer capacity,
            @OneOf(Visibility.class) @Schema(ref = "Visibility", description = "Default members") String visibility,
            @Size(max = 300) @Schema(description = "What a volunteering event is for", example = "Beach clean-up for Surfrider") String cause)
            implements ConsistentSchedule.Planned {

        public EventSchedule schedule() {
            return EventSchedule.of(start, end, timeZone);
        }
    }

    @Schema(name = "EventChanges", description = "Fields to change; omitted or null fields stay as they are, an empty text clears "
            + "description, venue or cause. Start, end and time zone are checked together with the current ones.")
    public record EventChanges(
            @Size(min = 1, max = 160) String title,
            @Size(max = 4000) String description,
            @OneOf(EventFormat.class) @Schema(ref = "EventFormat") String format,
            @Schema(ref = "LocalDateTime") LocalDateTime start,
            @Schema(ref = "LocalDateTime") LocalDateTime end,
            @IanaTimeZone String timeZone,
            @Size(max = 300) String venue,
            @Min(1) @Max(1000) Integer capacity,
            @OneOf(Visibility.class) @Schema(ref = "Visibility") String visibility,
            @Size(max = 300) String cause) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "Event")
    public record EventView(
            UUID id, String chapter,
            @Schema(description = "The host; null once the host was erased") UUID hostId,
            @Schema(description = "Null once the host was erased (hostId is null too), while their profile has not reached "
                    + "events-service yet, and for visitors without a token when the host's profile is not public") String hostDisplayName,
            String title, String description, EventFormat format,
            @Schema(ref = "LocalDateTime") LocalDateTime start,
            @Schema(ref = "LocalDateTime") LocalDateTime end,
            String timeZone, Instant startsAt, Instant endsAt, String venue, String cause,
            int capacity, int seatsTaken, int seatsLeft, Visibility visibility, EventStatus status,
            Instant createdAt, Instant updatedAt, Instant publishedAt,
            @Schema(description = "The series this event is an occurrence of; null for a one-off") UUID seriesId) {

        static EventView of(Event e, MemberDirectory.Names names) {
            EventSchedule schedule = scheduleOf(e);
            return new EventView(e.id, e.chapter, e.hostId, names.of(e.hostId), e.title, e.description, e.format,
                    schedule.localStart(), schedule.localEnd(), e.timeZone, e.startsAt, e.endsAt, e.venue, e.cause,
                    e.capacity, e.seatsTaken, e.capacity - e.seatsTaken, e.visibility, e.status, e.createdAt, e.updatedAt, e.publishedAt,
                    e.seriesId);
        }
    }

    /** A {@link org.givefirst.platform.paging.Page} of events. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "EventPage")
    public record EventPage(List<EventView> items,
                            @Schema(description = "The next page; absent on the last page") URI next) {
    }

    /** When a stored event happens, in its zone. */
    static EventSchedule scheduleOf(Event e) {
        return new EventSchedule(e.startsAt, e.endsAt, ZoneId.of(e.timeZone));
    }
}
