package org.givefirst.events.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.givefirst.events.domain.EventAccess;
import org.givefirst.events.domain.Seating;
import org.givefirst.events.messaging.EventFacts;
import org.givefirst.events.persistence.Event;
import org.givefirst.events.persistence.Invitation;
import org.givefirst.events.persistence.Rsvp;
import org.givefirst.platform.contracts.EventStatus;
import org.givefirst.platform.contracts.RsvpChange;
import org.givefirst.platform.contracts.RsvpStatus;
import org.givefirst.platform.contracts.Visibility;
import org.givefirst.platform.problem.ProblemException;

/**
 * RSVPs. Each change locks the event's row first ({@code select ... for update}), so the changes
 * of one event happen one after another whatever the number of service replicas, and the seat
 * count the rule reads is the committed one; the database's check on {@code seats_taken <= capacity}
 * backs that up.
 */
@ApplicationScoped
public class RsvpService {

    private final Seats seats;
    private final EventFacts facts;
    private final MemberDirectory members;
    private final Clock clock;

    public RsvpService(Seats seats, EventFacts facts, MemberDirectory members, Clock clock) {
        this.seats = seats;
        this.facts = facts;
        this.members = members;
        this.clock = clock;
    }

    public record Answer(boolean bringsGuest, String guestName, String note) {
    }

    /**
     * The RSVP after the change.
     *
     * @param position place in line (1-based) when waitlisted
     * @param created true when the member had no RSVP to this event before
     */
    public record Outcome(UUID eventId, UUID memberId, RsvpStatus status, boolean bringsGuest, String guestName, String note,
                          Long position, int seats, boolean created) {
    }

    @Transactional
    public Outcome respond(EventAccess.Viewer viewer, UUID eventId, UUID memberId, Answer answer) {
        if (!viewer.is(memberId)) {
            throw ProblemException.forbidden("A member can RSVP only for themselves");
        }
        Event event = Event.findForUpdate(eventId).orElseThrow(() -> ProblemException.notFound("Event", eventId));
        // Everyone sees and may answer a public event: its invitations change nothing, so the lock is
        // not held for a query whose answer is not used.
        Optional<Invitation> invitation = event.visibility == Visibility.PUBLIC ? Optional.empty()
                : Invitation.find(eventId, memberId);
        EventAccess.Subject subject = event.accessSubject();
        if (event.status == EventStatus.DRAFT && !EventAccess.manages(viewer, subject)) {
            throw ProblemException.notFound("Event", eventId);
        }
        // A member who knows an invite-only event's id learns it exists, but gets no seat.
        if (!EventAccess.mayRsvp(viewer, subject, invitation.isPresent())) {
            throw ProblemException.forbidden("This event is by invitation only");
        }
        if (!EventAccess.sees(viewer, subject, invitation.isPresent())) {
            throw ProblemException.notFound("Event", eventId);
        }
        if (answer.bringsGuest() && event.visibility == Visibility.INVITE_ONLY && !EventAccess.manages(viewer, subject)
                && !invitation.map(i -> i.guestSeat).orElse(false)) {
            throw ProblemException.forbidden("Your invitation does not include a guest seat");
        }
        if (!answer.bringsGuest() && answer.guestName() != null && !answer.guestName().isBlank()) {
            throw ProblemException.badRequest("guestName is only for an RSVP that brings a guest");
        }
        Instant now = clock.instant();
        requireOpenForRsvps(event, now);

        int wanted = Seating.seatsFor(answer.bringsGuest());
        Optional<Rsvp> existing = Rsvp.find(eventId, memberId);
        Rsvp rsvp;
        boolean created = existing.isEmpty();
        Integer joinedAt = null;
        boolean seatsChanged;
        if (existing.isEmpty() || !existing.get().isActive()) {
            rsvp = existing.orElseGet(() -> newRsvp(eventId, memberId, now));
            Seating.Placement placement = Seating.place(event.capacity, event.seatsTaken, wanted);
            if (placement == Seating.Placement.TOO_LARGE) {
                throw ProblemException.conflict("This event has " + event.capacity + " seat: there is no room for a guest");
            }
            rsvp.bringsGuest = answer.bringsGuest();
            if (placement == Seating.Placement.GOING) {
                seats.seat(event, rsvp, now);
            } else {
                joinedAt = seats.waitlist(event, rsvp, now);
            }
            seatsChanged = true;
        } else {
            rsvp = existing.get();
            seatsChanged = rsvp.seats() != wanted;
            if (seatsChanged && rsvp.status == RsvpStatus.GOING) {
                if (!Seating.canResize(event.capacity, event.seatsTaken, rsvp.seats(), wanted)) {
                    throw ProblemException.conflict("No seat is free for a guest; you keep your own seat");
                }
                event.seatsTaken += wanted - rsvp.seats();
            } else if (seatsChanged && Seating.place(event.capacity, 0, wanted) == Seating.Placement.TOO_LARGE) {
                throw ProblemException.conflict("This event has " + event.capacity + " seat: there is no room for a guest");
            }
            rsvp.bringsGuest = answer.bringsGuest();
            rsvp.updatedAt = now;
        }
        rsvp.guestName = answer.bringsGuest() ? EventPlanning.blankToNull(answer.guestName()) : null;
        rsvp.note = EventPlanning.blankToNull(answer.note());
        if (created) {
            rsvp.persist();
        }
        if (seatsChanged) {
            // A newcomer's place comes from the counters; only a waiting party that changed its size counts.
            Long position = rsvp.status != RsvpStatus.WAITLISTED ? null
                    : joinedAt != null ? Long.valueOf(joinedAt) : Long.valueOf(rsvp.waitlistPosition());
            facts.rsvpChanged(event, memberId, RsvpChange.of(rsvp.status), rsvp.bringsGuest, position);
            // Dropping a guest frees a seat; a waiting party that shrank may now fit.
            seats.reseat(event, now, false);
            if (joinedAt != null && rsvp.status == RsvpStatus.WAITLISTED) {
                return outcome(rsvp, created, position);
            }
        }
        return outcome(rsvp, created);
    }

