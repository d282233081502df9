package org.givefirst.platform.contracts;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;

/**
 * The kind of gathering, in members' preferences, events and the facts of both. Small and quiet by
 * design: people who walk, cook, learn or volunteer together meet better than people who swap cards
 * at a mixer.
 */
public enum EventFormat {
    COFFEE, BREAKFAST, LUNCH, DINNER, WALK_RUN_HIKE, VOLUNTEERING, CLASS, BRAINSTORM_CIRCLE, SOCIAL;

    /** The JSON, fact and database name: lower snake case, e.g. {@code walk_run_hike}. */
    @JsonValue
    public String wireName() {
        return WireName.of(this);
    }

    public static Optional<EventFormat> fromWireName(String value) {
        return WireName.parse(EventFormat.class, value);
    }
}
