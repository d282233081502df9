package org.givefirst.matching.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/** Tables computed for an event; the latest one is the event's seating. */
@Entity
@Table(name = "seating")
public class Seating extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "event_id", nullable = false)
    public UUID eventId;

    @Column(name = "table_size", nullable = false)
    public int tableSize;

    @Column(nullable = false)
    public long seed;

    @Column(name = "total_score", nullable = false)
    public double totalScore;

    @Column(name = "random_score", nullable = false)
    public double randomScore;

    @Column(nullable = false)
    public int swaps;

    @Column(name = "requested_by", nullable = false)
    public String requestedBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    public static Optional<Seating> latestOf(UUID eventId) {
        return find("eventId = ?1 order by createdAt desc, id", eventId).firstResultOptional();
    }
}
