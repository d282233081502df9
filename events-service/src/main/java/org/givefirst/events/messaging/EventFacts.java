package org.givefirst.events.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.givefirst.events.persistence.Event;
import org.givefirst.platform.contracts.FactTypes;
import org.givefirst.platform.contracts.RsvpChange;
import org.givefirst.platform.outbox.Outbox;
import org.givefirst.platform.outbox.Topics;

/**
 * The facts events-service publishes on {@value Topics#EVENTS}, written through the outbox in the
 * transaction of the change; the record key is the event id, so one event's facts stay in order.
 * Every fact carries the event's essentials ({@link EventSummary}), so that a consumer (the matching
 * service crediting hosting and volunteering, a mailer, a chapter site) needs no call back.
 * Drafts are private: nothing is published about an event before it is published.
 */
@ApplicationScoped
public class EventFacts {

    private final Outbox outbox;
    private final jakarta.enterprise.event.Event<ChapterChanged> changes;

    public EventFacts(Outbox outbox, jakarta.enterprise.event.Event<ChapterChanged> changes) {
        this.outbox = outbox;
        this.changes = changes;
    }

    /**
     * Fired in the transaction of every fact (and of a change that publishes none, {@link #changedQuietly}):
     * what the chapter shows in public may have changed. Observed after commit by the public documents' cache.
     */
    public record ChapterChanged(String chapter) {
    }

    /** What every fact says about the event. */
    public record EventSummary(String eventId, String chapter, String hostId, String title, String format, String cause,
                               Instant startsAt, Instant endsAt, String timeZone, int capacity, int seatsTaken,
                               String visibility, String status) {

        static EventSummary of(Event e) {
            return new EventSummary(e.id.toString(), e.chapter, e.hostId == null ? null : e.hostId.toString(), e.title, e.format.wireName(), e.cause,
                    e.startsAt, e.endsAt, e.timeZone, e.capacity, e.seatsTaken, e.visibility.wireName(), e.status.wireName());
        }
    }

    public record EventChanged(EventSummary event, List<String> changed) {
    }

    public record EventLifecycle(EventSummary event) {
    }

    /**
     * @param status going, waitlisted, promoted (moved from the waitlist to a seat) or cancelled
     * @param position the place in line when waitlisted, otherwise null
     */
    public record RsvpChanged(EventSummary event, String memberId, String status, boolean bringsGuest, Long position) {
    }

    public record AttendanceRecorded(EventSummary event, String memberId, boolean attended) {
    }

    /**
     * @param position the member's place in line now (1-based)
     * @param previousPosition the place they were last told, null when none was
     */
    public record WaitlistPositionChanged(EventSummary event, String memberId, boolean bringsGuest, int position,
                                          Integer previousPosition) {
    }

    /** @param invitedBy who invited (the host or an organizer), null once erased */
    public record InvitationSent(EventSummary event, String memberId, String invitedBy, boolean guestSeat) {
    }

    public record InvitationWithdrawn(EventSummary event, String memberId) {
    }

    /** @param lead how long before the start the reminder was due (ISO-8601 duration) */
    public record EventReminder(EventSummary event, String lead) {
    }

    public void published(Event event) {
        publish(event, FactTypes.EVENT_PUBLISHED, new EventLifecycle(EventSummary.of(event)));
    }

    public void updated(Event event, List<String> changed) {
        publish(event, FactTypes.EVENT_UPDATED, new EventChanged(EventSummary.of(event), changed));
    }

    public void cancelled(Event event) {
        publish(event, FactTypes.EVENT_CANCELLED, new EventLifecycle(EventSummary.of(event)));
    }

    public void completed(Event event) {
        publish(event, FactTypes.EVENT_COMPLETED, new EventLifecycle(EventSummary.of(event)));
    }

    public void rsvpChanged(Event event, UUID memberId, RsvpChange change, boolean bringsGuest, Long position) {
        publish(event, FactTypes.RSVP_CHANGED, new RsvpChanged(EventSummary.of(event), memberId.toString(), change.wireName(),
                bringsGuest, position));
    }

    public void attendanceRecorded(Event event, UUID memberId, boolean attended) {
        publish(event, FactTypes.ATTENDANCE_RECORDED, new AttendanceRecorded(EventSummary.of(event), memberId.toString(), attended));
    }

    public void waitlistPositionChanged(Event event, UUID memberId, boolean bringsGuest, int position, Integer previousPosition) {
        publish(event, FactTypes.RSVP_WAITLIST_POSITION_CHANGED, new WaitlistPositionChanged(EventSummary.of(event),
                memberId.toString(), bringsGuest, position, previousPosition));
    }

    public void invitationSent(Event event, UUID memberId, UUID invitedBy, boolean guestSeat) {
        publish(event, FactTypes.INVITATION_SENT, new InvitationSent(EventSummary.of(event), memberId.toString(),
                invitedBy == null ? null : invitedBy.toString(), guestSeat));
    }

    public void invitationWithdrawn(Event event, UUID memberId) {
        publish(event, FactTypes.INVITATION_WITHDRAWN, new InvitationWithdrawn(EventSummary.of(event), memberId.toString()));
    }

    public void reminder(Event event, Duration lead) {
        publish(event, FactTypes.EVENT_REMINDER, new EventReminder(EventSummary.of(event), lead.toString()));
    }

    /** A change of what the chapter's public documents show that publishes no fact (seats freed by an erasure). */
    public void changedQuietly(Event event) {
        changes.fire(new ChapterChanged(event.chapter));
    }

    private void publish(Event event, String type, Object data) {
        outbox.publish(Topics.EVENTS, event.id, type, data);
        changes.fire(new ChapterChanged(event.chapter));
    }
}
