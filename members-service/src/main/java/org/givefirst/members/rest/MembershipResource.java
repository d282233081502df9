package org.givefirst.members.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.givefirst.members.service.Memberships;
import org.givefirst.platform.problem.ProblemException;
import org.givefirst.platform.security.Caller;
import org.givefirst.platform.security.Roles;

/** Joining and leaving a chapter. */
@Path("/api/v1/chapters/{slug}/members")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Chapters")
public class MembershipResource {

    private final Memberships members;
    private final Caller caller;

    public MembershipResource(Memberships members, Caller caller) {
        this.members = members;
        this.caller = caller;
    }

    @Schema(name = "Membership", description = "A member belongs to a chapter")
    public record MembershipView(@Schema(example = "lisbon") String chapter,
                                 @Schema(example = "5b0e8f3e-6a7c-4a43-9c1e-0d6f3a2b9f10") String memberId) {
    }

    @PUT
    @Path("/{memberId}")
    @RolesAllowed({Roles.MEMBER, Roles.ADMIN})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Join a chapter (the member themselves, or an admin)",
            description = "Publishes org.givefirst.member.updated.v1 (with the member's chapters now) and "
                    + "org.givefirst.member.joined-chapter.v1. Joining a chapter again changes nothing and publishes nothing.")
    @APIResponse(responseCode = "201", description = "Joined; Location is this membership",
            content = @Content(schema = @Schema(implementation = MembershipView.class)))
    @APIResponse(responseCode = "200", description = "Already a member of the chapter",
            content = @Content(schema = @Schema(implementation = MembershipView.class)))
    @APIResponse(responseCode = "409", description = "The member already belongs to 10 chapters")
    @APIResponse(responseCode = "410", description = "The member was erased")
    public Response joinChapter(@PathParam("slug") String slug, @PathParam("memberId") UUID memberId, UriInfo uri) {
        caller.requireSelfOrAdmin(memberId, "make this member join a chapter");
        boolean joined = members.join(memberId, slug);
        MembershipView view = new MembershipView(slug, memberId.toString());
        return joined ? Response.created(uri.getAbsolutePath()).entity(view).build() : Response.ok(view).build();
    }

    @DELETE
    @Path("/{memberId}")
    @RolesAllowed({Roles.MEMBER, Roles.ORGANIZER, Roles.ADMIN})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Leave a chapter (the member themselves), or remove a member from it (an organizer of the chapter, or an admin)",
            description = "The member also stops organizing the chapter. Publishes org.givefirst.member.updated.v1 (with the "
                    + "member's chapters now) and org.givefirst.member.left-chapter.v1. Leaving a chapter one does not "
                    + "belong to changes nothing.")
    @APIResponse(responseCode = "204", description = "The member does not belong to the chapter (any more)")
    @APIResponse(responseCode = "409", description = "It is the member's only chapter")
    @APIResponse(responseCode = "410", description = "The member was erased")
    public Response leaveChapter(@PathParam("slug") String slug, @PathParam("memberId") UUID memberId) {
        if (!caller.is(memberId) && !caller.organizes(slug)) {
            throw ProblemException.forbidden("Only the member themselves, an organizer of chapter '" + slug
                    + "' or an admin may remove a member from it");
        }
        members.leave(memberId, slug);
        return Response.noContent().build();
    }
}
