package org.givefirst.matching.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A member's latest RSVP to an event. */
@Entity
@Table(name = "rsvp_view")
@IdClass(RsvpView.Key.class)
public class RsvpView extends PanacheEntityBase {

    /** RSVP statuses that mean the member has a seat. */
    public static final Set<String> SEATED = Set.of("going", "promoted");

    @Id
    @Column(name = "event_id")
    public UUID eventId;

    @Id
    @Column(name = "member_id")
    public UUID memberId;

    @Column(nullable = false)
    public String status;

    @Column(name = "brings_guest", nullable = false)
    public boolean bringsGuest;

    public Integer position;

    public boolean seated() {
        return SEATED.contains(status);
    }

    public static List<RsvpView> seatedAt(UUID eventId) {
        return list("eventId = ?1 and status in ?2 order by memberId", eventId, SEATED);
    }

    /** The composite key: one row per event and member. */
    public static class Key implements Serializable {
        public UUID eventId;
        public UUID memberId;

        public Key() {
        }

        public Key(UUID eventId, UUID memberId) {
            this.eventId = eventId;
            this.memberId = memberId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && java.util.Objects.equals(eventId, k.eventId)
                    && java.util.Objects.equals(memberId, k.memberId);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(eventId, memberId);
        }
    }
}
