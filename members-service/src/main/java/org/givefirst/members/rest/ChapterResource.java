package org.givefirst.members.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.givefirst.members.persistence.Chapter;
import org.givefirst.members.service.ChapterService;
import org.givefirst.platform.paging.Page;
import org.givefirst.platform.paging.PageCursor;
import org.givefirst.platform.paging.PageLimit;
import org.givefirst.platform.validation.IanaTimeZone;
import java.util.Optional;
import org.givefirst.platform.problem.ProblemException;
import org.givefirst.platform.security.Caller;
import org.givefirst.platform.security.Roles;

@Path("/api/v1/chapters")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Chapters", description = "Local groups of members")
public class ChapterResource {

    private final ChapterService chapters;
    private final Caller caller;

    public ChapterResource(ChapterService chapters, Caller caller) {
        this.chapters = chapters;
        this.caller = caller;
    }

    @Schema(name = "NewChapter")
    public record NewChapter(
            @NotBlank @Size(max = 60) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "must be lower-case words joined by hyphens")
            @Schema(example = "lisbon") String slug,
            @NotBlank @Size(max = 120) @Schema(example = "Givefirst Lisbon") String name,
            @NotBlank @Size(max = 120) @Schema(example = "Lisbon") String city,
            @NotBlank @Size(max = 60) @IanaTimeZone @Schema(example = "Europe/Lisbon") String timeZone) {
    }

    @Schema(name = "ChapterChanges", description = "Fields to change; omitted or null fields stay as they are. The slug never changes.")
    public record ChapterChanges(
            @Size(min = 1, max = 120) @Schema(example = "Givefirst Lisbon") String name,
            @Size(min = 1, max = 120) @Schema(example = "Lisbon") String city,
            @Size(max = 60) @IanaTimeZone @Schema(example = "Europe/Lisbon") String timeZone) {
    }

    @Schema(name = "Chapter")
    public record ChapterView(String id, String slug, String name, String city, String timeZone) {
        static ChapterView of(Chapter c) {
            return new ChapterView(c.id.toString(), c.slug, c.name, c.city, c.timeZone);
        }
    }

    @Schema(name = "ChapterDetails", description = "A chapter with its organizers")
    public record ChapterDetails(
            @Schema(example = "9a3c2d4e-1b7f-4f0a-8e2d-6c5b4a3f2e1d") String id,
            @Schema(example = "lisbon") String slug,
            @Schema(example = "Givefirst Lisbon") String name,
            @Schema(example = "Lisbon") String city,
            @Schema(example = "Europe/Lisbon") String timeZone,
            @Schema(description = "The chapter's organizers by name: public, as the people to contact about the "
                    + "chapter; never their email") List<OrganizerView> organizers) {
        static ChapterDetails of(Chapter c) {
            return new ChapterDetails(c.id.toString(), c.slug, c.name, c.city, c.timeZone,
                    c.organizers.stream().map(OrganizerView::of).toList());
        }
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Create a chapter (admin)")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = ChapterView.class)))
    @APIResponse(responseCode = "409", description = "Slug taken")
    public Response createChapter(@Valid @jakarta.validation.constraints.NotNull NewChapter request, UriInfo uri) {
        Chapter chapter = chapters.create(request.slug(), request.name(), request.city(), request.timeZone());
        return Response.created(uri.getAbsolutePathBuilder().path(chapter.slug).build())
                .entity(ChapterView.of(chapter))
                .build();
    }

    @PATCH
    @Path("/{slug}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @RolesAllowed({Roles.ORGANIZER, Roles.ADMIN})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Change a chapter's name, city or time zone (its organizers, admins)",
            description = "A change is published as org.givefirst.chapter.updated.v1 with the chapter's whole state.")
    @APIResponse(responseCode = "200", description = "The chapter after the change",
            content = @Content(schema = @Schema(implementation = ChapterView.class)))
    public ChapterView updateChapter(@PathParam("slug") String slug, @Valid @jakarta.validation.constraints.NotNull ChapterChanges changes) {
        if (!caller.organizes(slug)) {
            throw ProblemException.forbidden("Only organizers of chapter '" + slug + "' and admins change it");
        }
        return ChapterView.of(chapters.update(slug, changes.name(), changes.city(), changes.timeZone()));
    }

    @GET
    @PermitAll
    @Operation(summary = "List chapters", description = "Chapters in slug order, one page at a time")
    @APIResponse(responseCode = "200", description = "A page of chapters")
    public Page<ChapterView> listChapters(
            @Parameter(description = "Where to continue: copy it from the previous page's next link")
            @QueryParam("cursor") String cursor,
            @Parameter(description = "Page size, 1 to 100 (default 20)",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
            @QueryParam("limit") @PageLimit String limit,
            UriInfo uri) {
        String after = cursor == null || cursor.isBlank() ? null : PageCursor.decode(cursor, 1).get(0);
        int size = PageLimit.Value.of(limit);
        List<Chapter> found = chapters.list(after, size + 1);
        Optional<String> next = Optional.empty();
        if (found.size() > size) {
            found = found.subList(0, size);
            next = Optional.of(PageCursor.encode(found.get(size - 1).slug));
        }
        return Page.of(found.stream().map(ChapterView::of).toList(), next, uri);
    }

    @GET
    @Path("/{slug}")
    @PermitAll
    @Operation(summary = "Read a chapter by its slug, with its organizers")
    @APIResponse(responseCode = "200", description = "The chapter", content = @Content(schema = @Schema(implementation = ChapterDetails.class)))
    public ChapterDetails getChapter(@PathParam("slug") String slug) {
        return chapters.find(slug).map(ChapterDetails::of).orElseThrow(() -> ProblemException.notFound("Chapter", slug));
    }
}
