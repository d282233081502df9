package org.givefirst.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** docker-compose.yml, read as Compose reads it (anchors and merge keys resolved). */
final class Compose {

    static final String FILE = "docker-compose.yml";

    /** ${VAR}, ${VAR-default}, ${VAR:-default}, and ${VAR?error} / ${VAR:?error} (required, no default). */
    private static final Pattern INTERPOLATION = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?::?([-?])([^}]*))?}");

    /** A value that must come from the environment, Compose refusing to start without it. */
    static final Pattern REQUIRED = Pattern.compile("\\$\\{[A-Za-z_][A-Za-z0-9_]*:\\?[^}]+}");

    private Compose() {
    }

    static JsonNode file() {
        return Yamls.one(Repo.path(FILE));
    }

    static JsonNode service(String name) {
        JsonNode service = file().path("services").path(name);
        if (service.isMissingNode()) {
            throw new AssertionError(FILE + " has no service " + name);
        }
        return service;
    }

    /** A service's environment (map or KEY=VALUE list), with ${VAR:-default} replaced by its default. */
    static Map<String, String> environment(JsonNode service) {
        Map<String, String> environment = new LinkedHashMap<>();
        JsonNode node = service.path("environment");
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> environment.put(e.getKey(), e.getValue().isNull() ? null : e.getValue().asText()));
        } else if (node.isArray()) {
            for (JsonNode entry : node) {
                String text = entry.asText();
                int eq = text.indexOf('=');
                environment.put(eq < 0 ? text : text.substring(0, eq), eq < 0 ? null : text.substring(eq + 1));
            }
        }
        environment.replaceAll((k, v) -> v == null ? null : withDefaults(v));
        return environment;
    }

    /** The raw (uninterpolated) environment of a service. */
    static Map<String, String> rawEnvironment(JsonNode service) {
        Map<String, String> environment = new LinkedHashMap<>();
        service.path("environment").fields().forEachRemaining(e -> environment.put(e.getKey(), e.getValue().asText()));
        return environment;
    }

    /** A value as Compose interpolates it with nothing set in the environment (a required one: empty). */
    static String withDefaults(String value) {
        Matcher matcher = INTERPOLATION.matcher(value);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String fallback = "-".equals(matcher.group(2)) ? matcher.group(3) : "";
            matcher.appendReplacement(out, Matcher.quoteReplacement(fallback));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
