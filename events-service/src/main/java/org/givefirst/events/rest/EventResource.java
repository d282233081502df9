package org.givefirst.events.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.givefirst.events.config.EventsConfig;
import org.givefirst.events.persistence.Event;
import org.givefirst.events.rest.EventViews.EventChanges;
import org.givefirst.events.rest.EventViews.EventPage;
import org.givefirst.events.rest.EventViews.EventView;
import org.givefirst.events.rest.EventViews.NewEvent;
import org.givefirst.events.rest.IsoInstant;
import org.givefirst.events.rest.OneOf;
import org.givefirst.events.service.EventLifecycle;
import org.givefirst.events.service.EventPlanning;
import org.givefirst.events.service.EventQueries;
import org.givefirst.platform.paging.Page;
import org.givefirst.events.service.Viewers;
import org.givefirst.platform.contracts.EventFormat;
import org.givefirst.platform.contracts.Visibility;
import org.givefirst.platform.problem.ProblemException;
import org.givefirst.platform.security.Roles;

@Path("/api/v1/events")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Events", description = "Small gatherings: coffees, breakfasts, walks, classes, volunteering")
public class EventResource {

    /** An event id in a path; a narrow pattern so that {@code {id}.ics} never matches {@code {id}}. */
    static final String ID = "{id: [0-9a-fA-F-]+}";
    static final int MAX_PAGE = 100;

    private final EventPlanning planning;
    private final EventLifecycle lifecycle;
    private final EventQueries events;
    private final Viewers viewers;
    private final PublicDocuments documents;
    private final EventsConfig config;

    public EventResource(EventPlanning planning, EventLifecycle lifecycle, EventQueries events, Viewers viewers,
                         PublicDocuments documents, EventsConfig config) {
        this.planning = planning;
        this.lifecycle = lifecycle;
        this.events = events;
        this.viewers = viewers;
        this.documents = documents;
        this.config = config;
    }

