package org.givefirst.platform.contracts;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;

/** Where a member's RSVP stands: seated, in line, or withdrawn. */
public enum RsvpStatus {
    GOING, WAITLISTED, CANCELLED;

    @JsonValue
    public String wireName() {
        return WireName.of(this);
    }

    public static Optional<RsvpStatus> fromWireName(String value) {
        return WireName.parse(RsvpStatus.class, value);
    }
}
