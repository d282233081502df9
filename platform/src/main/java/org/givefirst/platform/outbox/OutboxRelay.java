package org.givefirst.platform.outbox;

import io.cloudevents.CloudEvent;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.givefirst.platform.messaging.CloudEvents;
import org.givefirst.platform.messaging.FactProducer;
import org.jboss.logging.Logger;

/**
 * Sends the outbox to Kafka, oldest first. A fact is marked sent only after the broker acknowledged
 * it; when the broker is down the pass stops at the first failure and the next pass starts again
 * from there, so nothing is lost and no key's facts overtake each other.
 *
 * <p>One relay runs per database at a time (a PostgreSQL advisory lock), so several replicas of a
 * service do not interleave their sends.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** Advisory lock id: "gfoutbox" as a number. */
    private static final long RELAY_LOCK = 0x67666f7574626f78L;

    private final EntityManager em;
    private final FactProducer producer;
    private final CloudEvents cloudEvents;
    private final OutboxConfig config;
    private final Clock clock;

    public OutboxRelay(EntityManager em, FactProducer producer, CloudEvents cloudEvents, OutboxConfig config, Clock clock) {
        this.em = em;
        this.producer = producer;
        this.cloudEvents = cloudEvents;
        this.config = config;
        this.clock = clock;
    }

    /** Set when the application stops: the database may be gone before the scheduler is. */
    private volatile boolean stopping;

    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
    }

    @Scheduled(every = "${givefirst.outbox.relay-interval:1s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        if (!stopping) {
            relayPending();
        }
    }

    /**
     * Relays what is pending now.
     *
     * @return how many facts were sent
     */
    public int relayPending() {
        int total = 0;
        while (true) {
            PassResult pass = QuarkusTransaction.requiringNew().call(this::relayBatch);
            total += pass.sent();
            if (!pass.mayHaveMore()) {
                return total;
            }
        }
    }

    private PassResult relayBatch() {
        Object locked = em.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                .setParameter(1, RELAY_LOCK)
                .getSingleResult();
        if (!Boolean.TRUE.equals(locked)) {
            return new PassResult(0, false);
        }
        List<OutboxEvent> batch = OutboxEvent.<OutboxEvent>find("sentAt is null order by position")
                .page(0, config.batchSize())
                .list();
        int sent = 0;
        for (OutboxEvent event : batch) {
            if (!send(event)) {
                return new PassResult(sent, false);
            }
            event.sentAt = OffsetDateTime.now(clock);
            sent++;
        }
        return new PassResult(sent, batch.size() == config.batchSize());
    }

    private boolean send(OutboxEvent event) {
        CloudEvent cloudEvent = cloudEvents.toCloudEvent(event);
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(event.topic, event.aggregateKey, cloudEvents.serialize(cloudEvent));
        record.headers().add("content-type", CloudEvents.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        try {
            producer.get().send(record).get(config.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            LOG.warnf("Kafka did not accept fact %s (%s) yet, will retry: %s", event.eventId, event.eventType,
                    e.getCause() != null ? e.getCause().getMessage() : e.getMessage());
            // Abort whatever the producer still holds, so that a fact we will send again cannot
            // also arrive late from this attempt.
            producer.discard();
            return false;
        }
    }

    /** Deletes facts that were relayed longer ago than the retention. */
    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgeRelayed() {
        if (stopping) {
            return;
        }
        OffsetDateTime cutoff = OffsetDateTime.now(clock).minus(config.retention());
        QuarkusTransaction.requiringNew().run(() -> OutboxEvent.delete("sentAt < ?1", cutoff));
    }

    private record PassResult(int sent, boolean mayHaveMore) {
    }
}
