package org.givefirst.members.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.givefirst.members.domain.Specificity;
import org.givefirst.members.rest.MemberRequests.DraftObjective;

@Path("/api/v1/objectives")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Objectives", description = "Help with writing specific networking objectives")
public class ObjectiveResource {

    @POST
    @Path("/assess")
    @PermitAll
    @Operation(summary = "Assess a draft objective",
            description = "Scores how specific a draft objective is (what, who, where, tags) and says what would make it "
                    + "more specific. For forms, as the member types; nothing is stored.")
    @APIResponse(responseCode = "200", description = "The assessment", content = @Content(schema = @Schema(implementation = SpecificityView.class)))
    public SpecificityView assessObjective(@Valid @NotNull DraftObjective draft) {
        return SpecificityView.of(Specificity.assess(draft.what(), draft.who(), draft.where(), draft.tags()));
    }
}
