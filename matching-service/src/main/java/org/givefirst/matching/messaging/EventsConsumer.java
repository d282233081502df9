package org.givefirst.matching.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.givefirst.matching.persistence.EventView;
import org.givefirst.platform.contracts.FactTypes;
import org.givefirst.platform.messaging.FactInbox;
import org.givefirst.platform.messaging.IncomingFact;
import org.jboss.logging.Logger;

/**
 * Keeps the events read model (events, RSVPs, attendance, and the giving they prove) from
 * {@code givefirst.events.v1}: one channel, records of one event (the key) in order, each
 * CloudEvent applied once. Unknown types are recorded as processed and skipped.
 */
@ApplicationScoped
public class EventsConsumer {

    public static final String CONSUMER = "matching-service/events";

    private static final Logger LOG = Logger.getLogger(EventsConsumer.class);

    private final FactInbox inbox;
    private final EventProjection events;
    private final Clock clock;

    public EventsConsumer(FactInbox inbox, EventProjection events, Clock clock) {
        this.inbox = inbox;
        this.events = events;
        this.clock = clock;
    }

    @Incoming("events")
    @Blocking
    @Transactional
    public void on(ConsumerRecord<String, byte[]> record) {
        IncomingFact fact = inbox.claim(CONSUMER, record.value()).orElse(null);
        if (fact == null) {
            return;
        }
        JsonNode data = fact.data();
        OffsetDateTime at = fact.timeOr(clock);
        switch (fact.type()) {
            case FactTypes.EVENT_PUBLISHED -> events.eventChanged(fields(data), EventView.PUBLISHED, at);
            case FactTypes.EVENT_UPDATED -> events.eventChanged(fields(data), null, at);
            case FactTypes.EVENT_CANCELLED -> events.eventChanged(fields(data), EventView.CANCELLED, at);
            case FactTypes.EVENT_COMPLETED -> events.eventChanged(fields(data), EventView.COMPLETED, at);
            case FactTypes.RSVP_CHANGED -> events.rsvpChanged(fields(data), FactData.requiredUuid(data, "memberId"),
                    FactData.text(data, "status"), FactData.bool(data, "bringsGuest", false),
                    FactData.integer(data, "position"), at);
            case FactTypes.ATTENDANCE_RECORDED -> events.attendanceRecorded(fields(data), FactData.requiredUuid(data, "memberId"),
                    FactData.bool(data, "attended", false), at);
            default -> LOG.debugf("Skipping %s %s: not a type matching-service reads", fact.type(), fact.id());
        }
    }

    /** The event fields of a fact: at the top level of its data, or in a nested {@code event} object. */
    static EventProjection.EventFields fields(JsonNode fact) {
        JsonNode data = fact;
        if (fact.path("event").isObject()) {
            data = fact.path("event").deepCopy();
            if (!data.hasNonNull("eventId")) {
                ((com.fasterxml.jackson.databind.node.ObjectNode) data).set("eventId", fact.path("eventId"));
            }
        }
        return new EventProjection.EventFields(FactData.requiredUuid(data, "eventId"), FactData.text(data, "chapter"),
                FactData.uuid(data, "hostId"), FactData.text(data, "title"), FactData.format(FactData.text(data, "format")),
                FactData.time(data, "startsAt"), FactData.time(data, "endsAt"), FactData.text(data, "timeZone"),
                FactData.integer(data, "capacity"), FactData.text(data, "visibility"), FactData.text(data, "cause"),
                FactData.text(data, "status"));
    }
}
