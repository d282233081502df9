package org.givefirst.webhooks.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.givefirst.webhooks.persistence.Endpoint;

/** What the API answers about endpoints: never the secret, except once in {@link RegisteredEndpoint}. */
final class EndpointViews {

    private EndpointViews() {
    }

    @Schema(name = "WebhookEndpoint")
    record EndpointView(UUID id, @Schema(example = "lisbon") String chapter,
                        @Schema(example = "https://lisbon.example.org/givefirst/webhooks") String url,
                        String description,
                        @Schema(example = "[\"org.givefirst.rsvp.changed.v1\"]") List<String> factTypes,
                        boolean enabled,
                        @Schema(description = "Why the endpoint was disabled (by its organizer, or because every delivery failed for a day)")
                        String disabledReason,
                        Instant disabledAt,
                        @Schema(description = "Until when the previous secret still signs beside the current one")
                        Instant previousSecretUntil,
                        Instant lastSuccessAt,
                        Instant createdAt) {

        static EndpointView of(Endpoint e) {
            return new EndpointView(e.id, e.chapter, e.url, e.description, List.copyOf(e.factTypes), e.enabled,
                    e.disabledReason, e.disabledAt, e.previousSecretUntil, e.lastSuccessAt, e.createdAt);
        }
    }

    @Schema(name = "RegisteredWebhookEndpoint", description = "The endpoint, and its secret: shown this once, keep it")
    record RegisteredEndpoint(EndpointView endpoint,
                              @Schema(example = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw") String secret) {
    }
}
