package org.givefirst.events.domain;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/**
 * The kind of gathering. Small and quiet by design: people who walk, cook, learn or volunteer
 * together meet better than people who swap cards at a mixer.
 */
public enum EventFormat {
    COFFEE, BREAKFAST, LUNCH, DINNER, WALK_RUN_HIKE, VOLUNTEERING, CLASS, BRAINSTORM_CIRCLE, SOCIAL;

    /** The JSON and database name: lower snake case, e.g. {@code walk_run_hike}. */
    @JsonValue
    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Optional<EventFormat> fromWireName(String value) {
        return Arrays.stream(values()).filter(f -> f.wireName().equals(value)).findFirst();
    }
}
