package org.givefirst.members.domain;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What kind of thing a member can give. */
public enum OfferKind {
    /** Something they can do: "negotiating leases", "Postgres performance tuning". */
    @JsonProperty("skill") SKILL,
    /** Something they know about: a market, a regulation, a city. */
    @JsonProperty("knowledge") KNOWLEDGE,
    /** People they can introduce: "buyers at regional grocery chains". */
    @JsonProperty("contacts") CONTACTS,
    /** Something they have: a meeting room, a van, mentoring time. */
    @JsonProperty("resource") RESOURCE
}
