package org.givefirst.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.givefirst.platform.outbox.Topics;
import org.givefirst.platform.testing.Contracts;
import org.givefirst.platform.testing.TopicProbe;

/**
 * Reads what events-service published, and holds it against its contract: every fact read here must
 * conform to the JSON Schema of its type ({@link Contracts}), and can be compared with the documented sample.
 */
final class Facts {

    private Facts() {
    }

    /** Waits until a fact matching the condition is on the events topic under this event's key, and returns it. */
    static TopicProbe.Fact await(String eventId, Predicate<TopicProbe.Fact> condition) {
        TopicProbe.Fact[] found = new TopicProbe.Fact[1];
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).until(() -> {
            List<TopicProbe.Fact> facts = TopicProbe.factsWithKey(Topics.EVENTS, eventId);
            facts.forEach(fact -> Contracts.assertConforms(fact.cloudEvent()));
            found[0] = facts.stream().filter(condition).findFirst().orElse(null);
            return found[0] != null;
        });
        return found[0];
    }

    static Predicate<TopicProbe.Fact> ofType(String type) {
        return fact -> fact.type().equals(type);
    }

    /** The sample CloudEvent of a type, e.g. {@code org.givefirst.event.published.v1}. */
    static JsonNode sample(String type) {
        return Contracts.sample(type);
    }

    /** The fact has the envelope and exactly the data fields (names, nesting) of the documented sample. */
    static void assertShapedLikeSample(TopicProbe.Fact fact) {
        Contracts.assertConforms(fact.cloudEvent());
        JsonNode sample = sample(fact.type());
        assertEquals(sample.path("type").asText(), fact.type());
        assertEquals(sample.path("source").asText(), fact.cloudEvent().path("source").asText());
        assertEquals(fieldNames(sample, ""), fieldNames(fact.cloudEvent(), ""),
                "the published " + fact.type() + " and its documented sample have the same fields");
    }

    private static TreeSet<String> fieldNames(JsonNode node, String prefix) {
        TreeSet<String> names = new TreeSet<>();
        if (node.isObject()) {
            Iterator<String> it = node.fieldNames();
            while (it.hasNext()) {
                String name = it.next();
                names.add(prefix + name);
                names.addAll(fieldNames(node.get(name), prefix + name + "."));
            }
        } else if (node.isArray() && !node.isEmpty()) {
            names.addAll(fieldNames(node.get(0), prefix + "[]."));
        }
        return names;
    }

}
