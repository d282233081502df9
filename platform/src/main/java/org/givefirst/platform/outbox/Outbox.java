package org.givefirst.platform.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Where a service records the facts it publishes. {@link #publish} only writes to the outbox table
 * inside the caller's transaction; {@link OutboxRelay} sends to Kafka as soon as that transaction
 * has committed (and never when it rolled back).
 */
@ApplicationScoped
public class Outbox {

    private final ObjectMapper json;
    private final Clock clock;
    private final Event<OutboxRelay.FactsWritten> written;

    public Outbox(ObjectMapper json, Clock clock, Event<OutboxRelay.FactsWritten> written) {
        this.json = json;
        this.clock = clock;
        this.written = written;
    }

    /**
     * Records a fact in the current transaction.
     *
     * @param topic the Kafka topic, one of {@link Topics}
     * @param aggregateId the id of the aggregate the fact is about; the record key, and the CloudEvent subject
     * @param type the CloudEvent type, e.g. {@code org.givefirst.member.updated.v1}
     * @param data the fact's body, serialized as JSON
     * @return the CloudEvent id
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publish(String topic, Object aggregateId, String type, Object data) {
        OutboxEvent event = new OutboxEvent();
        event.eventId = UUID.randomUUID();
        event.topic = topic;
        event.aggregateKey = aggregateId.toString();
        event.subject = aggregateId.toString();
        event.eventType = type;
        event.occurredAt = OffsetDateTime.now(clock);
        try {
            event.payload = json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Fact " + type + " cannot be written as JSON", e);
        }
        event.persist();
        written.fire(new OutboxRelay.FactsWritten());
        return event.eventId;
    }
}
