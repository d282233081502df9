package org.givefirst.matching.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** Where one member sits in a seating. */
@Entity
@Table(name = "seating_seat")
@IdClass(SeatingSeat.Key.class)
public class SeatingSeat extends PanacheEntityBase {

    @Id
    @Column(name = "seating_id")
    public UUID seatingId;

    @Id
    @Column(name = "member_id")
    public UUID memberId;

    @Column(name = "table_number", nullable = false)
    public int tableNumber;

    /** The score of the member's table when seated (the same on every seat of that table). */
    @Column(name = "table_score", nullable = false)
    public double tableScore;

    /** For a guest's seat: the member who brought them (memberId is then the guest's seat id, not a member). */
    @Column(name = "guest_of")
    public UUID guestOf;

    public static List<SeatingSeat> of(UUID seatingId) {
        return list("seatingId = ?1 order by tableNumber, memberId", seatingId);
    }

    /** The composite key: one seat per member per seating. */
    public static class Key implements Serializable {
        public UUID seatingId;
        public UUID memberId;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(seatingId, k.seatingId) && Objects.equals(memberId, k.memberId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(seatingId, memberId);
        }
    }
}
