package org.givefirst.matching.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Tolerant reading of another service's fact data: unknown fields are ignored, and an absent or
 * null field reads as null (or the given default) instead of failing the consumer.
 */
final class FactData {

    private FactData() {
    }

    static String text(JsonNode data, String field) {
        JsonNode node = data.path(field);
        return node.isNull() || node.isMissingNode() ? null : node.asText();
    }

    /** The first of these fields that has a value. */
    static String firstText(JsonNode data, String... fields) {
        for (String field : fields) {
            String value = text(data, field);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    static Long longValue(JsonNode data, String field) {
        JsonNode node = data.path(field);
        return node.isIntegralNumber() ? node.asLong() : null;
    }

    /**
     * An event format as its wire name ({@link org.givefirst.platform.contracts.EventFormat#wireName},
     * e.g. {@code walk_run_hike}); read tolerantly, so that {@code Walk-Run-Hike} means the same.
     */
    static String format(String value) {
        return value == null ? null : value.strip().toLowerCase(java.util.Locale.ROOT).replace('-', '_');
    }

    static UUID uuid(JsonNode data, String field) {
        String value = text(data, field);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + " is not a UUID: " + value, e);
        }
    }

    static UUID requiredUuid(JsonNode data, String field) {
        UUID value = uuid(data, field);
        if (value == null) {
            throw new IllegalArgumentException("fact data has no " + field);
        }
        return value;
    }

    static Integer integer(JsonNode data, String field) {
        JsonNode node = data.path(field);
        return node.isNumber() || (node.isTextual() && node.asText().matches("-?\\d+")) ? node.asInt() : null;
    }

    static int integer(JsonNode data, String field, int fallback) {
        Integer value = integer(data, field);
        return value == null ? fallback : value;
    }

    static boolean bool(JsonNode data, String field, boolean fallback) {
        JsonNode node = data.path(field);
        return node.isBoolean() ? node.asBoolean() : fallback;
    }

    static OffsetDateTime time(JsonNode data, String field) {
        String value = text(data, field);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field + " is not an RFC 3339 date-time: " + value, e);
        }
    }

    static List<String> strings(JsonNode data, String field) {
        List<String> values = new ArrayList<>();
        JsonNode node = data.path(field);
        if (node.isArray()) {
            node.forEach(item -> {
                if (item.isValueNode() && !item.isNull()) {
                    values.add(item.asText());
                }
            });
        }
        return values;
    }
}
