package org.givefirst.events.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.givefirst.events.config.EventsConfig;
import org.givefirst.events.rest.SeriesViews.NewSeries;
import org.givefirst.events.rest.SeriesViews.SeriesList;
import org.givefirst.events.rest.SeriesViews.SeriesSkip;
import org.givefirst.events.rest.SeriesViews.SeriesSplit;
import org.givefirst.events.rest.SeriesViews.SeriesView;
import org.givefirst.events.service.SeriesChanges;
import org.givefirst.events.service.SeriesPlanning;
import org.givefirst.events.service.SeriesQueries;
import org.givefirst.events.service.Viewers;
import org.givefirst.platform.contracts.Visibility;
import org.givefirst.platform.security.Roles;

@Path("/api/v1/series")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Series", description = "Recurring gatherings (RFC 5545): a weekly coffee is one series whose occurrences are events")
public class SeriesResource {

    static final String ID = "{id: [0-9a-fA-F-]+}";
    private static final String MANAGERS = " (host or chapter organizers)";

    private final SeriesPlanning planning;
    private final SeriesChanges changes;
    private final SeriesQueries series;
    private final Viewers viewers;
    private final SeriesCalendar calendars;
    private final EventsConfig config;

    public SeriesResource(SeriesPlanning planning, SeriesChanges changes, SeriesQueries series, Viewers viewers,
                          SeriesCalendar calendars, EventsConfig config) {
        this.planning = planning;
        this.changes = changes;
        this.series = series;
        this.viewers = viewers;
        this.calendars = calendars;
        this.config = config;
    }

