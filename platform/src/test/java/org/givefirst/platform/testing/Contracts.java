package org.givefirst.platform.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one way Givefirst tests its event contracts: {@code docs/asyncapi.yaml} lists every fact type
 * with its JSON Schema(s) and sample event, and every fact a producer's test reads off a topic, and
 * every sample, is checked against them here. The docs folder is read in place: the services' and
 * platform's Surefire hand its path over as the {@code givefirst.docs} system property.
 */
public final class Contracts {

    /** Schema ids ({@code $id}) start with this; the files are below {@code docs/events/}. */
    static final String SCHEMA_BASE = "https://givefirst.org/schemas/";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Map<Path, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();
    private static volatile Map<String, Message> messages;

    private Contracts() {
    }

    /**
     * One message of the AsyncAPI document.
     *
     * @param type          the CloudEvent type, e.g. {@code org.givefirst.member.updated.v1}
     * @param topic         the Kafka topic it is published on
     * @param payloadSchema the schema of the whole CloudEvent, when the document gives one
     * @param envelope      the schema of the CloudEvent envelope, when the payload is envelope + data
     * @param dataSchema    the schema of {@code data}, when the payload is envelope + data
     * @param sample        the sample event
     */
    public record Message(String type, String topic, Path payloadSchema, Path envelope, Path dataSchema, Path sample) {

        /** Every schema file this message names. */
        public List<Path> schemas() {
            List<Path> files = new ArrayList<>();
            for (Path file : new Path[] {payloadSchema, envelope, dataSchema}) {
                if (file != null) {
                    files.add(file);
                }
            }
            return files;
        }
    }

    /** The {@code docs} folder of the repository. */
    public static Path docs() {
        return Path.of(System.getProperty("givefirst.docs", "../docs")).toAbsolutePath().normalize();
    }

    /** The messages of {@code docs/asyncapi.yaml}, by fact type, in the document's order. */
    public static Map<String, Message> messages() {
        if (messages == null) {
            messages = readAsyncApi();
        }
        return messages;
    }

    /** The message of a fact type; fails when the AsyncAPI document does not list it. */
    public static Message message(String type) {
        Message message = messages().get(type);
        if (message == null) {
            throw new AssertionError(type + " is not a message of docs/asyncapi.yaml");
        }
        return message;
    }

    /** The sample event of a fact type. */
    public static JsonNode sample(String type) {
        return read(message(type).sample());
    }

    /** Fails unless the CloudEvent (a fact read off a topic, or a sample) conforms to the schemas of its type. */
    public static void assertConforms(JsonNode cloudEvent) {
        List<String> violations = violations(cloudEvent);
        assertTrue(violations.isEmpty(), cloudEvent.path("type").asText() + " does not conform to its contract: "
                + violations + " in " + cloudEvent);
    }

    /** What is wrong with a CloudEvent against the schemas of its type; empty when it conforms. */
    public static List<String> violations(JsonNode cloudEvent) {
        Message message = message(cloudEvent.path("type").asText());
        List<String> found = new ArrayList<>();
        if (message.payloadSchema() != null) {
            found.addAll(violations(message.payloadSchema(), cloudEvent));
        }
        if (message.envelope() != null) {
            found.addAll(violations(message.envelope(), cloudEvent));
        }
        if (message.dataSchema() != null) {
            found.addAll(violations(message.dataSchema(), cloudEvent.path("data")));
        }
        return found;
    }

    /** What is wrong with a value against one schema file; empty when it conforms. */
    public static List<String> violations(Path schemaFile, JsonNode value) {
        Set<ValidationMessage> errors = schema(schemaFile).validate(value);
        return errors.stream().map(ValidationMessage::getMessage).sorted().toList();
    }

    /** A JSON file, e.g. a schema or a sample. */
    public static JsonNode read(Path file) {
        try {
            return JSON.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    private static JsonSchema schema(Path file) {
        return SCHEMAS.computeIfAbsent(file.toAbsolutePath().normalize(), path -> {
            // $ref between schema files resolve by $id, which names a place below docs/events/.
            JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012, builder -> builder
                    .schemaMappers(mappers -> mappers.mapPrefix(SCHEMA_BASE, docs().resolve("events").toUri().toString())));
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
            return factory.getSchema(read(path), config);
        });
    }

    private static Map<String, Message> readAsyncApi() {
        Path document = docs().resolve("asyncapi.yaml");
        JsonNode api;
        try {
            api = YAML.readTree(Files.readString(document));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + document, e);
        }
        Map<String, String> topicOfMessage = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> channels = api.path("channels").fields(); channels.hasNext(); ) {
            JsonNode channel = channels.next().getValue();
            for (JsonNode ref : channel.path("messages")) {
                topicOfMessage.put(ref.path("$ref").asText(), channel.path("address").asText());
            }
        }
        Map<String, Message> found = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = api.path("components").path("messages").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            JsonNode message = entry.getValue();
            JsonNode payload = message.path("payload");
            Path whole = file(payload.path("$ref"));
            Path envelope = null;
            Path data = null;
            for (JsonNode part : payload.path("allOf")) {
                if (part.has("$ref")) {
                    envelope = file(part.path("$ref"));
                } else {
                    data = file(part.path("properties").path("data").path("$ref"));
                }
            }
            Path sample = file(message.path("examples").path(0).path("payload").path("$ref"));
            String type = message.path("name").asText();
            found.put(type, new Message(type, topicOfMessage.get("#/components/messages/" + entry.getKey()),
                    whole, envelope, data, sample));
        }
        return found;
    }

    private static Path file(JsonNode ref) {
        return ref.isMissingNode() || ref.asText().isEmpty() ? null : docs().resolve(ref.asText()).normalize();
    }
}
