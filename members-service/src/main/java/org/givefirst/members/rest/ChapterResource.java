package org.givefirst.members.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.ZoneId;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.givefirst.members.domain.Chapter;
import org.givefirst.members.service.ChapterService;
import org.givefirst.platform.problem.Problem;
import org.givefirst.platform.problem.ProblemException;
import org.givefirst.platform.security.Roles;

@Path("/api/v1/chapters")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Chapters", description = "Local groups of members")
public class ChapterResource {

    private final ChapterService chapters;

    public ChapterResource(ChapterService chapters) {
        this.chapters = chapters;
    }

    @Schema(name = "NewChapter")
    public record NewChapter(
            @NotBlank @Size(max = 60) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "must be lower-case words joined by hyphens")
            @Schema(example = "lisbon") String slug,
            @NotBlank @Size(max = 120) @Schema(example = "Givefirst Lisbon") String name,
            @NotBlank @Size(max = 120) @Schema(example = "Lisbon") String city,
            @NotBlank @Size(max = 60) @Schema(example = "Europe/Lisbon") String timeZone) {
    }

    @Schema(name = "Chapter")
    public record ChapterView(String id, String slug, String name, String city, String timeZone) {
        static ChapterView of(Chapter c) {
            return new ChapterView(c.id.toString(), c.slug, c.name, c.city, c.timeZone);
        }
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Create a chapter (admin)")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = ChapterView.class)))
    @APIResponse(responseCode = "400", description = "Invalid chapter", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an admin", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Slug taken", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@Valid @jakarta.validation.constraints.NotNull NewChapter request, UriInfo uri) {
        try {
            ZoneId.of(request.timeZone());
        } catch (RuntimeException e) {
            throw ProblemException.badRequest("timeZone '" + request.timeZone() + "' is not an IANA time zone");
        }
        Chapter chapter = chapters.create(request.slug(), request.name(), request.city(), request.timeZone());
        return Response.created(uri.getAbsolutePathBuilder().path(chapter.slug).build())
                .entity(ChapterView.of(chapter))
                .build();
    }

    @GET
    @PermitAll
    @Operation(summary = "List chapters")
    public List<ChapterView> list() {
        return chapters.list().stream().map(ChapterView::of).toList();
    }

    @GET
    @Path("/{slug}")
    @PermitAll
    @Operation(summary = "Read a chapter by its slug")
    @APIResponse(responseCode = "200", description = "The chapter", content = @Content(schema = @Schema(implementation = ChapterView.class)))
    @APIResponse(responseCode = "404", description = "No such chapter", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ChapterView get(@PathParam("slug") String slug) {
        return chapters.find(slug).map(ChapterView::of).orElseThrow(() -> ProblemException.notFound("Chapter", slug));
    }
}
