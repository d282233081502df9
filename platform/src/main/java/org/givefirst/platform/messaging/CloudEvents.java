package org.givefirst.platform.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.cloudevents.CloudEventData;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.jackson.JsonCloudEventData;
import io.cloudevents.jackson.JsonFormat;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import org.givefirst.platform.outbox.OutboxConfig;
import org.givefirst.platform.outbox.OutboxEvent;

/**
 * Reads and writes Givefirst facts as CloudEvents 1.0 in the structured JSON mode: the Kafka record
 * value is the whole event (id, source, type, time, subject, datacontenttype, data).
 */
@ApplicationScoped
public class CloudEvents {

    public static final String CONTENT_TYPE = JsonFormat.CONTENT_TYPE;

    private final JsonFormat format = new JsonFormat();
    private final ObjectMapper json;
    private final URI source;

    public CloudEvents(ObjectMapper json, OutboxConfig config) {
        this.json = json;
        this.source = URI.create(config.source());
    }

    public CloudEvent toCloudEvent(OutboxEvent event) {
        try {
            return CloudEventBuilder.v1()
                    .withId(event.eventId.toString())
                    .withSource(source)
                    .withType(event.eventType)
                    .withSubject(event.subject)
                    .withTime(event.occurredAt)
                    .withDataContentType("application/json")
                    .withData(JsonCloudEventData.wrap(json.readTree(event.payload)))
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException("Outbox payload of " + event.eventId + " is not JSON", e);
        }
    }

    public byte[] serialize(CloudEvent event) {
        return format.serialize(event);
    }

    /**
     * Parses a record value written by {@link #serialize}.
     *
     * @throws IllegalArgumentException when the value is not a CloudEvent with JSON data
     */
    public IncomingFact parse(byte[] value) {
        CloudEvent event;
        try {
            event = format.deserialize(value);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Record is not a structured JSON CloudEvent", e);
        }
        return new IncomingFact(event.getId(), String.valueOf(event.getSource()), event.getType(), event.getSubject(),
                event.getTime(), dataOf(event.getData()));
    }

    private JsonNode dataOf(CloudEventData data) {
        if (data == null) {
            return json.nullNode();
        }
        if (data instanceof JsonCloudEventData jsonData) {
            return jsonData.getNode();
        }
        try {
            return json.readTree(data.toBytes());
        } catch (IOException e) {
            throw new IllegalArgumentException("CloudEvent data is not JSON", e);
        }
    }
}
