package org.givefirst.members.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.givefirst.members.persistence.Member;
import org.givefirst.platform.contracts.Tags;
import org.givefirst.members.rest.MemberRequests.NewMember;
import org.givefirst.members.rest.MemberRequests.ObjectivesInput;
import org.givefirst.members.rest.MemberRequests.OffersInput;
import org.givefirst.members.service.MemberDirectory;
import org.givefirst.members.config.MembersConfig;
import org.givefirst.members.service.MemberErasure;
import org.givefirst.members.service.MemberRegistration;
import org.givefirst.members.service.MemberStore;
import org.givefirst.members.service.OffersAndObjectives;
import org.givefirst.members.service.ProfileEdits;
import org.givefirst.platform.paging.Page;
import org.givefirst.platform.paging.PageCursor;
import org.givefirst.platform.paging.PageLimit;
import org.givefirst.platform.problem.ProblemException;
import org.givefirst.platform.security.Caller;
import org.givefirst.platform.security.Roles;

@Path("/api/v1/members")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Members", description = "Member profiles, what they offer and what they seek")
public class MemberResource {

    /** A merge patch as the OpenAPI document shows it. */
    private static final String PATCH_EXAMPLE = """
            {"headline": null, "chapters": ["lisbon", "porto"], "preferences": {"formats": ["coffee", "walk_run_hike"], "maxIntroductionsPerMonth": 3}}""";

    private final MemberRegistration registration;
    private final ProfileEdits edits;
    private final OffersAndObjectives offersAndObjectives;
    private final MemberErasure erasure;
    private final MemberStore members;
    private final MemberDirectory directory;
    private final Caller caller;
    private final ObjectMapper json;
    private final Validator validator;
    private final MembersConfig config;

    public MemberResource(MemberRegistration registration, ProfileEdits edits, OffersAndObjectives offersAndObjectives,
                          MemberErasure erasure, MemberStore members, MemberDirectory directory, Caller caller,
                          ObjectMapper json, Validator validator, MembersConfig config) {
        this.registration = registration;
        this.edits = edits;
        this.offersAndObjectives = offersAndObjectives;
        this.erasure = erasure;
        this.members = members;
        this.directory = directory;
        this.caller = caller;
        this.json = json;
        this.validator = validator;
        this.config = config;
    }

    @Schema(name = "Contact", description = "How to reach a member: only for the member, admins and Givefirst services")
    public record ContactView(String memberId, String displayName, String email) {
    }

