package org.givefirst.platform.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.givefirst.platform.messaging.CloudEvents;
import org.givefirst.platform.messaging.FactProducer;
import org.jboss.logging.Logger;

/**
 * Sends the outbox to Kafka, oldest first, as soon as a transaction that wrote to it commits.
 *
 * <p>A commit wakes the relay ({@link Outbox#publish} fires {@link FactsWritten}, observed after
 * success); a poll every {@code givefirst.outbox.relay-interval} is only the safety net (facts
 * written by another replica, a wake-up lost to a failure). A pass reads up to
 * {@code givefirst.outbox.batch-size} pending facts, hands them all to the producer at once and waits
 * once for the whole batch; a fact is marked sent only after the broker acknowledged it.
 *
 * <p>Order and uniqueness: the producer is idempotent with acks from all in-sync replicas, so the
 * facts of one key (one partition) are appended in the order they were handed over, or not after a
 * failed one. On the first failure the producer is discarded at once — nothing still queued behind a
 * failed fact can arrive later — and the facts not acknowledged stay pending for the next pass, which
 * starts again from the oldest. So when the broker is down REST keeps working, nothing is lost, and
 * no key's facts overtake each other.
 *
 * <p>One relay runs per database at a time (a PostgreSQL advisory lock held for the pass), so several
 * replicas do not interleave their sends; a replica that finds the lock taken tries again shortly.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** Advisory lock id: "gfoutbox" as a number. */
    private static final long RELAY_LOCK = 0x67666f7574626f78L;
    /** How soon to try again when another replica holds the relay lock. */
    private static final long LOCK_RETRY_MILLIS = 50;

    private final EntityManager em;
    private final FactProducer producer;
    private final CloudEvents cloudEvents;
    private final OutboxConfig config;
    private final Clock clock;
    private final Semaphore wakeUps = new Semaphore(0);

    /** Set when the application stops: the database may be gone before the relay thread is. */
    private volatile boolean stopping;
    private Thread worker;

    public OutboxRelay(EntityManager em, FactProducer producer, CloudEvents cloudEvents, OutboxConfig config, Clock clock) {
        this.em = em;
        this.producer = producer;
        this.cloudEvents = cloudEvents;
        this.config = config;
        this.clock = clock;
    }

    /** What {@link Outbox#publish} fires; observed once the writing transaction has committed. */
    public record FactsWritten() {
    }

    void onCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) FactsWritten written) {
        wake();
    }

    /** Asks the relay to look at the outbox now (cheap; many calls before it runs count as one). */
    public void wake() {
        if (wakeUps.availablePermits() == 0) {
            wakeUps.release();
        }
    }

    void onStart(@Observes StartupEvent event) {
        worker = new Thread(this::run, "givefirst-outbox-relay");
        worker.setDaemon(true);
        worker.start();
        wake(); // facts left pending by the last run
    }

    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
        if (worker != null) {
            worker.interrupt();
        }
    }

    private void run() {
        long waitMillis = config.relayInterval().toMillis();
        while (!stopping) {
            try {
                wakeUps.tryAcquire(waitMillis, TimeUnit.MILLISECONDS);
                wakeUps.drainPermits();
            } catch (InterruptedException e) {
                return;
            }
            if (stopping) {
                return;
            }
            try {
                waitMillis = relayPending() == Outcome.LOCKED_ELSEWHERE
                        ? LOCK_RETRY_MILLIS : config.relayInterval().toMillis();
            } catch (RuntimeException e) {
                // The database is unreachable, or a fact cannot be read: the next poll tries again.
                LOG.warnf("Outbox relay pass failed, will retry: %s", e.getMessage());
                waitMillis = config.relayInterval().toMillis();
            }
        }
    }

    /** How a call to {@link #relayPending} ended. */
    public enum Outcome {
        /** Everything pending when the call started was sent (or there was nothing). */
        DONE,
        /** A send failed; the rest stays pending for the next pass. */
        BROKER_UNAVAILABLE,
        /** Another replica is relaying right now. */
        LOCKED_ELSEWHERE
    }

    /** Relays what is pending now, batch after batch, until the outbox is empty or a send fails. */
    public Outcome relayPending() {
        while (true) {
            PassResult pass = QuarkusTransaction.requiringNew().call(this::relayBatch);
            if (pass.outcome() != Outcome.DONE || !pass.mayHaveMore()) {
                return pass.outcome();
            }
        }
    }

    private PassResult relayBatch() {
        Object locked = em.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                .setParameter(1, RELAY_LOCK)
                .getSingleResult();
        if (!Boolean.TRUE.equals(locked)) {
            return new PassResult(Outcome.LOCKED_ELSEWHERE, false);
        }
        List<OutboxEvent> batch = OutboxEvent.<OutboxEvent>find("sentAt is null order by position")
                .page(0, config.batchSize())
                .list();
        if (batch.isEmpty()) {
            return new PassResult(Outcome.DONE, false);
        }
        List<Long> acknowledged = send(batch);
        if (!acknowledged.isEmpty()) {
            em.createQuery("update OutboxEvent set sentAt = :now where position in :positions")
                    .setParameter("now", OffsetDateTime.now(clock))
                    .setParameter("positions", acknowledged)
                    .executeUpdate();
        }
        boolean complete = acknowledged.size() == batch.size();
        return new PassResult(complete ? Outcome.DONE : Outcome.BROKER_UNAVAILABLE,
                complete && batch.size() == config.batchSize());
    }

    /** Hands the whole batch to the producer, then waits once; answers the positions acknowledged. */
    private List<Long> send(List<OutboxEvent> batch) {
        Producer<String, byte[]> kafka;
        List<Future<RecordMetadata>> pending = new ArrayList<>(batch.size());
        try {
            kafka = producer.get();
            for (OutboxEvent event : batch) {
                pending.add(kafka.send(record(event)));
            }
        } catch (RuntimeException e) {
            // The producer refused before sending (e.g. no metadata within max.block.ms): nothing went out
            // after the facts already handed over, which are awaited below like any other.
            failed(batch.get(pending.size()), e);
        }
        long deadline = System.nanoTime() + config.sendTimeout().toNanos();
        List<Long> acknowledged = new ArrayList<>(pending.size());
        boolean failed = false;
        for (int i = 0; i < pending.size(); i++) {
            try {
                pending.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                acknowledged.add(batch.get(i).position);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failed = discardOnce(failed, batch.get(i), e);
            } catch (ExecutionException | TimeoutException e) {
                failed = discardOnce(failed, batch.get(i), e);
            }
        }
        return acknowledged;
    }

    private boolean discardOnce(boolean alreadyFailed, OutboxEvent event, Exception e) {
        if (!alreadyFailed) {
            failed(event, e);
        }
        return true;
    }

    private void failed(OutboxEvent event, Exception e) {
        LOG.warnf("Kafka did not accept fact %s (%s) yet, will retry: %s", event.eventId, event.eventType,
                e.getCause() != null ? e.getCause().getMessage() : e.getMessage());
        // Abort whatever the producer still holds, so that a fact we will send again cannot also
        // arrive late from this attempt, nor one queued behind it overtake it.
        producer.discard();
    }

    private ProducerRecord<String, byte[]> record(OutboxEvent event) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(event.topic, event.aggregateKey,
                cloudEvents.serialize(cloudEvents.toCloudEvent(event)));
        record.headers().add("content-type", CloudEvents.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        return record;
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

    private record PassResult(Outcome outcome, boolean mayHaveMore) {
    }
}
