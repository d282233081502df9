package org.givefirst.events.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.givefirst.events.messaging.EventFacts;
import org.givefirst.events.persistence.Event;
import org.givefirst.events.persistence.Rsvp;

/**
 * Forgets an erased member: their seats at events still to come are given to the waitlist, and
 * every RSVP, invitation and attendance record of theirs loses its member id, guest name and note;
 * the events they hosted lose their host. Counts stay right (who came, how many seats were taken);
 * the person is gone.
 */
@ApplicationScoped
public class ErasureService {

    private final Seats seats;
    private final EventFacts facts;
    private final EntityManager em;
    private final Clock clock;

    public ErasureService(Seats seats, EventFacts facts, EntityManager em, Clock clock) {
        this.seats = seats;
        this.facts = facts;
        this.em = em;
        this.clock = clock;
    }

    /** How many records were anonymized. */
    public record Erased(int hosted, int rsvps, int invitations, int attendances) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Erased erase(UUID memberId) {
        Instant now = clock.instant();
        List<Rsvp> rsvps = Rsvp.<Rsvp>list("memberId", memberId).stream()
                .sorted(Comparator.comparing(r -> r.eventId)) // lock events in one order
                .toList();
        for (Rsvp rsvp : rsvps) {
            if (rsvp.isActive()) {
                Event event = Event.findForUpdate(rsvp.eventId).orElseThrow();
                if (event.status.isOpen() && !event.schedule().hasStarted(now)) {
                    seats.reseat(event, now, seats.release(event, rsvp, now));
                    facts.changedQuietly(event);
                }
            }
            rsvp.memberId = null;
            rsvp.guestName = null;
            rsvp.note = null;
            rsvp.updatedAt = now;
        }
        int invitations = em.createQuery("update Invitation set memberId = null, note = null, updatedAt = :now where memberId = :member")
                .setParameter("now", now).setParameter("member", memberId).executeUpdate();
        em.createQuery("update Invitation set invitedBy = null where invitedBy = :member")
                .setParameter("member", memberId).executeUpdate();
        int attendances = em.createQuery("update Attendance set memberId = null where memberId = :member")
                .setParameter("member", memberId).executeUpdate();
        em.createQuery("update Attendance set recordedBy = null where recordedBy = :member")
                .setParameter("member", memberId).executeUpdate();
        int hosted = em.createQuery("update Event set hostId = null where hostId = :member")
                .setParameter("member", memberId).executeUpdate();
        return new Erased(hosted, rsvps.size(), invitations, attendances);
    }
}
