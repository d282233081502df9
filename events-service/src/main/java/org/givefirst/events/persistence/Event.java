package org.givefirst.events.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import org.givefirst.events.domain.EventAccess;
import org.givefirst.events.domain.EventSchedule;
import org.givefirst.platform.contracts.EventFormat;
import org.givefirst.platform.contracts.EventStatus;
import org.givefirst.platform.contracts.Visibility;

/** A gathering a member hosts for a chapter. */
@Entity
@Table(name = "event")
public class Event extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String chapter;

    /** Null once the host was erased. */
    @Column(name = "host_id")
    public UUID hostId;

    @Column(nullable = false)
    public String title;

    public String description;

    @Convert(converter = Converters.FormatConverter.class)
    @Column(nullable = false)
    public EventFormat format;

    @Column(name = "starts_at", nullable = false)
    public Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    public Instant endsAt;

    @Column(name = "time_zone", nullable = false)
    public String timeZone;

    public String venue;

    public String cause;

    @Column(nullable = false)
    public int capacity;

    @Column(name = "seats_taken", nullable = false)
    public int seatsTaken;

    /** Ticket of the last party that joined the waitlist: a newcomer gets the next one (kept under the row lock). */
    @Column(name = "waitlist_tail", nullable = false)
    public long waitlistTail;

    /** Parties waiting now: a newcomer's place in line is one more (kept under the row lock). */
    @Column(name = "waitlist_length", nullable = false)
    public int waitlistLength;

    /** When the {@code event.reminder} fact was written; null until then, and again after a change of start. */
    @Column(name = "reminder_sent_at")
    public Instant reminderSentAt;

    @Convert(converter = Converters.VisibilityConverter.class)
    @Column(nullable = false)
    public Visibility visibility;

    @Convert(converter = Converters.StatusConverter.class)
    @Column(nullable = false)
    public EventStatus status;

    @Column(nullable = false)
    public int revision;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "published_at")
    public Instant publishedAt;

    /** The series this event is an occurrence of, or null for a one-off gathering. */
    @Column(name = "series_id")
    public UUID seriesId;

    /** Where the series' rule put this occurrence (its RECURRENCE-ID), whatever edits moved it since. */
    @Column(name = "original_start")
    public Instant originalStart;

    /** Reads the event and locks its row until the transaction ends: RSVP changes of one event run one at a time. */
    public static Optional<Event> findForUpdate(UUID id) {
        return Optional.ofNullable(findById(id, LockModeType.PESSIMISTIC_WRITE));
    }

    /**
     * Published events starting after {@code now} and by {@code dueBy} whose reminder was not sent,
     * by start, locked; rows another transaction holds (an RSVP, another replica's claim) are skipped.
     */
    public static java.util.List<Event> claimDueReminders(Instant now, Instant dueBy, int count) {
        return Event.<Event>find("status = ?1 and reminderSentAt is null and startsAt > ?2 and startsAt <= ?3 order by startsAt, id",
                        EventStatus.PUBLISHED, now, dueBy)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .withHint("jakarta.persistence.lock.timeout", SKIP_LOCKED)
                .page(0, count)
                .list();
    }

    /** Hibernate's lock timeout meaning "skip rows locked by others" ({@code org.hibernate.LockOptions.SKIP_LOCKED}). */
    private static final int SKIP_LOCKED = -2;

    public EventSchedule schedule() {
        return new EventSchedule(startsAt, endsAt, ZoneId.of(timeZone));
    }

    public void reschedule(EventSchedule schedule) {
        startsAt = schedule.startsAt();
        endsAt = schedule.endsAt();
        timeZone = schedule.zone().getId();
    }

    public EventAccess.Subject accessSubject() {
        return new EventAccess.Subject(chapter, hostId, visibility, status);
    }

    public int seatsLeft() {
        return capacity - seatsTaken;
    }

    /** Marks a change that readers and calendars should see. */
    public void touch(Instant now) {
        updatedAt = now;
        revision++;
    }
}
