package org.givefirst.events.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.givefirst.events.domain.Seating;
import org.givefirst.platform.contracts.RsvpStatus;

/** A member's answer to an event: going (seated), waitlisted, or cancelled. */
@Entity
@Table(name = "rsvp")
public class Rsvp extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "event_id", nullable = false)
    public UUID eventId;

    /** Null once the member was erased. */
    @Column(name = "member_id")
    public UUID memberId;

    @Convert(converter = Converters.RsvpStatusConverter.class)
    @Column(nullable = false)
    public RsvpStatus status;

    @Column(name = "brings_guest", nullable = false)
    public boolean bringsGuest;

    @Column(name = "guest_name")
    public String guestName;

    public String note;

    /** Ticket while waitlisted: the event's {@code waitlistTail} when it joined; only the order matters. */
    @Column(name = "waitlist_order")
    public Long waitlistOrder;

    /** The place in line the member was last told (null when not waitlisted). */
    @Column(name = "told_position")
    public Integer toldPosition;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public int seats() {
        return Seating.seatsFor(bringsGuest);
    }

    public boolean isActive() {
        return status == RsvpStatus.GOING || status == RsvpStatus.WAITLISTED;
    }

    public static Optional<Rsvp> find(UUID eventId, UUID memberId) {
        return find("eventId = ?1 and memberId = ?2", eventId, memberId).firstResultOptional();
    }

    /** The whole line, in order (for the host's view; changes read only its head). */
    public static List<Rsvp> waitlist(UUID eventId) {
        return list("eventId = ?1 and status = ?2 order by waitlistOrder", eventId, RsvpStatus.WAITLISTED);
    }

    /**
     * The next {@code count} waiting parties behind ticket {@code afterTicket} (0 for the head of the
     * line), locked: an index range scan of {@code rsvp_waitlist_ticket}, whatever the line's length.
     */
    public static List<Rsvp> waitlistHead(UUID eventId, long afterTicket, int count) {
        return find("eventId = ?1 and status = ?2 and waitlistOrder > ?3 order by waitlistOrder", eventId, RsvpStatus.WAITLISTED,
                afterTicket)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .page(0, count)
                .list();
    }

    /**
     * 1-based place in line among the event's waitlisted RSVPs: gap-free whatever the stored tickets.
     * Counts the parties ahead (an index-only range scan): for reads; changes know the place from the counters.
     */
    public long waitlistPosition() {
        if (status != RsvpStatus.WAITLISTED) {
            throw new IllegalStateException("Not waitlisted");
        }
        return count("eventId = ?1 and status = ?2 and waitlistOrder <= ?3", eventId, RsvpStatus.WAITLISTED, waitlistOrder);
    }
}
