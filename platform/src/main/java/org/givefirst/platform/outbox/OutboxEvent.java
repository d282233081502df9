package org.givefirst.platform.outbox;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A fact waiting to be relayed to Kafka. It is written in the same transaction as the change it
 * describes, so the change and its fact are stored together or not at all.
 */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent extends PanacheEntityBase {

    /** Order of writing; the relay sends in this order, which keeps every key's facts in order. */
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long position;

    /** The CloudEvent id, which consumers deduplicate on. */
    @Column(name = "event_id", nullable = false, unique = true)
    public UUID eventId;

    @Column(nullable = false)
    public String topic;

    /** The Kafka record key: the aggregate id. */
    @Column(name = "aggregate_key", nullable = false)
    public String aggregateKey;

    @Column(name = "event_type", nullable = false)
    public String eventType;

    public String subject;

    @Column(name = "occurred_at", nullable = false)
    public OffsetDateTime occurredAt;

    /** The CloudEvent data, as JSON. */
    @Column(nullable = false, columnDefinition = "text")
    public String payload;

    @Column(name = "sent_at")
    public OffsetDateTime sentAt;
}
