package org.givefirst.platform.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.givefirst.platform.testing.Contracts;
import org.junit.jupiter.api.Test;

/** The wire enums are written the way the schemas of the facts that carry them say. */
class WireNamesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aWireNameIsTheLowerSnakeCaseNameInJsonAndBack() throws Exception {
        assertEquals("\"walk_run_hike\"", JSON.writeValueAsString(EventFormat.WALK_RUN_HIKE));
        assertEquals(Visibility.INVITE_ONLY, JSON.readValue("\"invite_only\"", Visibility.class));
        assertEquals(OfferKind.CONTACTS, OfferKind.fromWireName("contacts").orElseThrow());
        assertEquals(java.util.Optional.empty(), EventFormat.fromWireName("WALK_RUN_HIKE"));
        assertEquals(RsvpChange.PROMOTED, RsvpChange.fromWireName("promoted").orElseThrow());
        assertEquals(RsvpChange.WAITLISTED, RsvpChange.of(RsvpStatus.WAITLISTED));
    }

    @Test
    void theMemberProfileSchemaListsTheFormatsAndOfferKinds() {
        JsonNode schema = Contracts.read(Contracts.message(FactTypes.MEMBER_UPDATED).dataSchema());
        assertEquals(wireNames(EventFormat.values(), EventFormat::wireName),
                texts(schema.path("properties").path("preferences").path("properties").path("formats").path("items").path("enum")));
        assertEquals(wireNames(OfferKind.values(), OfferKind::wireName),
                texts(schema.path("properties").path("offers").path("items").path("properties").path("kind").path("enum")));
    }

    @Test
    void theEventSummarySchemaListsTheFormatsVisibilitiesAndStatuses() {
        JsonNode summary = Contracts.read(Contracts.docs().resolve("events/events/event-summary.v1.schema.json")).path("properties");
        assertEquals(wireNames(EventFormat.values(), EventFormat::wireName), texts(summary.path("format").path("enum")));
        assertEquals(wireNames(Visibility.values(), Visibility::wireName), texts(summary.path("visibility").path("enum")));
        assertEquals(wireNames(EventStatus.values(), EventStatus::wireName), texts(summary.path("status").path("enum")));
    }

    @Test
    void theRsvpChangedSchemaListsTheRsvpChanges() {
        JsonNode schema = Contracts.read(Contracts.message(FactTypes.RSVP_CHANGED).payloadSchema());
        assertEquals(wireNames(RsvpChange.values(), RsvpChange::wireName),
                texts(schema.path("properties").path("data").path("properties").path("status").path("enum")));
    }

    private static <E> List<String> wireNames(E[] values, Function<E, String> name) {
        return Arrays.stream(values).map(name).toList();
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }
}
