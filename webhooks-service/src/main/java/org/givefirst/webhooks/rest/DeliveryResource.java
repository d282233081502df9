package org.givefirst.webhooks.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.givefirst.platform.paging.Page;
import org.givefirst.platform.paging.PageLimit;
import org.givefirst.platform.security.Roles;
import org.givefirst.webhooks.domain.DeliveryStatus;
import org.givefirst.webhooks.persistence.Delivery;
import org.givefirst.webhooks.service.DeliveryLog;

@Path("/api/v1/webhook-endpoints/{id}/deliveries")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ORGANIZER, Roles.ADMIN})
@SecurityRequirement(name = "bearer")
@Tag(name = "Webhook deliveries", description = "What was sent to an endpoint, how it went, and replays")
public class DeliveryResource {

    private final DeliveryLog log;

    public DeliveryResource(DeliveryLog log) {
        this.log = log;
    }

    @Schema(name = "WebhookDelivery")
    public record DeliveryView(UUID id,
                               @Schema(description = "The CloudEvent id, sent as webhook-id") String factId,
                               @Schema(example = "org.givefirst.rsvp.changed.v1") String factType,
                               Instant factTime,
                               @Schema(enumeration = {"pending", "delivered", "failed"}) String status,
                               int attempts,
                               Instant nextAttemptAt, Instant lastAttemptAt,
                               @Schema(description = "The receiver's status code; absent when it did not answer") Integer lastStatusCode,
                               String lastError,
                               @Schema(description = "The beginning of the receiver's answer (at most 256 characters)") String responseExcerpt,
                               Long lastDurationMs, Instant deliveredAt, Instant createdAt) {

        static DeliveryView of(Delivery d) {
            return new DeliveryView(d.id, d.factId, d.factType, d.factTime, d.status, d.attempts, d.nextAttemptAt,
                    d.lastAttemptAt, d.lastStatusCode, d.lastError, d.responseExcerpt, d.lastDurationMs, d.deliveredAt, d.createdAt);
        }
    }

    @Schema(name = "WebhookReplay", description = "Facts of a time range (by the fact's time) to send again")
    public record Replay(@NotNull Instant from, @NotNull Instant to,
                         @Schema(description = "Also send again what was delivered (e.g. after the receiver lost its data)")
                         boolean includeDelivered) {
    }

    @Schema(name = "WebhookReplayed")
    public record Replayed(@Schema(description = "How many deliveries were queued again") int deliveries) {
    }

    @GET
    @Operation(summary = "An endpoint's delivery log, newest first")
    @APIResponse(responseCode = "200", description = "A page of deliveries")
    public Page<DeliveryView> listEndpointDeliveries(@PathParam("id") UUID endpointId,
                                                     @QueryParam("status") @Pattern(regexp = "pending|delivered|failed") String status,
                                                     @QueryParam("cursor") @Size(max = 200) String cursor,
                                                     @QueryParam("limit") @PageLimit String limit, UriInfo uri) {
        DeliveryLog.DeliveryPage page = log.list(endpointId, status == null ? null : DeliveryStatus.fromWireName(status),
                cursor, PageLimit.Value.of(limit));
        return Page.of(page.deliveries().stream().map(DeliveryView::of).toList(), page.next(), uri);
    }

    @GET
    @Path("/{deliveryId}")
    @Operation(summary = "One delivery of an endpoint")
    @APIResponse(responseCode = "200", description = "The delivery", content = @Content(schema = @Schema(implementation = DeliveryView.class)))
    public DeliveryView getEndpointDelivery(@PathParam("id") UUID endpointId, @PathParam("deliveryId") UUID deliveryId) {
        return DeliveryView.of(log.get(endpointId, deliveryId));
    }

    @POST
    @Path("/{deliveryId}/replays")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Send a failed delivery again, with the same webhook-id and a new day of retries")
    @APIResponse(responseCode = "202", description = "Queued", content = @Content(schema = @Schema(implementation = DeliveryView.class)))
    @APIResponse(responseCode = "409", description = "The delivery is not failed, or the endpoint is disabled")
    public Response replayDelivery(@PathParam("id") UUID endpointId, @PathParam("deliveryId") UUID deliveryId) {
        return Response.accepted(DeliveryView.of(log.replay(endpointId, deliveryId))).build();
    }

    @POST
    @Path("/replays")
    @Operation(summary = "Send the failed deliveries of a time range again (with includeDelivered, all of them)")
    @APIResponse(responseCode = "202", description = "Queued", content = @Content(schema = @Schema(implementation = Replayed.class)))
    @APIResponse(responseCode = "409", description = "The endpoint is disabled")
    public Response replayDeliveries(@PathParam("id") UUID endpointId, @Valid @NotNull Replay replay) {
        return Response.accepted(new Replayed(log.replayRange(endpointId, replay.from(), replay.to(), replay.includeDelivered()))).build();
    }
}