    @POST
    @RolesAllowed({Roles.MEMBER, Roles.ADMIN})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Register a member",
            description = "A member registers themselves (the id is their token's subject); an admin registers anyone. "
                    + "Publishes org.givefirst.member.registered.v1.")
    @APIResponse(responseCode = "201", description = "Registered; Location is the profile",
            content = @Content(schema = @Schema(implementation = MemberView.class)))
    @APIResponse(responseCode = "409", description = "Already registered, or the email is taken")
    @APIResponse(responseCode = "410", description = "This member id was erased and cannot be reused")
    public Response registerMember(@Valid @NotNull NewMember request, UriInfo uri) {
        UUID id = newMemberId(request.id());
        Member member = registration.register(request.toRegistration(id));
        return Response.created(uri.getAbsolutePathBuilder().path(member.id.toString()).build())
                .entity(MemberView.of(member))
                .build();
    }

    private UUID newMemberId(UUID requested) {
        if (caller.isAdmin()) {
            return requested != null ? requested : UUID.randomUUID();
        }
        UUID self = caller.memberId().orElseThrow(() ->
                ProblemException.forbidden("The token's subject is not a member id"));
        if (requested != null && !requested.equals(self)) {
            throw ProblemException.forbidden("A member registers only themselves: id must be the token's subject or absent");
        }
        return self;
    }

    @GET
    @PermitAll
    @SecurityRequirementsSet({})
    @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
    @Operation(summary = "Search the member directory",
            description = "Members in display-name order, one page at a time. Without a token only public profiles are listed.")
    @APIResponse(responseCode = "200", description = "A page of members")
    public Page<MemberView> searchMembers(
            @Parameter(description = "Slug of a chapter the members belong to") @QueryParam("chapter") String chapter,
            @Parameter(description = "Tags the members offer, all of them (comma-separated or repeated)")
            @QueryParam("offers") List<String> offers,
            @Parameter(description = "Tags the members seek, all of them (comma-separated or repeated)")
            @QueryParam("seeks") List<String> seeks,
            @Parameter(description = "Text in the display name, headline or city")
            @QueryParam("q") @Size(max = 100) String q,
            @Parameter(description = "Where to continue: copy it from the previous page's next link")
            @QueryParam("cursor") String cursor,
            @Parameter(description = "Page size, 1 to 100 (default 20)",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
            @QueryParam("limit") @PageLimit String limit,
            UriInfo uri) {
        MemberDirectory.Position after = null;
        if (cursor != null && !cursor.isBlank()) {
            List<String> parts = PageCursor.decode(cursor, 2);
            try {
                after = new MemberDirectory.Position(parts.get(0), UUID.fromString(parts.get(1)));
            } catch (IllegalArgumentException e) {
                throw PageCursor.invalid();
            }
        }
        List<String> offerTags = Tags.parseFilter(offers);
        List<String> seekTags = Tags.parseFilter(seeks);
        int maxFilterTags = config.directory().maxFilterTags();
        if (offerTags.size() + seekTags.size() > maxFilterTags) {
            throw ProblemException.badRequest("Filter on at most " + maxFilterTags + " tags (offers and seeks together)");
        }
        MemberDirectory.Page page = directory.search(new MemberDirectory.Search(
                blankToNull(chapter), offerTags, seekTags, q,
                !caller.authenticated(), after, PageLimit.Value.of(limit)));
        return Page.of(page.members().stream().map(MemberView::of).toList(),
                page.next().map(p -> PageCursor.encode(p.sortName(), p.id().toString())), uri);
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @SecurityRequirementsSet({})
    @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
    @Operation(summary = "Read a member's profile",
            description = "Without a token only public profiles can be read. The email is never part of a profile.")
    @APIResponse(responseCode = "200", description = "The profile", content = @Content(schema = @Schema(implementation = MemberView.class)))
    @APIResponse(responseCode = "410", description = "The member was erased")
    public MemberView getMember(@PathParam("id") UUID id) {
        Member member = members.get(id);
        if (!caller.authenticated() && !member.publicProfile) {
            throw ProblemException.notFound("Member", id);
        }
        return MemberView.of(member);
    }

    @GET
    @Path("/{id}/contact")
    @RolesAllowed({Roles.MEMBER, Roles.ADMIN, Roles.SERVICE})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Read a member's contact details",
            description = "For the member themselves, admins, and Givefirst services (matching-service shares them "
                    + "inside an introduction both sides accepted). Never for other members.")
    @APIResponse(responseCode = "200", description = "The contact details", content = @Content(schema = @Schema(implementation = ContactView.class)))
    @APIResponse(responseCode = "410", description = "The member was erased")
    public ContactView getMemberContact(@PathParam("id") UUID id) {
        if (!caller.isService()) {
            caller.requireSelfOrAdmin(id, "read a member's contact details");
        }
        MemberStore.Contact contact = members.contact(id);
        return new ContactView(contact.memberId().toString(), contact.displayName(), contact.email());
    }

    @PATCH
    @Path("/{id}")
    @Consumes({ProfilePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.MEMBER, Roles.ADMIN})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Change a member's profile, chapters or preferences (JSON merge patch)",
            description = "The body is a JSON merge patch (RFC 7396, application/merge-patch+json; application/json is "
                    + "read the same way): absent fields stay as they are, null removes headline or city, preferences "
                    + "merge field by field, and chapters and formats are replaced as whole lists. The merged profile "
                    + "is validated as a whole. Publishes org.givefirst.member.updated.v1 when what other services see "
                    + "changed, and org.givefirst.member.joined-chapter.v1 / left-chapter.v1 for each chapter joined or left.")
    @APIResponse(responseCode = "200", description = "The changed profile", content = @Content(schema = @Schema(implementation = MemberView.class)))
    @APIResponse(responseCode = "409", description = "The email is taken")
    @APIResponse(responseCode = "410", description = "The member was erased")
    @APIResponse(responseCode = "415", description = "Neither application/merge-patch+json nor application/json")
    public MemberView updateMember(
            @PathParam("id") UUID id,
            @RequestBody(required = true, description = "What changes, as a JSON merge patch of the editable profile",
                    content = {
                            @Content(mediaType = ProfilePatch.MEDIA_TYPE,
                                    schema = @Schema(implementation = MemberRequests.MemberPatch.class),
                                    examples = @ExampleObject(name = "newHeadlineAndChapter",
                                            summary = "Remove the headline, join porto, change two preferences",
                                            value = PATCH_EXAMPLE)),
                            @Content(mediaType = MediaType.APPLICATION_JSON,
                                    schema = @Schema(implementation = MemberRequests.MemberPatch.class))})
            byte[] body,
            @Context HttpHeaders headers) throws JsonProcessingException {
        caller.requireSelfOrAdmin(id, "change this profile");
        ProfilePatch patch = ProfilePatch.parse(body, headers.getMediaType());
        try {
            return MemberView.of(edits.edit(id, current -> patch.applyTo(current, json, validator)));
        } catch (ProfilePatch.Unreadable e) {
            throw e.getCause();
        }
    }

    @PUT
    @Path("/{id}/offers")
    @RolesAllowed({Roles.MEMBER, Roles.ADMIN})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Replace what a member offers",
            description = "Publishes org.givefirst.member.updated.v1 when the offers changed.")
    @APIResponse(responseCode = "200", description = "The profile with its new offers", content = @Content(schema = @Schema(implementation = MemberView.class)))
    @APIResponse(responseCode = "410", description = "The member was erased")
    public MemberView replaceOffers(@PathParam("id") UUID id, @Valid @NotNull OffersInput request) {
        caller.requireSelfOrAdmin(id, "change this member's offers");
        return MemberView.of(offersAndObjectives.replaceOffers(id,
                request.offers().stream().map(MemberRequests.OfferInput::toDraft).toList()));
    }

    @PUT
    @Path("/{id}/objectives")
    @RolesAllowed({Roles.MEMBER, Roles.ADMIN})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Replace what a member seeks",
            description = "Each objective is scored for specificity, with hints. Send an objective's id to keep it. "
                    + "Publishes org.givefirst.member.updated.v1 when the objectives changed.")
    @APIResponse(responseCode = "200", description = "The profile with its new objectives", content = @Content(schema = @Schema(implementation = MemberView.class)))
    @APIResponse(responseCode = "410", description = "The member was erased")
    public MemberView replaceObjectives(@PathParam("id") UUID id, @Valid @NotNull ObjectivesInput request) {
        caller.requireSelfOrAdmin(id, "change this member's objectives");
        return MemberView.of(offersAndObjectives.replaceObjectives(id,
                request.objectives().stream().map(MemberRequests.ObjectiveInput::toDraft).toList()));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.MEMBER, Roles.ADMIN})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Erase a member",
            description = "Deletes the member's personal data here and publishes org.givefirst.member.erased.v1, on "
                    + "which every other service erases the member too. Erasing again changes nothing.")
    @APIResponse(responseCode = "204", description = "Erased")
    public Response eraseMember(@PathParam("id") UUID id) {
        caller.requireSelfOrAdmin(id, "erase this member");
        erasure.erase(id);
        return Response.noContent().build();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
