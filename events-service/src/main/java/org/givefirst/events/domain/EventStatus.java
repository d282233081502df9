package org.givefirst.events.domain;

import com.fasterxml.jackson.annotation.JsonValue;

/** Lifecycle: draft → published → completed, or cancelled (from draft or published). */
public enum EventStatus {
    DRAFT, PUBLISHED, CANCELLED, COMPLETED;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
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
