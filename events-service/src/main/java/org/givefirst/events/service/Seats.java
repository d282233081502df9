package org.givefirst.events.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.givefirst.events.domain.Seating;
import org.givefirst.events.messaging.EventFacts;
import org.givefirst.events.persistence.Event;
import org.givefirst.events.persistence.Rsvp;
import org.givefirst.platform.contracts.RsvpChange;
import org.givefirst.platform.contracts.RsvpStatus;

/**
 * Moves RSVPs between the waitlist and the seats of an event. Every method runs in the caller's
 * transaction, which must hold the event's row lock ({@link Event#findForUpdate}).
 */
@ApplicationScoped
public class Seats {

    private final EntityManager em;
    private final EventFacts facts;

    public Seats(EntityManager em, EventFacts facts) {
        this.em = em;
        this.facts = facts;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void seat(Event event, Rsvp rsvp, Instant now) {
        rsvp.status = RsvpStatus.GOING;
        rsvp.waitlistOrder = null;
        rsvp.updatedAt = now;
        event.seatsTaken += rsvp.seats();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void waitlist(Rsvp rsvp, Instant now) {
        // The query flushes pending changes: take the number before the row says it is waitlisted,
        // or the flush would store a waitlisted RSVP without its place in line.
        long order = ((Number) em.createNativeQuery("select nextval('rsvp_waitlist_order')").getSingleResult()).longValue();
        rsvp.status = RsvpStatus.WAITLISTED;
        rsvp.waitlistOrder = order;
        rsvp.updatedAt = now;
    }

    /** Cancels an RSVP, freeing its seats when it had them (the caller then promotes). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void release(Event event, Rsvp rsvp, Instant now) {
        if (rsvp.status == RsvpStatus.GOING) {
            event.seatsTaken -= rsvp.seats();
        }
        rsvp.status = RsvpStatus.CANCELLED;
        rsvp.waitlistOrder = null;
        rsvp.updatedAt = now;
    }

    /**
     * Seats the waiting parties that fit, in waitlist order ({@link Seating#promote}), and publishes
     * a {@code promoted} fact for each.
     *
     * @return the RSVPs promoted
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Rsvp> promoteWaitlist(Event event, Instant now) {
        List<Rsvp> waitlist = Rsvp.waitlist(event.id);
        if (waitlist.isEmpty() || event.seatsLeft() == 0) {
            return List.of();
        }
        Map<java.util.UUID, Rsvp> byId = waitlist.stream().collect(Collectors.toMap(r -> r.id, Function.identity()));
        List<java.util.UUID> promoted = Seating.promote(event.capacity, event.seatsTaken,
                waitlist.stream().map(r -> new Seating.Waiting<>(r.id, r.seats())).toList());
        List<Rsvp> seated = promoted.stream().map(byId::get).toList();
        for (Rsvp rsvp : seated) {
            seat(event, rsvp, now);
        }
        for (Rsvp rsvp : seated) {
            if (rsvp.memberId != null) {
                facts.rsvpChanged(event, rsvp.memberId, RsvpChange.PROMOTED, rsvp.bringsGuest, null);
            }
        }
        return seated;
    }
}
