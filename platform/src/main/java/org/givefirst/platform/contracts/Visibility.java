package org.givefirst.platform.contracts;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;

/** Who may see an event and RSVP to it. */
public enum Visibility {
    /** Anyone; listed on the chapter website and in its calendar feed. */
    PUBLIC,
    /** Signed-in members only; never on the public listing or feed. */
    MEMBERS,
    /** Invitees (and the people who manage the event) only. */
    INVITE_ONLY;

    @JsonValue
    public String wireName() {
        return WireName.of(this);
    }

    public static Optional<Visibility> fromWireName(String value) {
        return WireName.parse(Visibility.class, value);
    }
}
