package org.givefirst.webhooks.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.givefirst.webhooks.domain.DeliveryStatus;
import org.givefirst.webhooks.persistence.Delivery;
import org.givefirst.webhooks.persistence.Endpoint;

/**
 * Records a fact's deliveries, one per endpoint subscribed to its type in a chapter it concerns, in
 * the consumer's transaction: a fact is either recorded for every endpoint or, on failure, read again.
 */
@ApplicationScoped
public class FactDeliveries {

    /** A fact to deliver: its CloudEvent id, type and time, the member a profile fact is about. */
    public record Fact(String id, String type, Instant time, UUID memberId) {
    }

    private final Clock clock;

    public FactDeliveries(Clock clock) {
        this.clock = clock;
    }

    /**
     * @param body the CloudEvent as the endpoints receive it
     * @return how many deliveries were recorded
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int record(Fact fact, List<String> chapters, String body) {
        Instant now = clock.instant();
        int recorded = 0;
        for (Endpoint endpoint : Endpoint.subscribed(chapters, fact.type())) {
            Delivery delivery = new Delivery();
            delivery.id = UUID.randomUUID();
            delivery.endpointId = endpoint.id;
            delivery.factId = fact.id();
            delivery.factType = fact.type();
            delivery.factTime = fact.time();
            delivery.memberId = fact.memberId();
            delivery.body = body;
            delivery.status = DeliveryStatus.PENDING.wireName();
            delivery.roundStartedAt = now;
            delivery.nextAttemptAt = now;
            delivery.createdAt = now;
            delivery.persist();
            recorded++;
        }
        return recorded;
    }

    /** An erased member's profile facts held for delivery or replay are forgotten. */
    @Transactional(Transactional.TxType.MANDATORY)
    public long eraseMember(UUID memberId) {
        return Delivery.eraseMember(memberId);
    }
}
