package org.givefirst.events.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Whether a member came to an event, as the host recorded it; a no-show is a record too. */
@Entity
@Table(name = "attendance")
public class Attendance extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "event_id", nullable = false)
    public UUID eventId;

    /** Null once the member was erased. */
    @Column(name = "member_id")
    public UUID memberId;

    @Column(nullable = false)
    public boolean attended;

    @Column(name = "recorded_by")
    public UUID recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    public static Optional<Attendance> find(UUID eventId, UUID memberId) {
        return find("eventId = ?1 and memberId = ?2", eventId, memberId).firstResultOptional();
    }
}
