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
import org.givefirst.members.service.ChapterService;
import org.givefirst.platform.problem.ProblemException;
import org.givefirst.platform.security.Caller;
import org.givefirst.platform.security.Roles;

/**
 * The organizers of a chapter, as stored here. What an organizer may do is decided by their token
 * ({@code organizer_of}), which the identity provider issues from this list: appointing someone
 * gives them no rights until their next token carries the chapter.
 */
@Path("/api/v1/chapters/{slug}/organizers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Chapters")
public class OrganizerResource {

    private final ChapterService chapters;
    private final Caller caller;

    public OrganizerResource(ChapterService chapters, Caller caller) {
        this.chapters = chapters;
        this.caller = caller;
    }

    @PUT
    @Path("/{memberId}")
    @RolesAllowed({Roles.ORGANIZER, Roles.ADMIN})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Make a member an organizer of the chapter (admin or an organizer of the chapter)",
            description = "The member must belong to the chapter. The identity provider maps the stored organizers into "
                    + "the organizer_of claim of their tokens; until then the appointment gives no rights.")
    @APIResponse(responseCode = "201", description = "Appointed; Location is this organizer",
            content = @Content(schema = @Schema(implementation = OrganizerView.class)))
    @APIResponse(responseCode = "200", description = "Already an organizer of the chapter",
            content = @Content(schema = @Schema(implementation = OrganizerView.class)))
    @APIResponse(responseCode = "409", description = "The member does not belong to the chapter")
    @APIResponse(responseCode = "410", description = "The member was erased")
    public Response appointOrganizer(@PathParam("slug") String slug, @PathParam("memberId") UUID memberId, UriInfo uri) {
        requireOrganizer(slug, "appoint its organizers");
        ChapterService.Appointment appointment = chapters.appoint(slug, memberId);
        OrganizerView view = OrganizerView.of(appointment.organizer());
        return appointment.appointed()
                ? Response.created(uri.getAbsolutePath()).entity(view).build()
                : Response.ok(view).build();
    }

    @DELETE
    @Path("/{memberId}")
    @RolesAllowed({Roles.ORGANIZER, Roles.ADMIN})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Stop a member organizing the chapter (admin or an organizer of the chapter)",
            description = "The member stays a member of the chapter. Removing someone who does not organize it changes nothing.")
    @APIResponse(responseCode = "204", description = "The member does not organize the chapter (any more)")
    @APIResponse(responseCode = "410", description = "The member was erased")
    public Response dismissOrganizer(@PathParam("slug") String slug, @PathParam("memberId") UUID memberId) {
        requireOrganizer(slug, "change its organizers");
        chapters.dismiss(slug, memberId);
        return Response.noContent().build();
    }

    private void requireOrganizer(String slug, String action) {
        if (!caller.organizes(slug)) {
            throw ProblemException.forbidden("Only an admin or an organizer of chapter '" + slug + "' may " + action);
        }
    }
}
