package org.givefirst.events.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.givefirst.events.config.EventsConfig;
import org.givefirst.events.domain.Seating;
import org.givefirst.events.messaging.EventFacts;
import org.givefirst.events.persistence.Event;
import org.givefirst.events.persistence.Rsvp;
import org.givefirst.platform.contracts.RsvpChange;
import org.givefirst.platform.contracts.RsvpStatus;

/**
 * Moves RSVPs between the waitlist and the seats of an event. Every method runs in the caller's
 * transaction, which must hold the event's row lock ({@link Event#findForUpdate}): the counters on
 * the event row (seats taken, the line's last ticket and its length) change only under it, so no
 * change ever loads or counts the whole line.
 */
@ApplicationScoped
public class Seats {

    /** Waiting parties read per step while promoting: one step unless pairs that do not fit stand in front. */
    static final int HEAD_CHUNK = 16;

    private final EventFacts facts;
    private final EventsConfig config;

    public Seats(EventFacts facts, EventsConfig config) {
        this.facts = facts;
        this.config = config;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void seat(Event event, Rsvp rsvp, Instant now) {
        if (rsvp.status == RsvpStatus.WAITLISTED) {
            event.waitlistLength--;
        }
        rsvp.status = RsvpStatus.GOING;
        rsvp.waitlistOrder = null;
        rsvp.toldPosition = null;
        rsvp.updatedAt = now;
        event.seatsTaken += rsvp.seats();
    }

    /**
     * Puts the RSVP at the end of the line: the next ticket of the event, and a place one behind the
     * parties already waiting.
     *
     * @return its place in line (1-based)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int waitlist(Event event, Rsvp rsvp, Instant now) {
        event.waitlistTail++;
        event.waitlistLength++;
        rsvp.status = RsvpStatus.WAITLISTED;
        rsvp.waitlistOrder = event.waitlistTail;
        rsvp.toldPosition = event.waitlistLength;
        rsvp.updatedAt = now;
        return event.waitlistLength;
    }

    /**
     * Cancels an RSVP, freeing its seats or its place in line; the caller then calls {@link #reseat}.
     *
     * @return true when it left the line (the places behind it moved)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean release(Event event, Rsvp rsvp, Instant now) {
        boolean leftLine = rsvp.status == RsvpStatus.WAITLISTED;
        if (rsvp.status == RsvpStatus.GOING) {
            event.seatsTaken -= rsvp.seats();
        } else if (leftLine) {
            event.waitlistLength--;
        }
        rsvp.status = RsvpStatus.CANCELLED;
        rsvp.waitlistOrder = null;
        rsvp.toldPosition = null;
        rsvp.updatedAt = now;
        return leftLine;
    }

    /**
     * After a change of seats: promotes ({@link #promoteWaitlist}) and, when the line moved (someone
     * promoted, or {@code leftLine}: a waiting party left it), tells the first places ({@link #tellPlaces}).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Rsvp> reseat(Event event, Instant now, boolean leftLine) {
        List<Rsvp> promoted = promoteWaitlist(event, now);
        if (leftLine || !promoted.isEmpty()) {
            tellPlaces(event, now);
        }
        return promoted;
    }

    /**
     * Seats the waiting parties that fit, in waitlist order ({@link Seating#promote}), and publishes
     * a {@code promoted} fact for each; then tells the first places of the line where they now stand
     * ({@link #tellPlaces}). Reads only the head of the line, a few rows at a time.
     *
     * @return the RSVPs promoted
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Rsvp> promoteWaitlist(Event event, Instant now) {
        List<Rsvp> seated = new ArrayList<>();
        long afterTicket = 0;
        while (event.seatsLeft() > 0 && event.waitlistLength > 0) {
            List<Rsvp> chunk = Rsvp.waitlistHead(event.id, afterTicket, HEAD_CHUNK);
            if (chunk.isEmpty()) {
                break;
            }
            long lastTicket = chunk.get(chunk.size() - 1).waitlistOrder; // before seating clears it
            Map<UUID, Rsvp> byId = chunk.stream().collect(Collectors.toMap(r -> r.id, Function.identity()));
            List<UUID> promoted = Seating.promote(event.capacity, event.seatsTaken,
                    chunk.stream().map(r -> new Seating.Waiting<>(r.id, r.seats())).toList());
            for (UUID id : promoted) {
                Rsvp rsvp = byId.get(id);
                seat(event, rsvp, now);
                seated.add(rsvp);
            }
            afterTicket = lastTicket;
            if (chunk.size() < HEAD_CHUNK) {
                break;
            }
        }
        for (Rsvp rsvp : seated) {
            if (rsvp.memberId != null) {
                facts.rsvpChanged(event, rsvp.memberId, RsvpChange.PROMOTED, rsvp.bringsGuest, null);
            }
        }
        return seated;
    }

    /**
     * After parties left the line: the first {@code givefirst.events.waitlist-told-places} places are
     * read (one index range scan) and each member whose place differs from the one last told gets a
     * {@code rsvp.waitlist-position-changed} fact. Further back nobody is told of every step: a member
     * learns their place when joining, and each change of it once they reach the first places.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void tellPlaces(Event event, Instant now) {
        int places = config.waitlistToldPlaces();
        if (places == 0 || event.waitlistLength == 0) {
            return;
        }
        int position = 0;
        for (Rsvp rsvp : Rsvp.waitlistHead(event.id, 0, places)) {
            position++;
            if (rsvp.toldPosition == null || rsvp.toldPosition != position) {
                Integer before = rsvp.toldPosition;
                rsvp.toldPosition = position;
                if (rsvp.memberId != null) {
                    facts.waitlistPositionChanged(event, rsvp.memberId, rsvp.bringsGuest, position, before);
                }
            }
        }
    }
}
