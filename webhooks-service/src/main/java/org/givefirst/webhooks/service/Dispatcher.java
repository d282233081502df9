package org.givefirst.webhooks.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.givefirst.webhooks.client.WebhookSender;
import org.givefirst.webhooks.client.WebhookSender.Sent;
import org.givefirst.webhooks.config.WebhooksConfig;
import org.givefirst.webhooks.domain.TargetRules;
import org.givefirst.webhooks.domain.WebhookSecret;
import org.givefirst.webhooks.domain.WebhookSignature;
import org.givefirst.webhooks.persistence.Delivery;
import org.givefirst.webhooks.persistence.Endpoint;
import org.jboss.logging.Logger;

/**
 * Attempts the due deliveries. A pass claims a batch (rows another replica holds are skipped) and
 * moves their next attempt past a lease in that same short transaction, so that a replica that dies
 * mid-attempt leaves them to be tried again; then it sends them concurrently, each to the addresses
 * checked just before, and records each outcome in its own transaction ({@link DeliveryResults}).
 */
@ApplicationScoped
public class Dispatcher {

    private static final Logger LOG = Logger.getLogger(Dispatcher.class);

    /** What one attempt needs, read in the claiming transaction. */
    record Attempt(UUID deliveryId, UUID endpointId, String url, List<WebhookSecret> secrets, String factId, byte[] body) {
    }

    private final WebhookSender sender;
    private final Targets targets;
    private final DeliveryResults results;
    private final WebhooksConfig config;
    private final Clock clock;

    public Dispatcher(WebhookSender sender, Targets targets, DeliveryResults results, WebhooksConfig config, Clock clock) {
        this.sender = sender;
        this.targets = targets;
        this.results = results;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(every = "${givefirst.webhooks.delivery.interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void dispatchDue() {
        try {
            while (dispatchBatch() == config.delivery().batchSize()) {
                // a full batch: there may be more due now
            }
        } catch (RuntimeException e) {
            LOG.warnf("Webhook dispatch pass failed, the next pass tries again: %s", e.toString());
        }
    }

    /** One batch; answers how many deliveries it attempted. */
    int dispatchBatch() {
        List<Attempt> attempts = QuarkusTransaction.requiringNew().call(this::claim);
        List<CompletableFuture<Sent>> running = new ArrayList<>();
        for (Attempt attempt : attempts) {
            running.add(attempt(attempt).toCompletableFuture().completeOnTimeout(
                    new Sent(0, "timed out", null, config.delivery().timeout().toMillis()),
                    config.delivery().timeout().toMillis() * 2, java.util.concurrent.TimeUnit.MILLISECONDS));
        }
        CompletableFuture.allOf(running.toArray(CompletableFuture[]::new)).join();
        // Recorded here, on this worker thread: the answers complete on the event loop, which must not block.
        for (int i = 0; i < attempts.size(); i++) {
            results.record(attempts.get(i).deliveryId(), attempts.get(i).endpointId(), running.get(i).join());
        }
        return attempts.size();
    }

    private List<Attempt> claim() {
        Instant now = clock.instant();
        // Past the longest an attempt can take: until then no pass takes these again.
        Instant lease = now.plus(config.delivery().timeout().multipliedBy(3)).plus(Duration.ofSeconds(30));
        List<Attempt> claimed = new ArrayList<>();
        for (Delivery delivery : Delivery.claimDue(now, config.delivery().batchSize())) {
            delivery.nextAttemptAt = lease;
            Endpoint endpoint = Endpoint.findById(delivery.endpointId);
            List<WebhookSecret> secrets = new ArrayList<>();
            secrets.add(WebhookSecret.parse(endpoint.secret));
            if (endpoint.previousSecret != null && endpoint.previousSecretUntil != null && now.isBefore(endpoint.previousSecretUntil)) {
                secrets.add(WebhookSecret.parse(endpoint.previousSecret));
            }
            claimed.add(new Attempt(delivery.id, endpoint.id, endpoint.url, secrets, delivery.factId,
                    delivery.body.getBytes(StandardCharsets.UTF_8)));
        }
        return claimed;
    }

    private CompletionStage<Sent> attempt(Attempt attempt) {
        TargetRules.Target target;
        try {
            target = targets.check(attempt.url());
        } catch (TargetRules.Refused refused) {
            return CompletableFuture.completedFuture(new Sent(0, "target refused: the URL " + refused.getMessage(), null, 0));
        }
        long timestamp = clock.instant().getEpochSecond();
        Map<String, String> headers = Map.of(
                "webhook-id", attempt.factId(),
                "webhook-timestamp", Long.toString(timestamp),
                "webhook-signature", WebhookSignature.header(attempt.secrets(), attempt.factId(), timestamp, attempt.body()));
        return sender.send(target, headers, attempt.body())
                .exceptionally(e -> new Sent(0, e.toString(), null, 0));
    }
}