    @POST
    @RolesAllowed({Roles.MEMBER, Roles.ORGANIZER, Roles.ADMIN})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Plan an event (a draft)",
            description = "In a chapter the caller belongs to (members and organizers of the chapter; admins anywhere): 403 "
                    + "otherwise, 404 for a chapter that does not exist. The caller hosts it, or an organizer of the chapter "
                    + "names another host (hostId), who must be a member of the chapter. Membership is what events-service "
                    + "has read from members-service's facts: a member who joined a moment ago may have to retry shortly.")
    @APIResponse(responseCode = "403", description = "Not a member of the chapter, or naming another host without organizing it")
    @APIResponse(responseCode = "404", description = "No such chapter")
    @APIResponse(responseCode = "201", description = "Created, as a draft",
            headers = @Header(name = "Location", description = "URL of the new event", schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(schema = @Schema(implementation = EventView.class)))
    public Response createEvent(@Valid @NotNull NewEvent request, UriInfo uri) {
        EventQueries.Hosted hosted = planning.create(viewers.current(), new EventPlanning.Plan(request.chapter(), request.hostId(),
                request.title(), request.description(), EventFormat.fromWireName(request.format()).orElseThrow(),
                request.schedule(), request.venue(), request.capacity(),
                request.visibility() == null ? null : Visibility.fromWireName(request.visibility()).orElseThrow(),
                request.cause()));
        return Response.created(uri.getAbsolutePathBuilder().path(hosted.event().id.toString()).build())
                .entity(EventView.of(hosted.event(), hosted.names())).build();
    }

    @GET
    @PermitAll
    @SecurityRequirementsSet({})
    @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
    @Operation(summary = "List events by start time",
            description = "Only what the caller may see: without a token published public events; members of a chapter also see "
                    + "its members-only events and invite-only events they are invited to; hosts and organizers also their drafts. "
                    + "Cursor paged: follow next until a page has none.")
    @APIResponse(responseCode = "200", description = "A page of events", content = @Content(schema = @Schema(implementation = EventPage.class)))
    public Response listEvents(
            @QueryParam("chapter") @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "must be a chapter slug") String chapter,
            @Parameter(description = "Events starting at or after this instant; default now", example = "2026-12-01T00:00:00Z")
            @QueryParam("from") @IsoInstant String from,
            @Parameter(description = "Events starting before this instant", example = "2027-01-01T00:00:00Z")
            @QueryParam("to") @IsoInstant String to,
            @QueryParam("format") @OneOf(EventFormat.class) @Parameter(schema = @Schema(ref = "EventFormat")) String format,
            @Parameter(description = "The next link of the previous page carries it") @QueryParam("cursor") String cursor,
            @Parameter(description = "Page size, at most " + MAX_PAGE) @QueryParam("limit") @Min(1) @Max(MAX_PAGE) Integer limit,
            UriInfo uri) {
        java.time.Instant fromInstant = from == null ? null : java.time.OffsetDateTime.parse(from).toInstant();
        java.time.Instant toInstant = to == null ? null : java.time.OffsetDateTime.parse(to).toInstant();
        if (fromInstant != null && toInstant != null && !toInstant.isAfter(fromInstant)) {
            throw ProblemException.badRequest("to must be after from");
        }
        EventQueries.Page page = events.list(viewers.current(), new EventQueries.Query(chapter, fromInstant, toInstant,
                format == null ? null : EventFormat.fromWireName(format).orElseThrow(), cursor,
                limit != null ? limit : Math.min(config.defaultPageSize(), MAX_PAGE)));
        List<EventView> items = page.events().stream().map(e -> EventView.of(e, page.names())).toList();
        URI next = page.nextCursor().map(c -> Page.nextLink(uri, c)).orElse(null);
        return Response.ok(new EventPage(items, next)).build();
    }

    @GET
    @Path(ID)
    @PermitAll
    @SecurityRequirementsSet({})
    @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
    @Operation(summary = "Read an event", description = "Answers 404 for an event the caller may not see. The host's display "
            + "name comes from events-service's own read model of members: reading never calls members-service.")
    @APIResponse(responseCode = "200", description = "The event", content = @Content(schema = @Schema(implementation = EventView.class)))
    public Response getEvent(@PathParam("id") UUID id) {
        EventQueries.Hosted hosted = events.findHosted(viewers.current(), id);
        return Response.ok(EventView.of(hosted.event(), hosted.names())).build();
    }

    @PATCH
    @Path(ID)
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @RolesAllowed({Roles.MEMBER, Roles.ORGANIZER, Roles.ADMIN})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Change an event (host or chapter organizers)",
            description = "Changes of a published event are published as org.givefirst.event.updated.v1. Raising the capacity "
                    + "seats the waitlist; lowering it below the seats taken answers 409. Making a published event public needs an "
                    + "organizer of its chapter (403 otherwise), as publishing a public one does.")
    @APIResponse(responseCode = "200", description = "The changed event", content = @Content(schema = @Schema(implementation = EventView.class)))
    @APIResponse(responseCode = "409", description = "Cancelled or completed, or capacity below the seats taken")
    public Response updateEvent(@PathParam("id") UUID id, @Valid @NotNull EventChanges changes) {
        Event event = planning.update(viewers.current(), id, new EventPlanning.Changes(changes.title(), changes.description(),
                changes.format() == null ? null : EventFormat.fromWireName(changes.format()).orElseThrow(),
                changes.start(), changes.end(), changes.timeZone(), changes.venue(), changes.capacity(),
                changes.visibility() == null ? null : Visibility.fromWireName(changes.visibility()).orElseThrow(),
                changes.cause()));
        return withNames(event);
    }

    @POST
    @Path(ID + "/publish")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.MEMBER, Roles.ORGANIZER, Roles.ADMIN})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Publish a draft (host or chapter organizers)",
            description = "Opens RSVPs; publishes org.givefirst.event.published.v1. A host who is a member publishes members-only "
                    + "and invite-only events; a public event (on the chapter's website and feed) needs an organizer of the "
                    + "chapter (or an admin): 403 otherwise.")
    @APIResponse(responseCode = "403", description = "A public event, and the caller does not organize its chapter")
    @APIResponse(responseCode = "200", description = "The published event", content = @Content(schema = @Schema(implementation = EventView.class)))
    @APIResponse(responseCode = "409", description = "Not a draft")
    public Response publishEvent(@PathParam("id") UUID id) {
        return withNames(lifecycle.publish(viewers.current(), id));
    }

    @POST
    @Path(ID + "/cancel")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.MEMBER, Roles.ORGANIZER, Roles.ADMIN})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Call an event off (host or chapter organizers)",
            description = "From draft or published; a published event's cancellation is published as org.givefirst.event.cancelled.v1.")
    @APIResponse(responseCode = "200", description = "The cancelled event", content = @Content(schema = @Schema(implementation = EventView.class)))
    @APIResponse(responseCode = "409", description = "Already cancelled or completed")
    public Response cancelEvent(@PathParam("id") UUID id) {
        return withNames(lifecycle.cancel(viewers.current(), id));
    }

    @POST
    @Path(ID + "/complete")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.MEMBER, Roles.ORGANIZER, Roles.ADMIN})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Mark a published event as held (host or chapter organizers)",
            description = "Once it has started; publishes org.givefirst.event.completed.v1.")
    @APIResponse(responseCode = "200", description = "The completed event", content = @Content(schema = @Schema(implementation = EventView.class)))
    @APIResponse(responseCode = "409", description = "Not published, or not started yet")
    public Response completeEvent(@PathParam("id") UUID id) {
        return withNames(lifecycle.complete(viewers.current(), id));
    }

    @GET
    @Path(ID + ".ics")
    @Produces(CalendarDocuments.MEDIA_TYPE)
    @PermitAll
    @SecurityRequirementsSet({})
    @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
    @Operation(summary = "The event as an iCalendar file",
            description = "DTSTART and DTEND carry the event's TZID, with its VTIMEZONE. No token is needed for a published "
                    + "public event; other events need one that may see them.")
    @APIResponse(responseCode = "200", description = "An iCalendar (RFC 5545) document with one VEVENT",
            content = @Content(mediaType = CalendarDocuments.MEDIA_TYPE))
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match matched the ETag)")
    public Response getEventCalendar(@PathParam("id") UUID id, Request request) {
        return Cacheable.respond(request, documents.eventCalendar(id, () -> events.find(viewers.current(), id)), config);
    }

    private Response withNames(Event event) {
        return Response.ok(EventView.of(event, events.namesOf(event))).build();
    }
}
