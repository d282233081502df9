package org.givefirst.events.domain;

import com.fasterxml.jackson.annotation.JsonValue;

public enum RsvpStatus {
    GOING, WAITLISTED, CANCELLED;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
