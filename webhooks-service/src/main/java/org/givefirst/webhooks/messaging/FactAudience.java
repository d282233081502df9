package org.givefirst.webhooks.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.Set;
import org.givefirst.platform.messaging.IncomingFact;

/**
 * The body an endpoint receives: the CloudEvent (id, source, type, subject, time, datacontenttype,
 * data), with its data as the chapter's organizers may see it. Facts carry no contact details, and
 * an endpoint only receives the facts of its own chapter (what its organizers see of those members
 * over REST); as a second guard, any field that would hold contact details is removed wherever it is.
 * A member's introduction preferences ("never introduce me to X") travel on the members topic for
 * matching-service only: no organizer sees them, so no delivery carries them.
 */
final class FactAudience {

    /** Field names that hold contact details or private preferences: never part of a delivery. */
    static final Set<String> PRIVATE_FIELDS = Set.of("email", "emails", "contact", "contacts", "phone", "phoneNumber",
            "introductionPreferences");

    private FactAudience() {
    }

    static String body(ObjectMapper json, IncomingFact fact) {
        ObjectNode event = json.createObjectNode();
        event.put("specversion", "1.0");
        event.put("id", fact.id());
        event.put("source", fact.source());
        event.put("type", fact.type());
        if (fact.subject() != null) {
            event.put("subject", fact.subject());
        }
        if (fact.time() != null) {
            event.put("time", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(fact.time()));
        }
        event.put("datacontenttype", "application/json");
        JsonNode data = fact.data() == null ? json.createObjectNode() : fact.data().deepCopy();
        withoutPrivateFields(data);
        event.set("data", data);
        try {
            return json.writeValueAsString(event);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("A parsed fact writes as JSON", e);
        }
    }

    static void withoutPrivateFields(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.remove(PRIVATE_FIELDS);
            for (Iterator<JsonNode> children = object.elements(); children.hasNext(); ) {
                withoutPrivateFields(children.next());
            }
        } else if (node.isArray()) {
            node.forEach(FactAudience::withoutPrivateFields);
        }
    }
}
