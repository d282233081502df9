package org.givefirst.events.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.givefirst.events.service.InvitationService;
import org.givefirst.events.service.Viewers;
import org.givefirst.platform.security.Roles;

@Path("/api/v1/events/" + EventResource.ID + "/invitations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Invitations", description = "Host your own: invite people who should meet")
public class InvitationResource {

    private final InvitationService invitations;
    private final Viewers viewers;

    public InvitationResource(InvitationService invitations, Viewers viewers) {
        this.invitations = invitations;
        this.viewers = viewers;
    }

    @Schema(name = "NewInvitations")
    public record NewInvitations(
            @NotEmpty @Size(max = 50) List<@NotNull UUID> memberIds,
            @Schema(description = "Each invitee may bring a guest: \"bring someone I should meet\"") boolean guestSeat,
            @Size(max = 500) @Schema(example = "I'd love you to meet Ana, who funds early climate startups") String note) {
    }

    @Schema(name = "Invitation")
    public record InvitationView(UUID eventId, UUID memberId,
                                 @Schema(description = "Null while the member's profile has not reached events-service yet, and once they were erased") String displayName,
                                 boolean guestSeat, String note, UUID invitedBy, Instant createdAt) {

        static InvitationView of(InvitationService.Invited invited) {
            var i = invited.invitation();
            return new InvitationView(i.eventId, i.memberId, invited.displayName(), i.guestSeat, i.note, i.invitedBy, i.createdAt);
        }
    }

    @Schema(name = "InvitationList")
    public record InvitationList(List<InvitationView> invitations) {
    }

    @POST
    @RolesAllowed({Roles.MEMBER, Roles.ORGANIZER, Roles.ADMIN})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Invite members (host or chapter organizers)",
            description = "Inviting a member again updates the guest seat and note. Every invited id must be a member: "
                    + "events-service knows members from members-service's facts; only an id it has not heard of yet is asked of "
                    + "members-service. Ids that are no members answer 400; while members-service cannot confirm a new id, 503.")
    @APIResponse(responseCode = "201", description = "Invited",
            headers = @Header(name = "Location", description = "The event's invitations", schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(schema = @Schema(implementation = InvitationList.class)))
    @APIResponse(responseCode = "409", description = "The event is cancelled or completed")
    public Response inviteMembers(@PathParam("id") UUID eventId, @Valid @NotNull NewInvitations request, UriInfo uri) {
        InvitationService.Invitations invited = invitations.invite(viewers.current(), eventId, request.memberIds(),
                request.guestSeat(), request.note());
        return Response.created(uri.getAbsolutePath())
                .entity(new InvitationList(invited.invitations().stream().map(InvitationView::of).toList()))
                .build();
    }

    @GET
    @RolesAllowed({Roles.MEMBER, Roles.ORGANIZER, Roles.ADMIN})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "The invitations of an event (host or chapter organizers)")
    @APIResponse(responseCode = "200", description = "The invitations", content = @Content(schema = @Schema(implementation = InvitationList.class)))
    public Response listInvitations(@PathParam("id") UUID eventId) {
        InvitationService.Invitations all = invitations.list(viewers.current(), eventId);
        return Response.ok(new InvitationList(all.invitations().stream().map(InvitationView::of).toList())).build();
    }

    @DELETE
    @Path("/{memberId}")
    @RolesAllowed({Roles.MEMBER, Roles.ORGANIZER, Roles.ADMIN})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Withdraw a member's invitation (host or chapter organizers)",
            description = "Publishes invitation.withdrawn for a published event. An RSVP the member already gave stays; "
                    + "cancel it with DELETE /api/v1/events/{id}/rsvps/{memberId} when the seat should go too.")
    @APIResponse(responseCode = "204", description = "Withdrawn")
    @APIResponse(responseCode = "409", description = "The event is cancelled or completed")
    public Response withdrawInvitation(@PathParam("id") UUID eventId, @PathParam("memberId") UUID memberId) {
        invitations.withdraw(viewers.current(), eventId, memberId);
        return Response.noContent().build();
    }
}
