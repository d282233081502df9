package org.givefirst.platform.contracts;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;

/**
 * The {@code status} of an {@code rsvp.changed} fact: what happened to the RSVP. {@link #PROMOTED}
 * is a member moved from the waitlist to a seat; a consumer counts it as going.
 */
public enum RsvpChange {
    GOING, WAITLISTED, PROMOTED, CANCELLED;

    @JsonValue
    public String wireName() {
        return WireName.of(this);
    }

    public static Optional<RsvpChange> fromWireName(String value) {
        return WireName.parse(RsvpChange.class, value);
    }

    public static RsvpChange of(RsvpStatus status) {
        return valueOf(status.name());
    }

    /** Whether the member has a seat after this change. */
    public boolean seated() {
        return this == GOING || this == PROMOTED;
    }
}
