package org.givefirst.platform.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.givefirst.platform.outbox.Topics;
import org.givefirst.platform.testing.Contracts;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/asyncapi.yaml}, the JSON Schemas and samples of {@code docs/events/}, and the
 * {@link FactTypes} catalogue tell one story: every type is listed once, on its topic, with schema
 * files that exist and a sample that conforms to them.
 */
class AsyncApiContractsTest {

    @Test
    void theAsyncApiDocumentListsExactlyTheCataloguedFactTypesOnTheirTopics() {
        assertEquals(FactTypes.all(), List.copyOf(Contracts.messages().keySet()));
        FactTypes.MEMBERS_TOPIC.forEach(type -> assertEquals(Topics.MEMBERS, Contracts.message(type).topic(), type));
        FactTypes.EVENTS_TOPIC.forEach(type -> assertEquals(Topics.EVENTS, Contracts.message(type).topic(), type));
        FactTypes.INTRODUCTIONS_TOPIC.forEach(type -> assertEquals(Topics.INTRODUCTIONS, Contracts.message(type).topic(), type));
    }

    @Test
    void everyMessageNamesSchemaFilesAndASampleThatExist() {
        for (Contracts.Message message : Contracts.messages().values()) {
            assertFalse(message.schemas().isEmpty(), message.type() + " has a schema");
            assertTrue(message.payloadSchema() != null || message.envelope() != null && message.dataSchema() != null,
                    message.type() + " describes the whole CloudEvent");
            for (Path schema : message.schemas()) {
                assertTrue(Files.isRegularFile(schema), message.type() + ": " + schema + " exists");
                assertEquals("https://json-schema.org/draft/2020-12/schema", Contracts.read(schema).path("$schema").asText(),
                        schema + " is a JSON Schema 2020-12");
            }
            assertNotNull(message.sample(), message.type() + " has a sample");
            assertTrue(Files.isRegularFile(message.sample()), message.type() + ": " + message.sample() + " exists");
        }
    }

    @Test
    void everySampleIsOfItsTypeAndConformsToItsSchemas() {
        for (Contracts.Message message : Contracts.messages().values()) {
            JsonNode sample = Contracts.sample(message.type());
            assertEquals(message.type(), sample.path("type").asText(), message.sample() + " is a sample of its type");
            Contracts.assertConforms(sample);
        }
    }

    @Test
    void aSampleWithAFieldTooManyOrTooFewDoesNotConform() {
        for (String type : List.of(FactTypes.MEMBER_UPDATED, FactTypes.RSVP_CHANGED, FactTypes.INTRODUCTION_MADE)) {
            ObjectNode leaking = Contracts.sample(type).deepCopy();
            ((ObjectNode) leaking.path("data")).put("email", "leak@example.org");
            assertFalse(Contracts.violations(leaking).isEmpty(), type + " refuses a field it does not define");
            ObjectNode untyped = Contracts.sample(type).deepCopy();
            untyped.remove("id");
            assertFalse(Contracts.violations(untyped).isEmpty(), type + " requires the CloudEvent id");
        }
    }

    @Test
    void everySchemaFileIsUsedByAMessageOrByAnotherSchema() throws IOException {
        Set<Path> used = new HashSet<>();
        Contracts.messages().values().forEach(message -> used.addAll(message.schemas()));
        List<Path> schemas;
        try (Stream<Path> files = Files.walk(Contracts.docs().resolve("events"))) {
            schemas = files.filter(file -> file.toString().endsWith(".schema.json")).map(Path::normalize).toList();
        }
        Set<String> referenced = new TreeSet<>();
        for (Path schema : schemas) {
            collectRefs(Contracts.read(schema), referenced);
        }
        List<Path> unused = new ArrayList<>();
        for (Path schema : schemas) {
            if (!used.contains(schema) && !referenced.contains(schema.getFileName().toString())) {
                unused.add(schema);
            }
        }
        assertEquals(List.of(), unused, "schema files no message of docs/asyncapi.yaml uses");
    }

    private static void collectRefs(JsonNode node, Set<String> refs) {
        if (node.isObject()) {
            JsonNode ref = node.get("$ref");
            if (ref != null && ref.isTextual() && !ref.asText().startsWith("#")) {
                refs.add(Path.of(ref.asText()).getFileName().toString());
            }
            node.elements().forEachRemaining(child -> collectRefs(child, refs));
        } else if (node.isArray()) {
            node.elements().forEachRemaining(child -> collectRefs(child, refs));
        }
    }
}
