package org.givefirst.platform.contracts;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;

/** What kind of thing a member can give. */
public enum OfferKind {
    /** Something they can do: "negotiating leases", "Postgres performance tuning". */
    SKILL,
    /** Something they know about: a market, a regulation, a city. */
    KNOWLEDGE,
    /** People they can introduce: "buyers at regional grocery chains". */
    CONTACTS,
    /** Something they have: a meeting room, a van, mentoring time. */
    RESOURCE;

    @JsonValue
    public String wireName() {
        return WireName.of(this);
    }

    public static Optional<OfferKind> fromWireName(String value) {
        return WireName.parse(OfferKind.class, value);
    }
}
