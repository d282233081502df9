package org.givefirst.matching.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.UUID;

/** Whether a member came to an event, as recorded by its host. */
@Entity
@Table(name = "attendance_view")
@IdClass(AttendanceView.Key.class)
public class AttendanceView extends PanacheEntityBase {

    @Id
    @Column(name = "event_id")
    public UUID eventId;

    @Id
    @Column(name = "member_id")
    public UUID memberId;

    @Column(nullable = false)
    public boolean attended;

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