    @POST
    @RolesAllowed({Roles.MEMBER, Roles.ORGANIZER, Roles.ADMIN})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Plan a recurring gathering",
            description = "Creates the series and, published at once, its occurrences of the rolling window ahead "
                    + "(givefirst.series.window, 8 weeks by default); a scheduler keeps the window rolling. A member hosts their "
                    + "own series; organizers may name another host, and only organizers create a public series. "
                    + "Publishes org.givefirst.series.created.v1 and, per occurrence, org.givefirst.event.published.v1.")
    @APIResponse(responseCode = "201", description = "Created", headers = @Header(name = "Location", description = "URL of the series", schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(schema = @Schema(implementation = SeriesView.class)))
    public Response createSeries(@Valid @NotNull NewSeries request, UriInfo uri) {
        UUID id = planning.create(viewers.current(), request.plan()).id;
        return Response.created(uri.getAbsolutePathBuilder().path(id.toString()).build()).entity(view(id)).build();
    }

    @GET
    @PermitAll
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "List a chapter's series", description = "Only those the caller may see (without a token: public ones).")
    @APIResponse(responseCode = "200", description = "The series", content = @Content(schema = @Schema(implementation = SeriesList.class)))
    public SeriesList listSeries(
            @QueryParam("chapter") @NotNull @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "must be a chapter slug") String chapter) {
        return new SeriesList(series.ofChapter(viewers.current(), chapter).stream()
                .map(d -> SeriesView.of(d.series(), d.rule(), d.skipped(), d.occurrences())).toList());
    }

    @GET
    @Path(ID)
    @PermitAll
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Read a series", description = "With its skipped dates and the occurrences created so far; 404 when hidden.")
    @APIResponse(responseCode = "200", description = "The series", content = @Content(schema = @Schema(implementation = SeriesView.class)))
    public SeriesView getSeries(@PathParam("id") UUID id) {
        return view(id);
    }

    @POST
    @Path(ID + "/split")
    @RolesAllowed({Roles.MEMBER, Roles.ORGANIZER, Roles.ADMIN})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Change this and all following occurrences" + MANAGERS,
            description = "Splits the series at its first occurrence on or after 'from': the series ends before it (UNTIL), a new "
                    + "series carries on with the changes. Occurrences already created on a day the new series also has move over "
                    + "with their RSVPs (org.givefirst.event.updated.v1); the others are called off (org.givefirst.event.cancelled.v1).")
    @APIResponse(responseCode = "201", description = "The new series", headers = @Header(name = "Location", description = "URL of the new series", schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(schema = @Schema(implementation = SeriesView.class)))
    @APIResponse(responseCode = "409", description = "The series has ended")
    public Response splitSeries(@PathParam("id") UUID id, @Valid @NotNull SeriesSplit request, UriInfo uri) {
        UUID next = planning.split(viewers.current(), id, request.split()).id;
        return Response.created(uri.getBaseUriBuilder().path("api/v1/series").path(next.toString()).build()).entity(view(next)).build();
    }

    @POST
    @Path(ID + "/skips")
    @RolesAllowed({Roles.MEMBER, Roles.ORGANIZER, Roles.ADMIN})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Skip one date" + MANAGERS,
            description = "The date becomes an EXDATE; its occurrence, if already created, is called off and leaves the listings.")
    @APIResponse(responseCode = "200", description = "The series", content = @Content(schema = @Schema(implementation = SeriesView.class)))
    @APIResponse(responseCode = "409", description = "The series has ended")
    public SeriesView skipSeriesDate(@PathParam("id") UUID id, @Valid @NotNull SeriesSkip request) {
        changes.skip(viewers.current(), id, request.date());
        return view(id);
    }

    @POST
    @Path(ID + "/pause")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.MEMBER, Roles.ORGANIZER, Roles.ADMIN})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Pause a series" + MANAGERS, description = "No new occurrences until resumed; created ones stay.")
    @APIResponse(responseCode = "200", description = "The series", content = @Content(schema = @Schema(implementation = SeriesView.class)))
    @APIResponse(responseCode = "409", description = "The series has ended")
    public SeriesView pauseSeries(@PathParam("id") UUID id) {
        changes.pause(viewers.current(), id);
        return view(id);
    }

    @POST
    @Path(ID + "/resume")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.MEMBER, Roles.ORGANIZER, Roles.ADMIN})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Resume a paused series" + MANAGERS, description = "Creates the occurrences of the window ahead again.")
    @APIResponse(responseCode = "200", description = "The series", content = @Content(schema = @Schema(implementation = SeriesView.class)))
    @APIResponse(responseCode = "409", description = "The series has ended")
    public SeriesView resumeSeries(@PathParam("id") UUID id) {
        changes.resume(viewers.current(), id);
        return view(id);
    }

    @POST
    @Path(ID + "/end")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.MEMBER, Roles.ORGANIZER, Roles.ADMIN})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "End a series now" + MANAGERS,
            description = "UNTIL becomes now, upcoming occurrences are called off; publishes org.givefirst.series.ended.v1.")
    @APIResponse(responseCode = "200", description = "The series", content = @Content(schema = @Schema(implementation = SeriesView.class)))
    @APIResponse(responseCode = "409", description = "Already ended")
    public SeriesView endSeries(@PathParam("id") UUID id) {
        changes.end(viewers.current(), id);
        return view(id);
    }

    @GET
    @Path(ID + ".ics")
    @Produces(CalendarDocuments.MEDIA_TYPE)
    @PermitAll
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "The series as an iCalendar file",
            description = "One VEVENT with RRULE and EXDATE, plus a VEVENT with RECURRENCE-ID for each edited or cancelled occurrence, with VTIMEZONE.")
    @APIResponse(responseCode = "200", description = "An iCalendar (RFC 5545) document", content = @Content(mediaType = CalendarDocuments.MEDIA_TYPE))
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match matched the ETag)")
    public Response getSeriesCalendar(@PathParam("id") UUID id, Request request) {
        SeriesQueries.Feed feed = series.feed(viewers.current(), id);
        return Cacheable.respond(request, PublicDocuments.once(calendars.document(feed), CalendarDocuments.MEDIA_TYPE,
                feed.series().chapter, feed.series().visibility == Visibility.PUBLIC), config);
    }

    private SeriesView view(UUID id) {
        SeriesQueries.Detail d = series.detail(viewers.current(), id);
        return SeriesView.of(d.series(), d.rule(), d.skipped(), d.occurrences());
    }
}
