package org.givefirst.events.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The host asks a member to come, optionally with a guest seat: "bring someone I should meet". */
@Entity
@Table(name = "invitation")
public class Invitation extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "event_id", nullable = false)
    public UUID eventId;

    /** Null once the member was erased. */
    @Column(name = "member_id")
    public UUID memberId;

    @Column(name = "invited_by")
    public UUID invitedBy;

    @Column(name = "guest_seat", nullable = false)
    public boolean guestSeat;

    public String note;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public static Optional<Invitation> find(UUID eventId, UUID memberId) {
        if (memberId == null) {
            return Optional.empty();
        }
        return find("eventId = ?1 and memberId = ?2", eventId, memberId).firstResultOptional();
    }
}
