package org.givefirst.matching.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.givefirst.matching.persistence.AttendanceView;
import org.givefirst.matching.persistence.EventMemberKey;
import org.givefirst.matching.persistence.EventView;
import org.givefirst.matching.persistence.RsvpView;
import org.givefirst.matching.service.GivingLedgers.Kind;
import org.givefirst.matching.service.GivingLedgers;
import org.givefirst.matching.service.MemberQueries;

/**
 * Keeps the read model of events-service's facts (events, RSVPs, attendance) and the giving acts they
 * prove: hosting an event that took place, attending a volunteering event, coming with a guest.
 * Those acts are derived again from the stored state after every change, so a fact applied twice,
 * a no-show recorded after a show, or a cancellation all leave the ledger right.
 */
@ApplicationScoped
public class EventProjection {

    private final EntityManager em;
    private final GivingLedgers ledgers;
    private final MemberQueries members;

    public EventProjection(EntityManager em, GivingLedgers ledgers, MemberQueries members) {
        this.em = em;
        this.ledgers = ledgers;
        this.members = members;
    }

    /**
     * The event fields a fact carries; null fields were absent and leave the stored value unchanged.
     */
    public record EventFields(UUID eventId, String chapter, UUID hostId, String title, String format,
            OffsetDateTime startsAt, OffsetDateTime endsAt, String timeZone, Integer capacity, String visibility,
            String cause, String status) {
    }

    /**
     * {@code event.published|updated|cancelled|completed}: {@code status} is the status the fact's type
     * implies; null (an update) keeps the status the fact carries, or the stored one.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void eventChanged(EventFields fields, String status, OffsetDateTime at) {
        EventView event = merge(fields, at);
        if (status != null) {
            event.status = status;
        }
        em.flush();
        refreshHosting(event);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void rsvpChanged(EventFields fields, UUID memberId, String status, boolean bringsGuest, Integer position,
            OffsetDateTime at) {
        EventView event = merge(fields, at);
        if (members.isErased(memberId)) {
            return;
        }
        RsvpView rsvp = RsvpView.findById(new EventMemberKey(event.eventId, memberId));
        if (rsvp == null) {
            rsvp = new RsvpView();
            rsvp.eventId = event.eventId;
            rsvp.memberId = memberId;
        }
        rsvp.status = status == null ? "going" : status;
        rsvp.bringsGuest = bringsGuest;
        rsvp.position = position;
        rsvp.persist();
        em.flush();
        refreshAttendee(event, memberId);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void attendanceRecorded(EventFields fields, UUID memberId, boolean attended, OffsetDateTime at) {
        EventView event = merge(fields, at);
        if (!members.isErased(memberId)) {
            AttendanceView attendance = AttendanceView.findById(new EventMemberKey(event.eventId, memberId));
            if (attendance == null) {
                attendance = new AttendanceView();
                attendance.eventId = event.eventId;
                attendance.memberId = memberId;
            }
            attendance.attended = attended;
            attendance.persist();
            em.flush();
            refreshAttendee(event, memberId);
        }
        refreshHosting(event);
    }

    /** Removes a member's RSVPs and attendance, and their hosting from the events they hosted. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void eraseMember(UUID memberId) {
        em.createNativeQuery("delete from rsvp_view where member_id = ?1").setParameter(1, memberId).executeUpdate();
        em.createNativeQuery("delete from attendance_view where member_id = ?1").setParameter(1, memberId).executeUpdate();
        em.createNativeQuery("update event_view set host_id = null where host_id = ?1").setParameter(1, memberId).executeUpdate();
    }

    private EventView merge(EventFields fields, OffsetDateTime at) {
        EventView event = EventView.findById(fields.eventId());
        if (event == null) {
            event = new EventView();
            event.eventId = fields.eventId();
            event.status = EventView.PUBLISHED;
        }
        if (fields.status() != null && !"draft".equals(fields.status())) {
            event.status = fields.status();
        }
        if (fields.chapter() != null) {
            event.chapter = fields.chapter();
        }
        if (fields.hostId() != null && !members.isErased(fields.hostId())) {
            event.hostId = fields.hostId();
        }
        if (fields.title() != null) {
            event.title = fields.title();
        }
        if (fields.format() != null) {
            event.format = fields.format();
        }
        if (fields.startsAt() != null) {
            event.startsAt = fields.startsAt();
        }
        if (fields.endsAt() != null) {
            event.endsAt = fields.endsAt();
        }
        if (fields.timeZone() != null) {
            event.timeZone = fields.timeZone();
        }
        if (fields.capacity() != null) {
            event.capacity = fields.capacity();
        }
        if (fields.visibility() != null) {
            event.visibility = fields.visibility();
        }
        if (fields.cause() != null) {
            event.cause = fields.cause();
        }
        event.updatedAt = at;
        event.persist();
        return event;
    }

    /** The host hosted the event when it was completed, or when anyone's attendance was recorded, and it was not cancelled. */
    private void refreshHosting(EventView event) {
        boolean tookPlace = !EventView.CANCELLED.equals(event.status)
                && (EventView.COMPLETED.equals(event.status) || AttendanceView.count("eventId = ?1 and attended = true", event.eventId) > 0);
        ledgers.removeOthers(Kind.HOSTED, event.eventId, tookPlace ? event.hostId : null);
        if (tookPlace && event.hostId != null) {
            ledgers.record(event.hostId, Kind.HOSTED, event.eventId, occurredAt(event));
        }
        if (EventView.CANCELLED.equals(event.status)) {
            em.createNativeQuery("delete from giving_entry where source_id = ?1 and kind in ('VOLUNTEERED', 'BROUGHT_GUEST')")
                    .setParameter(1, event.eventId).executeUpdate();
        }
    }

    /** Volunteering: came to a volunteering event. Bringing a guest: came, with a seat for a guest. */
    private void refreshAttendee(EventView event, UUID memberId) {
        AttendanceView attendance = AttendanceView.findById(new EventMemberKey(event.eventId, memberId));
        boolean came = attendance != null && attendance.attended && !EventView.CANCELLED.equals(event.status);
        RsvpView rsvp = RsvpView.findById(new EventMemberKey(event.eventId, memberId));
        OffsetDateTime at = occurredAt(event);
        ledgers.set(memberId, Kind.VOLUNTEERED, event.eventId, at, came && EventView.FORMAT_VOLUNTEERING.equals(event.format));
        ledgers.set(memberId, Kind.BROUGHT_GUEST, event.eventId, at, came && rsvp != null && rsvp.bringsGuest);
    }

    private static OffsetDateTime occurredAt(EventView event) {
        return event.startsAt != null ? event.startsAt : event.updatedAt;
    }
}