    /** Cancels a member's RSVP (the member themselves, or a manager of the event) and promotes the waitlist. */
    @Transactional
    public void cancel(EventAccess.Viewer viewer, UUID eventId, UUID memberId) {
        Event event = Event.findForUpdate(eventId).orElseThrow(() -> ProblemException.notFound("Event", eventId));
        boolean self = viewer.is(memberId);
        if (!EventAccess.sees(viewer, event.accessSubject(), self && Invitation.find(eventId, memberId).isPresent())) {
            throw ProblemException.notFound("Event", eventId);
        }
        if (!self && !EventAccess.manages(viewer, event.accessSubject())) {
            throw ProblemException.forbidden("A member can cancel only their own RSVP");
        }
        Rsvp rsvp = Rsvp.find(eventId, memberId).orElseThrow(() -> ProblemException.notFound("RSVP of member", memberId));
        if (!rsvp.isActive()) {
            return;
        }
        if (!event.status.isOpen()) {
            throw ProblemException.conflict("RSVPs of a " + event.status.wireName() + " event cannot change");
        }
        Instant now = clock.instant();
        boolean leftLine = seats.release(event, rsvp, now);
        facts.rsvpChanged(event, memberId, RsvpChange.CANCELLED, rsvp.bringsGuest, null);
        if (!event.schedule().hasStarted(now)) {
            seats.reseat(event, now, leftLine);
        }
    }

    public Outcome find(EventAccess.Viewer viewer, UUID eventId, UUID memberId) {
        Event event = Event.<Event>findByIdOptional(eventId).orElseThrow(() -> ProblemException.notFound("Event", eventId));
        boolean self = viewer.is(memberId);
        if (!self && !EventAccess.manages(viewer, event.accessSubject())) {
            throw ProblemException.forbidden("Only the member and the event's managers see this RSVP");
        }
        return Rsvp.find(eventId, memberId).map(r -> outcome(r, false))
                .orElseThrow(() -> ProblemException.notFound("RSVP of member", memberId));
    }

    /**
     * Who is coming. Managers see everyone (the waitlist in order, guest names and notes); other
     * members see who is going, without guest names or notes.
     */
    public record Listing(Event event, boolean full, List<Outcome> going, List<Outcome> waitlist, MemberDirectory.Names names) {
    }

    public Listing list(EventAccess.Viewer viewer, UUID eventId) {
        Event event = Event.<Event>findByIdOptional(eventId).orElseThrow(() -> ProblemException.notFound("Event", eventId));
        if (!EventAccess.sees(viewer, event.accessSubject(), EventQueries.invited(viewer, eventId))) {
            throw ProblemException.notFound("Event", eventId);
        }
        boolean full = EventAccess.manages(viewer, event.accessSubject());
        List<Outcome> going = Rsvp.<Rsvp>list("eventId = ?1 and status = ?2 order by updatedAt, id", eventId, RsvpStatus.GOING)
                .stream().map(r -> full ? outcome(r, false) : publicOutcome(r)).toList();
        List<Outcome> waitlist = List.of();
        if (full) {
            List<Rsvp> waiting = Rsvp.waitlist(eventId);
            waitlist = new java.util.ArrayList<>();
            long position = 1;
            for (Rsvp r : waiting) {
                waitlist.add(new Outcome(r.eventId, r.memberId, r.status, r.bringsGuest, r.guestName, r.note, position++, r.seats(), false));
            }
        }
        List<UUID> ids = new java.util.ArrayList<>();
        going.forEach(o -> ids.add(o.memberId()));
        waitlist.forEach(o -> ids.add(o.memberId()));
        return new Listing(event, full, going, waitlist, members.names(ids));
    }

    private static Outcome publicOutcome(Rsvp r) {
        return new Outcome(r.eventId, r.memberId, r.status, r.bringsGuest, null, null, null, r.seats(), false);
    }

    private static Outcome outcome(Rsvp r, boolean created) {
        return outcome(r, created, r.status == RsvpStatus.WAITLISTED ? r.waitlistPosition() : null);
    }

    private static Outcome outcome(Rsvp r, boolean created, Long position) {
        return new Outcome(r.eventId, r.memberId, r.status, r.bringsGuest, r.guestName, r.note, position, r.seats(), created);
    }

    private static void requireOpenForRsvps(Event event, Instant now) {
        if (event.status != EventStatus.PUBLISHED) {
            throw ProblemException.conflict("RSVPs are taken for published events; this one is " + event.status.wireName());
        }
        if (event.schedule().hasStarted(now)) {
            throw ProblemException.conflict("This event has already started");
        }
    }

    private static Rsvp newRsvp(UUID eventId, UUID memberId, Instant now) {
        Rsvp rsvp = new Rsvp();
        rsvp.id = UUID.randomUUID();
        rsvp.eventId = eventId;
        rsvp.memberId = memberId;
        rsvp.createdAt = now;
        rsvp.updatedAt = now;
        return rsvp;
    }
}
