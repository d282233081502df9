package org.givefirst.events.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
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
import org.givefirst.events.service.MemberDirectory;
import org.givefirst.events.service.RsvpService;
import org.givefirst.events.service.Viewers;
import org.givefirst.platform.contracts.RsvpStatus;
import org.givefirst.platform.security.Roles;

@Path("/api/v1/events/" + EventResource.ID + "/rsvps")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "RSVPs", description = "Going or waitlisted, with a guest seat for someone you should meet")
public class RsvpResource {

    private final RsvpService rsvps;
    private final Viewers viewers;

    public RsvpResource(RsvpService rsvps, Viewers viewers) {
        this.rsvps = rsvps;
        this.viewers = viewers;
    }

    @Schema(name = "RsvpRequest")
    public record RsvpRequest(
            @NotNull @Schema(description = "Bring a guest: \"someone I should meet\". A guest takes a second seat.") Boolean bringsGuest,
            @Size(max = 120) @Schema(example = "Rita Alves") String guestName,
            @Size(max = 500) @Schema(example = "Rita runs a food bank and is looking for volunteers") String note) {
    }

    @Schema(name = "Rsvp")
    public record RsvpView(UUID eventId,
                           @Schema(description = "Null for an erased member") UUID memberId,
                           @Schema(description = "Only in lists; null when members-service is unavailable") String displayName,
                           RsvpStatus status, boolean bringsGuest,
                           @Schema(description = "Only for the member and the event's managers") String guestName,
                           @Schema(description = "Only for the member and the event's managers") String note,
                           @Schema(description = "Place in line (1 = next), when waitlisted") Long position,
                           @Schema(description = "Seats this RSVP holds or waits for: 1, or 2 with a guest") int seats) {

        static RsvpView of(RsvpService.Outcome o, String displayName) {
            return new RsvpView(o.eventId(), o.memberId(), displayName, o.status(), o.bringsGuest(), o.guestName(), o.note(),
                    o.position(), o.seats());
        }
    }

    @Schema(name = "RsvpList")
    public record RsvpList(UUID eventId, int capacity, int seatsTaken, int seatsLeft, List<RsvpView> going,
                           @Schema(description = "In order; empty unless the caller manages the event") List<RsvpView> waitlist) {
    }

    @PUT
    @Path("/{memberId}")
    @RolesAllowed({Roles.MEMBER, Roles.ORGANIZER})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "RSVP to a published event (for yourself)",
            description = "Answers going when all the party's seats are free, otherwise waitlisted with the place in line. "
                    + "A member asking for a guest when only one seat is left is waitlisted with the guest (never seated "
                    + "without them); RSVP again without a guest to take the single seat. Invite-only events take invitees "
                    + "only; a guest needs an invitation with a guest seat there. Publishes org.givefirst.rsvp.changed.v1.")
    @APIResponse(responseCode = "201", description = "First RSVP of this member to this event",
            headers = @Header(name = "Location", description = "URL of the RSVP", schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(schema = @Schema(implementation = RsvpView.class)))
    @APIResponse(responseCode = "200", description = "RSVP changed", content = @Content(schema = @Schema(implementation = RsvpView.class)))
    @APIResponse(responseCode = "409", description = "Not published, already started, or no seat for an added guest")
    public Response respondToEvent(@PathParam("id") UUID eventId, @PathParam("memberId") UUID memberId, @Valid @NotNull RsvpRequest request,
                            UriInfo uri) {
        RsvpService.Outcome outcome = rsvps.respond(viewers.current(), eventId, memberId,
                new RsvpService.Answer(request.bringsGuest(), request.guestName(), request.note()));
        RsvpView view = RsvpView.of(outcome, null);
        return outcome.created()
                ? Response.created(uri.getAbsolutePath()).entity(view).build()
                : Response.ok(view).build();
    }

    @GET
    @Path("/{memberId}")
    @RolesAllowed({Roles.MEMBER, Roles.ORGANIZER, Roles.ADMIN})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Read one RSVP (the member, or the event's managers)")
    @APIResponse(responseCode = "200", description = "The RSVP", content = @Content(schema = @Schema(implementation = RsvpView.class)))
    public RsvpView getRsvp(@PathParam("id") UUID eventId, @PathParam("memberId") UUID memberId) {
        return RsvpView.of(rsvps.find(viewers.current(), eventId, memberId), null);
    }

    @DELETE
    @Path("/{memberId}")
    @RolesAllowed({Roles.MEMBER, Roles.ORGANIZER, Roles.ADMIN})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Cancel an RSVP (the member, or the event's managers)",
            description = "Frees the seats and seats the waitlist in order: the first parties in line whose seats fit. "
                    + "Publishes a cancelled fact and a promoted fact for each member seated.")
    @APIResponse(responseCode = "204", description = "Cancelled (or was already)")
    @APIResponse(responseCode = "409", description = "The event is cancelled or completed")
    public Response cancelRsvp(@PathParam("id") UUID eventId, @PathParam("memberId") UUID memberId) {
        rsvps.cancel(viewers.current(), eventId, memberId);
        return Response.noContent().build();
    }

    @GET
    @RolesAllowed({Roles.MEMBER, Roles.ORGANIZER, Roles.ADMIN})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Who is coming",
            description = "The host and the chapter's organizers see everyone: going and the waitlist in order, with guest "
                    + "names and notes. Other members who may see the event get the going list without guest names or notes.")
    @APIResponse(responseCode = "200", description = "The RSVPs", content = @Content(schema = @Schema(implementation = RsvpList.class)))
    public Response listRsvps(@PathParam("id") UUID eventId) {
        RsvpService.Listing listing = rsvps.list(viewers.current(), eventId);
        MemberDirectory.Names names = listing.names();
        RsvpList body = new RsvpList(eventId, listing.event().capacity, listing.event().seatsTaken, listing.event().capacity - listing.event().seatsTaken,
                listing.going().stream().map(o -> RsvpView.of(o, names.of(o.memberId()))).toList(),
                listing.waitlist().stream().map(o -> RsvpView.of(o, names.of(o.memberId()))).toList());
        return Response.ok(body).build();
    }
}
