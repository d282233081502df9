package org.givefirst.webhooks.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.random.RandomGenerator;
import org.givefirst.webhooks.client.WebhookSender.Sent;
import org.givefirst.webhooks.config.WebhooksConfig;
import org.givefirst.webhooks.domain.DeliveryStatus;
import org.givefirst.webhooks.domain.EndpointHealth;
import org.givefirst.webhooks.domain.RetrySchedule;
import org.givefirst.webhooks.persistence.Delivery;
import org.givefirst.webhooks.persistence.Endpoint;
import org.jboss.logging.Logger;

/**
 * Records the outcome of an attempt: delivered on a 2xx; otherwise the next attempt by the retry
 * schedule or, when the day of retries is over, failed, and the endpoint disabled when it has accepted
 * nothing since that delivery's round began ({@link EndpointHealth}). Counts the metrics.
 */
@ApplicationScoped
public class DeliveryResults {

    private static final Logger LOG = Logger.getLogger(DeliveryResults.class);

    private final Clock clock;
    private final RetrySchedule schedule;
    private final RandomGenerator random = RandomGenerator.getDefault();
    private final Counter delivered;
    private final Counter failedAttempts;
    private final Counter failed;
    private final Counter disabled;
    private final Timer latency;

    public DeliveryResults(Clock clock, WebhooksConfig config, MeterRegistry registry) {
        this.clock = clock;
        this.schedule = new RetrySchedule(config.retry().initial(), config.retry().max(), config.retry().giveUpAfter());
        this.delivered = Counter.builder("givefirst.webhook.deliveries").tag("outcome", "delivered")
                .description("Webhook deliveries a receiver accepted (2xx)").register(registry);
        this.failedAttempts = Counter.builder("givefirst.webhook.attempts.failed")
                .description("Webhook attempts that failed (no answer, or not 2xx); most are retried").register(registry);
        this.failed = Counter.builder("givefirst.webhook.deliveries").tag("outcome", "failed")
                .description("Webhook deliveries failed after their day of retries").register(registry);
        this.disabled = Counter.builder("givefirst.webhook.endpoints.disabled")
                .description("Endpoints disabled because every delivery failed for a day").register(registry);
        this.latency = Timer.builder("givefirst.webhook.attempt.duration")
                .description("Time from connecting to a receiver to the end of its answer").register(registry);
    }

    @Transactional
    public void record(UUID deliveryId, UUID endpointId, Sent sent) {
        Delivery delivery = Delivery.findById(deliveryId);
        if (delivery == null) {
            return; // the endpoint was removed, or the member erased, during the attempt
        }
        Instant now = clock.instant();
        latency.record(Duration.ofMillis(sent.durationMillis()));
        delivery.attempts++;
        delivery.roundAttempts++;
        delivery.lastAttemptAt = now;
        delivery.lastStatusCode = sent.statusCode() == 0 ? null : sent.statusCode();
        delivery.lastDurationMs = sent.durationMillis();
        delivery.responseExcerpt = sent.excerpt();
        if (sent.accepted()) {
            delivery.status = DeliveryStatus.DELIVERED.wireName();
            delivery.deliveredAt = now;
            delivery.nextAttemptAt = null;
            delivery.lastError = null;
            Endpoint.succeeded(endpointId, now);
            delivered.increment();
            return;
        }
        failedAttempts.increment();
        delivery.lastError = sent.error() != null ? sent.error()
                : "answered " + sent.statusCode() + (sent.statusCode() >= 300 && sent.statusCode() < 400 ? " (redirects are not followed)" : "");
        Optional<Instant> next = schedule.nextAttempt(delivery.roundStartedAt, delivery.roundAttempts, now, random);
        if (next.isPresent()) {
            delivery.nextAttemptAt = next.get();
            return;
        }
        delivery.status = DeliveryStatus.FAILED.wireName();
        delivery.nextAttemptAt = null;
        failed.increment();
        Endpoint endpoint = Endpoint.findById(endpointId);
        if (endpoint != null && endpoint.enabled && EndpointHealth.disableAfterFailure(delivery.roundStartedAt, endpoint.lastSuccessAt)) {
            Instant since = endpoint.lastSuccessAt != null ? endpoint.lastSuccessAt : delivery.roundStartedAt;
            if (Endpoint.disable(endpointId, EndpointHealth.reason(since, delivery.lastError), now)) {
                disabled.increment();
                LOG.warnf("Webhook endpoint %s disabled: every delivery failed since %s", endpointId, since);
            }
        }
    }
}
