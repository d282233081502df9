package org.givefirst.matching.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.givefirst.matching.persistence.EventView;
import org.givefirst.matching.service.EventReadModel;
import org.givefirst.platform.messaging.CloudEvents;
import org.givefirst.platform.messaging.IncomingFact;
import org.givefirst.platform.messaging.ProcessedEvents;
import org.jboss.logging.Logger;

/**
 * Keeps the events read model (events, RSVPs, attendance, and the giving they prove) from
 * {@code givefirst.events.v1}: one channel, records of one event (the key) in order, each
 * CloudEvent applied once. Unknown types are recorded as processed and skipped.
 */
@ApplicationScoped
public class EventsConsumer {

    public static final String CONSUMER = "matching-service/events";

    public static final String EVENT_PUBLISHED = "org.givefirst.event.published.v1";
    public static final String EVENT_UPDATED = "org.givefirst.event.updated.v1";
    public static final String EVENT_CANCELLED = "org.givefirst.event.cancelled.v1";
    public static final String EVENT_COMPLETED = "org.givefirst.event.completed.v1";
    public static final String RSVP_CHANGED = "org.givefirst.rsvp.changed.v1";
    public static final String ATTENDANCE_RECORDED = "org.givefirst.attendance.recorded.v1";

    private static final Logger LOG = Logger.getLogger(EventsConsumer.class);

    private final CloudEvents cloudEvents;
    private final ProcessedEvents processed;
    private final EventReadModel events;

    public EventsConsumer(CloudEvents cloudEvents, ProcessedEvents processed, EventReadModel events) {
        this.cloudEvents = cloudEvents;
        this.processed = processed;
        this.events = events;
    }

    @Incoming("events")
    @Blocking
    @Transactional
    public void on(ConsumerRecord<String, byte[]> record) {
        IncomingFact fact = cloudEvents.parse(record.value());
        if (!processed.firstDelivery(CONSUMER, fact.id())) {
            return;
        }
        JsonNode data = fact.data();
        OffsetDateTime at = fact.time() != null ? fact.time() : OffsetDateTime.now(ZoneOffset.UTC);
        switch (fact.type()) {
            case EVENT_PUBLISHED -> events.eventChanged(fields(data), EventView.PUBLISHED, at);
            case EVENT_UPDATED -> events.eventChanged(fields(data), null, at);
            case EVENT_CANCELLED -> events.eventChanged(fields(data), EventView.CANCELLED, at);
            case EVENT_COMPLETED -> events.eventChanged(fields(data), EventView.COMPLETED, at);
            case RSVP_CHANGED -> events.rsvpChanged(fields(data), FactData.requiredUuid(data, "memberId"),
                    FactData.text(data, "status"), FactData.bool(data, "bringsGuest", false),
                    FactData.integer(data, "position"), at);
            case ATTENDANCE_RECORDED -> events.attendanceRecorded(fields(data), FactData.requiredUuid(data, "memberId"),
                    FactData.bool(data, "attended", false), at);
            default -> LOG.debugf("Skipping %s %s: not a type matching-service reads", fact.type(), fact.id());
        }
    }

    /** The event fields of a fact: at the top level of its data, or in a nested {@code event} object. */
    static EventReadModel.EventFields fields(JsonNode fact) {
        JsonNode data = fact;
        if (fact.path("event").isObject()) {
            data = fact.path("event").deepCopy();
            if (!data.hasNonNull("eventId")) {
                ((com.fasterxml.jackson.databind.node.ObjectNode) data).set("eventId", fact.path("eventId"));
            }
        }
        return new EventReadModel.EventFields(FactData.requiredUuid(data, "eventId"), FactData.text(data, "chapter"),
                FactData.uuid(data, "hostId"), FactData.text(data, "title"), FactData.format(FactData.text(data, "format")),
                FactData.time(data, "startsAt"), FactData.time(data, "endsAt"), FactData.text(data, "timeZone"),
                FactData.integer(data, "capacity"), FactData.text(data, "visibility"), FactData.text(data, "cause"),
                FactData.text(data, "status"));
    }
}
