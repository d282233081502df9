package org.givefirst.events.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.givefirst.events.persistence.Attendance;
import org.givefirst.events.service.AttendanceService;
import org.givefirst.events.service.Viewers;
import org.givefirst.platform.security.Roles;

@Path("/api/v1/events/" + EventResource.ID + "/attendance")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Attendance", description = "Who came, and who did not")
public class AttendanceResource {

    private final AttendanceService attendance;
    private final Viewers viewers;

    public AttendanceResource(AttendanceService attendance, Viewers viewers) {
        this.attendance = attendance;
        this.viewers = viewers;
    }

    @Schema(name = "AttendanceRequest")
    public record AttendanceRequest(@NotNull @Schema(description = "false records a no-show") Boolean attended) {
    }

    @Schema(name = "Attendance")
    public record AttendanceView(UUID eventId, @Schema(description = "Null for an erased member") UUID memberId,
                                 boolean attended, UUID recordedBy, Instant recordedAt) {
        static AttendanceView of(Attendance a) {
            return new AttendanceView(a.eventId, a.memberId, a.attended, a.recordedBy, a.recordedAt);
        }
    }

    @PUT
    @Path("/{memberId}")
    @RolesAllowed({Roles.MEMBER, Roles.ORGANIZER, Roles.ADMIN})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Record whether a member came (host or chapter organizers)",
            description = "Once the event has started, for a published or completed event. A member the event has not seen "
                    + "(no RSVP, no invitation: a walk-in) is checked with members-service (503 while it is unavailable). "
                    + "Publishes org.givefirst.attendance.recorded.v1 when the record is new or changes.")
    @APIResponse(responseCode = "201", description = "Recorded for the first time",
            headers = @Header(name = "Location", description = "URL of the record", schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(schema = @Schema(implementation = AttendanceView.class)))
    @APIResponse(responseCode = "200", description = "Record changed or confirmed", content = @Content(schema = @Schema(implementation = AttendanceView.class)))
    @APIResponse(responseCode = "409", description = "Not started, or not published/completed")
    public Response recordAttendance(@PathParam("id") UUID eventId, @PathParam("memberId") UUID memberId,
                           @Valid @NotNull AttendanceRequest request, UriInfo uri) {
        AttendanceService.Recorded recorded = attendance.record(viewers.current(), eventId, memberId, request.attended());
        AttendanceView view = AttendanceView.of(recorded.attendance());
        return recorded.created() ? Response.created(uri.getAbsolutePath()).entity(view).build() : Response.ok(view).build();
    }

    @GET
    @RolesAllowed({Roles.MEMBER, Roles.ORGANIZER, Roles.ADMIN})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "The attendance records of an event (host or chapter organizers)")
    @APIResponse(responseCode = "200", description = "The records", content = @Content(schema = @Schema(implementation = AttendanceView[].class)))
    public List<AttendanceView> listAttendance(@PathParam("id") UUID eventId) {
        return attendance.list(viewers.current(), eventId).stream().map(AttendanceView::of).toList();
    }
}
