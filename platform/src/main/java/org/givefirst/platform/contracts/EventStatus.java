package org.givefirst.platform.contracts;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;

/** An event's lifecycle: draft → published → completed, or cancelled (from draft or published). */
public enum EventStatus {
    DRAFT, PUBLISHED, CANCELLED, COMPLETED;

    @JsonValue
    public String wireName() {
        return WireName.of(this);
    }

    public static Optional<EventStatus> fromWireName(String value) {
        return WireName.parse(EventStatus.class, value);
    }

    /** Whether the event can still be edited: not once it is over or called off. */
    public boolean isOpen() {
        return this == DRAFT || this == PUBLISHED;
    }

    public boolean canMoveTo(EventStatus next) {
        return switch (next) {
            case PUBLISHED -> this == DRAFT;
            case CANCELLED -> this == DRAFT || this == PUBLISHED;
            case COMPLETED -> this == PUBLISHED;
            case DRAFT -> false;
        };
    }
}
