package org.givefirst.webhooks.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.givefirst.platform.paging.PageCursor;
import org.givefirst.platform.problem.ProblemException;
import org.givefirst.webhooks.domain.DeliveryStatus;
import org.givefirst.webhooks.persistence.Delivery;
import org.givefirst.webhooks.persistence.Endpoint;

/** An endpoint's delivery log, and replays: of one failed delivery, or of a time range. */
@ApplicationScoped
public class DeliveryLog {

    /** One page of the log and the cursor of the next one. */
    public record DeliveryPage(List<Delivery> deliveries, Optional<String> next) {
    }

    private final Access access;
    private final Clock clock;

    public DeliveryLog(Access access, Clock clock) {
        this.access = access;
        this.clock = clock;
    }

    @Transactional
    public DeliveryPage list(UUID endpointId, DeliveryStatus status, String cursor, int limit) {
        access.endpoint(endpointId);
        Instant beforeCreated = null;
        UUID beforeId = null;
        if (cursor != null) {
            List<String> key = PageCursor.decode(cursor, 2);
            try {
                beforeCreated = Instant.parse(key.get(0));
                beforeId = UUID.fromString(key.get(1));
            } catch (RuntimeException e) {
                throw PageCursor.invalid();
            }
        }
        List<Delivery> page = Delivery.log(endpointId, status == null ? null : status.wireName(), beforeCreated, beforeId, limit + 1);
        Optional<String> next = Optional.empty();
        if (page.size() > limit) {
            Delivery last = page.get(limit - 1);
            next = Optional.of(PageCursor.encode(last.createdAt.toString(), last.id.toString()));
        }
        return new DeliveryPage(page.subList(0, Math.min(limit, page.size())), next);
    }

    @Transactional
    public Delivery get(UUID endpointId, UUID deliveryId) {
        access.endpoint(endpointId);
        Delivery delivery = Delivery.findById(deliveryId);
        if (delivery == null || !delivery.endpointId.equals(endpointId)) {
            throw ProblemException.notFound("Delivery", deliveryId);
        }
        return delivery;
    }

    /** Sends a failed delivery again (same webhook-id), with a new day of retries. */
    @Transactional
    public Delivery replay(UUID endpointId, UUID deliveryId) {
        Delivery delivery = get(endpointId, deliveryId);
        if (!DeliveryStatus.FAILED.wireName().equals(delivery.status)) {
            throw ProblemException.conflict("Only a failed delivery is replayed; this one is " + delivery.status);
        }
        requireEnabled(endpointId);
        Instant now = clock.instant();
        delivery.status = DeliveryStatus.PENDING.wireName();
        delivery.roundStartedAt = now;
        delivery.roundAttempts = 0;
        delivery.nextAttemptAt = now;
        return delivery;
    }

    /** Sends the failed (and with {@code includeDelivered}, the delivered) facts of a time range again. */
    @Transactional
    public int replayRange(UUID endpointId, Instant from, Instant to, boolean includeDelivered) {
        access.endpoint(endpointId);
        if (!from.isBefore(to)) {
            throw ProblemException.invalid("to", "must be after from");
        }
        requireEnabled(endpointId);
        List<String> statuses = includeDelivered
                ? List.of(DeliveryStatus.FAILED.wireName(), DeliveryStatus.DELIVERED.wireName())
                : List.of(DeliveryStatus.FAILED.wireName());
        return Delivery.replayRange(endpointId, from, to, statuses, clock.instant());
    }

    private static void requireEnabled(UUID endpointId) {
        Endpoint endpoint = Endpoint.findById(endpointId);
        if (!endpoint.enabled) {
            throw ProblemException.conflict("The endpoint is disabled: enable it first (" + endpoint.disabledReason + ")");
        }
    }
}
