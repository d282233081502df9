package org.givefirst.platform.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A REST contract between services, as a file in {@code docs/contracts/}: each interaction is a
 * request a consumer sends, in a state of the provider, and the part of the answer it relies on.
 * The provider's tests replay every interaction against the real service; the consumers' test
 * stand-ins answer with the same bodies, and their clients are tested to read them. So neither side
 * can change what the other relies on without a test failing.
 */
public final class RestContract {

    private final JsonNode document;

    private RestContract(JsonNode document) {
        this.document = document;
    }

    /** The contract of a provider, e.g. {@code members-service} ({@code docs/contracts/members-service.json}). */
    public static RestContract provider(String provider) {
        return new RestContract(Contracts.read(Contracts.docs().resolve("contracts").resolve(provider + ".json")));
    }

    /** One interaction of the contract. */
    public record Interaction(String consumer, String description, String given, String method, String path,
                              String token, int status, String contentType, JsonNode body) {

        /** The request path with its placeholders filled in. */
        public String path(Map<String, String> values) {
            return fill(path, values);
        }

        /** The body with its placeholders filled in: what the provider must answer (at least). */
        public JsonNode body(Map<String, String> values) {
            return fill(body, values);
        }
    }

    public List<Interaction> interactions() {
        List<Interaction> all = new ArrayList<>();
        for (JsonNode i : document.path("interactions")) {
            JsonNode request = i.path("request");
            JsonNode response = i.path("response");
            all.add(new Interaction(i.path("consumer").asText(), i.path("description").asText(), i.path("given").asText(),
                    request.path("method").asText(), request.path("path").asText(), request.path("token").asText(),
                    response.path("status").asInt(), response.path("contentType").asText(), response.path("body")));
        }
        return all;
    }

    /** The interactions of one consumer. */
    public List<Interaction> consumedBy(String consumer) {
        return interactions().stream().filter(i -> i.consumer().equals(consumer)).toList();
    }

    /** The interaction a consumer describes so; fails when the contract has none. */
    public Interaction interaction(String consumer, String description) {
        return consumedBy(consumer).stream().filter(i -> i.description().equals(description)).findFirst()
                .orElseThrow(() -> new AssertionError("No interaction '" + description + "' of " + consumer));
    }

    /**
     * What is missing or different in an actual answer body: every field of the expected body must be
     * there with the same value (the provider may send more).
     */
    public static List<String> differences(JsonNode expected, JsonNode actual) {
        List<String> found = new ArrayList<>();
        compare("", expected, actual, found);
        return found;
    }

    private static void compare(String path, JsonNode expected, JsonNode actual, List<String> found) {
        if (expected.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                JsonNode value = actual == null ? null : actual.get(field.getKey());
                if (value == null) {
                    found.add(path + field.getKey() + " is missing");
                } else {
                    compare(path + field.getKey() + ".", field.getValue(), value, found);
                }
            }
        } else if (!expected.equals(actual)) {
            found.add(path + " is " + actual + ", expected " + expected);
        }
    }

    private static String fill(String text, Map<String, String> values) {
        String filled = text;
        for (Map.Entry<String, String> value : values.entrySet()) {
            filled = filled.replace("{" + value.getKey() + "}", value.getValue());
        }
        return filled;
    }

    private static JsonNode fill(JsonNode node, Map<String, String> values) {
        if (node.isTextual()) {
            return TextNode.valueOf(fill(node.asText(), values));
        }
        if (node.isObject()) {
            ObjectNode copy = ((ObjectNode) node).objectNode();
            node.fields().forEachRemaining(field -> copy.set(field.getKey(), fill(field.getValue(), values)));
            return copy;
        }
        return node.deepCopy();
    }
}
