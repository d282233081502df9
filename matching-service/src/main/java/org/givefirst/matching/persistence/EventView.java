package org.givefirst.matching.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.givefirst.platform.contracts.EventFormat;
import org.givefirst.platform.contracts.EventStatus;
import org.givefirst.platform.contracts.Visibility;

/** An event as published by events-service (only what matching needs). */
@Entity
@Table(name = "event_view")
public class EventView extends PanacheEntityBase {

    // The wire names of the catalogue, as events-service's facts carry them and this table stores them.
    public static final String PUBLISHED = EventStatus.PUBLISHED.wireName();
    public static final String CANCELLED = EventStatus.CANCELLED.wireName();
    public static final String COMPLETED = EventStatus.COMPLETED.wireName();

    public static final String FORMAT_VOLUNTEERING = EventFormat.VOLUNTEERING.wireName();
    public static final String VISIBILITY_INVITE_ONLY = Visibility.INVITE_ONLY.wireName();

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
