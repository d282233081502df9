package org.givefirst.matching.persistence;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** The composite key of the read-model rows held once per event and member (RSVPs, attendance). */
public class EventMemberKey implements Serializable {

    public UUID eventId;
    public UUID memberId;

    public EventMemberKey() {
    }

    public EventMemberKey(UUID eventId, UUID memberId) {
        this.eventId = eventId;
        this.memberId = memberId;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EventMemberKey k && Objects.equals(eventId, k.eventId) && Objects.equals(memberId, k.memberId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(eventId, memberId);
    }
}
