package org.givefirst.webhooks.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.givefirst.platform.paging.Page;
import org.givefirst.platform.paging.PageLimit;
import org.givefirst.platform.problem.ProblemException;
import org.givefirst.platform.security.Roles;
import org.givefirst.webhooks.rest.EndpointViews.EndpointView;
import org.givefirst.webhooks.rest.EndpointViews.RegisteredEndpoint;
import org.givefirst.webhooks.service.EndpointService;

@Path("/api/v1/webhook-endpoints")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ORGANIZER, Roles.ADMIN})
@SecurityRequirement(name = "bearer")
@Tag(name = "Webhook endpoints", description = "Receivers organizers register for their chapter, and the facts each one receives")
public class EndpointResource {

    static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";

    private final EndpointService endpoints;

    public EndpointResource(EndpointService endpoints) {
        this.endpoints = endpoints;
    }

    @Schema(name = "NewWebhookEndpoint")
    public record NewEndpoint(
            @NotBlank @Size(max = 100) @Pattern(regexp = SLUG) @Schema(example = "lisbon") String chapter,
            @NotBlank @Size(max = 2000) @Schema(example = "https://lisbon.example.org/givefirst/webhooks") String url,
            @Size(max = 500) @Schema(example = "RSVPs to the chapter website's mailer") String description,
            @NotEmpty @Size(max = 30) List<@NotBlank String> factTypes) {
    }

    @Schema(name = "WebhookEndpointChange", description = "Fields left out stay as they are")
    public record EndpointChange(@Size(min = 1, max = 2000) String url, @Size(max = 500) String description,
                                 @Size(min = 1, max = 30) List<@NotBlank String> factTypes,
                                 @Schema(description = "true enables a disabled endpoint (what waited is sent), false pauses it")
                                 Boolean enabled) {
    }

    @Schema(name = "SecretRotation")
    public record SecretRotation(
            @Schema(description = "How long the previous secret keeps signing beside the new one (ISO 8601, at most P7D)",
                    example = "PT24H", defaultValue = "PT24H") String overlap) {
    }

    @POST
    @Operation(summary = "Register an endpoint for a chapter (its organizers, admins)",
            description = "The URL must be https and reach only public addresses (outside the local run). The answer "
                    + "holds the endpoint's signing secret, shown this once.")
    @APIResponse(responseCode = "201", description = "Registered", headers = @Header(name = "Location", description = "The endpoint", schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(schema = @Schema(implementation = RegisteredEndpoint.class)))
    public Response createEndpoint(@Valid @NotNull NewEndpoint request, UriInfo uri) {
        EndpointService.WithSecret created = endpoints.register(request.chapter(), request.url(), request.description(), request.factTypes());
        return Response.created(uri.getAbsolutePathBuilder().path(created.endpoint().id.toString()).build())
                .entity(new RegisteredEndpoint(EndpointView.of(created.endpoint()), created.secret())).build();
    }

    @GET
    @Operation(summary = "List the endpoints the caller manages (of one chapter, or of all theirs)")
    @APIResponse(responseCode = "200", description = "A page of endpoints")
    public Page<EndpointView> listEndpoints(@QueryParam("chapter") @Pattern(regexp = SLUG) String chapter,
                                            @QueryParam("cursor") @Size(max = 200) String cursor,
                                            @QueryParam("limit") @PageLimit String limit, UriInfo uri) {
        EndpointService.EndpointPage page = endpoints.list(chapter, cursor, PageLimit.Value.of(limit));
        return Page.of(page.endpoints().stream().map(EndpointView::of).toList(), page.next(), uri);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read an endpoint, with why it is disabled when it is")
    @APIResponse(responseCode = "200", description = "The endpoint", content = @Content(schema = @Schema(implementation = EndpointView.class)))
    public EndpointView getEndpoint(@PathParam("id") UUID id) {
        return EndpointView.of(endpoints.get(id));
    }

    @PATCH
    @Path("/{id}")
    @Operation(summary = "Change an endpoint's URL, description or fact types, or enable or disable it")
    @APIResponse(responseCode = "200", description = "The endpoint", content = @Content(schema = @Schema(implementation = EndpointView.class)))
    public EndpointView updateEndpoint(@PathParam("id") UUID id, @Valid @NotNull EndpointChange change) {
        return EndpointView.of(endpoints.change(id, new EndpointService.Change(change.url(), change.description(),
                change.factTypes(), change.enabled())));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Remove an endpoint and its delivery log")
    @APIResponse(responseCode = "204", description = "Removed")
    public void deleteEndpoint(@PathParam("id") UUID id) {
        endpoints.remove(id);
    }

    @POST
    @Path("/{id}/secret-rotations")
    @Operation(summary = "Give an endpoint a new secret, shown this once",
            description = "During the overlap, every delivery carries two signatures (webhook-signature: \"v1,new v1,old\"), so the "
                    + "receiver can switch to the new secret without missing a delivery.")
    @APIResponse(responseCode = "200", description = "Rotated", content = @Content(schema = @Schema(implementation = RegisteredEndpoint.class)))
    public RegisteredEndpoint rotateEndpointSecret(@PathParam("id") UUID id, @Valid SecretRotation request) {
        Duration overlap = parseOverlap(request == null ? null : request.overlap());
        EndpointService.WithSecret rotated = endpoints.rotate(id, overlap);
        return new RegisteredEndpoint(EndpointView.of(rotated.endpoint()), rotated.secret());
    }

    private static Duration parseOverlap(String text) {
        if (text == null || text.isBlank()) {
            return Duration.ofHours(24);
        }
        try {
            return Duration.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid("overlap", "must be an ISO 8601 duration such as PT24H");
        }
    }
}
