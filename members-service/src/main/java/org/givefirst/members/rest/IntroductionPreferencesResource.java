package org.givefirst.members.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.givefirst.members.service.IntroductionPreferences;
import org.givefirst.platform.security.Caller;
import org.givefirst.platform.security.Roles;

/**
 * A member's private introduction preferences. Only the member and admins read or change them; no
 * other view of a member (profile, directory, another member's page) shows them, and the members
 * named never learn it.
 */
@Path("/api/v1/members/{id}/introduction-preferences")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Members")
public class IntroductionPreferencesResource {

    private final IntroductionPreferences preferences;
    private final Caller caller;

    public IntroductionPreferencesResource(IntroductionPreferences preferences, Caller caller) {
        this.preferences = preferences;
        this.caller = caller;
    }

    @Schema(name = "IntroductionPreferences", description = "Private: only the member and admins see these")
    public record IntroductionPreferencesView(
            @Schema(description = "Happy to help newcomers and people who are starting out: matching prefers "
                    + "this member as the partner of newcomers and of members who have not given yet") boolean helpsNewcomers,
            @Schema(description = "Members this member must never be introduced to, seated with or suggested to") List<UUID> neverIntroduce,
            @Schema(description = "Members this member would like to meet: a bounded boost, still only when both can help each other")
            List<UUID> wantsToMeet) {

        static IntroductionPreferencesView of(IntroductionPreferences.Preferences p) {
            return new IntroductionPreferencesView(p.helpsNewcomers(), List.copyOf(p.neverIntroduce()), List.copyOf(p.wantsToMeet()));
        }
    }

    @Schema(name = "IntroductionPreferencesInput")
    public record IntroductionPreferencesInput(
            @NotNull Boolean helpsNewcomers,
            @NotNull @Size(max = IntroductionPreferences.MAX_NEVER) List<@NotNull UUID> neverIntroduce,
            @NotNull @Size(max = IntroductionPreferences.MAX_WANTS_TO_MEET) List<@NotNull UUID> wantsToMeet) {

        IntroductionPreferences.Preferences toPreferences() {
            return new IntroductionPreferences.Preferences(helpsNewcomers, new java.util.LinkedHashSet<>(neverIntroduce),
                    new java.util.LinkedHashSet<>(wantsToMeet));
        }
    }

    @GET
    @RolesAllowed({Roles.MEMBER, Roles.ADMIN})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Read a member's private introduction preferences (the member themselves, or an admin)")
    @APIResponse(responseCode = "200", description = "The preferences",
            content = @Content(schema = @Schema(implementation = IntroductionPreferencesView.class)))
    @APIResponse(responseCode = "410", description = "The member was erased")
    public IntroductionPreferencesView getIntroductionPreferences(@PathParam("id") UUID id) {
        caller.requireSelfOrAdmin(id, "read this member's introduction preferences");
        return IntroductionPreferencesView.of(preferences.get(id));
    }

    @PUT
    @RolesAllowed({Roles.MEMBER, Roles.ADMIN})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Replace a member's private introduction preferences (the member themselves, or an admin)",
            description = "Every member named must exist, may not be the member themselves, and may not be in both "
                    + "lists. Publishes org.givefirst.member.updated.v1 when they changed (matching-service reads them "
                    + "from it); the members named never learn it.")
    @APIResponse(responseCode = "200", description = "The preferences now",
            content = @Content(schema = @Schema(implementation = IntroductionPreferencesView.class)))
    @APIResponse(responseCode = "410", description = "The member was erased")
    public IntroductionPreferencesView replaceIntroductionPreferences(@PathParam("id") UUID id,
            @Valid @NotNull IntroductionPreferencesInput request) {
        caller.requireSelfOrAdmin(id, "change this member's introduction preferences");
        return IntroductionPreferencesView.of(preferences.replace(id, request.toPreferences()));
    }
}
