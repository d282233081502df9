package org.givefirst.events.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.givefirst.events.config.EventsConfig;
import org.givefirst.events.domain.EventSchedule;
import org.givefirst.events.persistence.Event;
import org.givefirst.platform.contracts.EventFormat;

/**
 * What a chapter's website shows without a token: its upcoming published public events, as JSON
 * (cacheable, with a strong ETag) and as an iCalendar feed. Cross-origin reads are allowed from the
 * origins configured in {@code quarkus.http.cors.origins} ({@code GIVEFIRST_CORS_ORIGINS}).
 */
@Path("/api/v1/chapters/{slug}")
@Tag(name = "Chapter websites", description = "Public listing and calendar feed of a chapter, no token needed")
public class ChapterEventsResource {

    static final int MAX_LISTED = 100;
    static final int MAX_IN_FEED = 500;

    private final PublicDocuments documents;
    private final EventsConfig config;

    public ChapterEventsResource(PublicDocuments documents, EventsConfig config) {
        this.documents = documents;
        this.config = config;
    }

    @Schema(name = "PublicEvent", description = "An event as a chapter website shows it: no member data")
    public record PublicEvent(UUID id, String title, String description, EventFormat format,
                              @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "local-date-time")
                              LocalDateTime start,
                              @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "local-date-time")
                              LocalDateTime end,
                              String timeZone, Instant startsAt, Instant endsAt, String venue, String cause,
                              int capacity, int seatsLeft,
                              @Schema(description = "Path of the event's iCalendar file") String calendar,
                              @Schema(description = "The series this event is an occurrence of (GET /api/v1/series/{id}); null for a one-off")
                              UUID seriesId) {

        static PublicEvent of(Event e) {
            EventSchedule schedule = EventViews.scheduleOf(e);
            return new PublicEvent(e.id, e.title, e.description, e.format, schedule.localStart(), schedule.localEnd(),
                    e.timeZone, e.startsAt, e.endsAt, e.venue, e.cause, e.capacity, e.capacity - e.seatsTaken,
                    "/api/v1/events/" + e.id + ".ics", e.seriesId);
        }
    }

    @Schema(name = "PublicListing")
    public record PublicListing(String chapter, List<PublicEvent> events) {
    }

    @GET
    @Path("/events")
    @Produces(MediaType.APPLICATION_JSON)
    @PermitAll
    @Operation(summary = "A chapter's upcoming public events (for its website)",
            description = "Published public events that have not ended, by start time. Never drafts, members-only or "
                    + "invite-only events. Send the ETag back in If-None-Match to get 304 when nothing changed.")
    @APIResponse(responseCode = "200", description = "The listing",
            headers = {@Header(name = "ETag", description = "Strong entity tag of this exact body", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Cache-Control", description = "public, max-age=..., stale-while-revalidate=...", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = PublicListing.class)))
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match matched the ETag)")
    @APIResponse(responseCode = "404", description = "No such chapter")
    public Response listChapterEvents(
            @PathParam("slug") @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "must be a chapter slug") String slug,
            @Parameter(description = "How many events, at most " + MAX_LISTED + "; default 20")
            @QueryParam("limit") @Min(1) @Max(MAX_LISTED) Integer limit,
            Request request) {
        return Cacheable.respond(request, documents.listing(slug, limit == null ? 20 : limit), config);
    }

    @GET
    @Path("/events.ics")
    @Produces(CalendarDocuments.MEDIA_TYPE)
    @PermitAll
    @Operation(summary = "A chapter's calendar feed (iCalendar) of its public events",
            description = "Published public events that have not ended, and those that ended within the configured history "
                    + "(givefirst.events.feed-history, 30 days by default). Times carry the event's TZID with a VTIMEZONE.")
    @APIResponse(responseCode = "200", description = "An iCalendar (RFC 5545) document",
            content = @Content(mediaType = CalendarDocuments.MEDIA_TYPE))
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match matched the ETag)")
    @APIResponse(responseCode = "404", description = "No such chapter")
    public Response getChapterCalendar(
            @PathParam("slug") @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "must be a chapter slug") String slug,
            Request request) {
        return Cacheable.respond(request, documents.feed(slug, MAX_IN_FEED), config);
    }
}
