package org.givefirst.matching.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An event as published by events-service (only what matching needs). */
@Entity
@Table(name = "event_view")
public class EventView extends PanacheEntityBase {

    public static final String PUBLISHED = "published";
    public static final String CANCELLED = "cancelled";
    public static final String COMPLETED = "completed";

    public static final String FORMAT_VOLUNTEERING = "volunteering";
    public static final String VISIBILITY_INVITE_ONLY = "invite_only";

    @Id
    @Column(name = "event_id")
    public UUID eventId;

    public String chapter;

    @Column(name = "host_id")
    public UUID hostId;

    public String title;

    public String format;

    @Column(name = "starts_at")
    public OffsetDateTime startsAt;

    @Column(name = "ends_at")
    public OffsetDateTime endsAt;

    @Column(name = "time_zone")
    public String timeZone;

    public Integer capacity;

    public String visibility;

    public String cause;

    @Column(nullable = false)
    public String status;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
