package org.givefirst.events.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;
import org.givefirst.events.domain.EventAccess;
import org.givefirst.events.messaging.EventFacts;
import org.givefirst.events.persistence.Event;
import org.givefirst.events.persistence.Invitation;
import org.givefirst.platform.contracts.EventStatus;
import org.givefirst.platform.problem.ProblemException;

/** An event moves through its lifecycle: draft → published → completed, or cancelled; each move of a published event is a fact. */
@ApplicationScoped
public class EventLifecycle {

    private final EventFacts facts;
    private final EventQueries events;
    private final Clock clock;

    public EventLifecycle(EventFacts facts, EventQueries events, Clock clock) {
        this.facts = facts;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Event publish(EventAccess.Viewer viewer, UUID id) {
        Event event = events.manageable(viewer, id);
        if (event.status == EventStatus.DRAFT && !EventAccess.mayPublishAs(viewer, event.accessSubject(), event.visibility)) {
            throw ProblemException.forbidden("Only organizers of chapter '" + event.chapter + "' publish public events; "
                    + "publish it with members or invite_only visibility, or ask an organizer");
        }
        transition(event, EventStatus.PUBLISHED);
        event.publishedAt = event.updatedAt;
        facts.published(event);
        // Invitations of the draft were kept private until now.
        for (Invitation invitation : Invitation.<Invitation>list("eventId = ?1 and memberId is not null order by createdAt, id", id)) {
            facts.invitationSent(event, invitation.memberId, invitation.invitedBy, invitation.guestSeat);
        }
        return event;
    }

    @Transactional
    public Event cancel(EventAccess.Viewer viewer, UUID id) {
        Event event = events.manageable(viewer, id);
        boolean wasPublished = event.status == EventStatus.PUBLISHED;
        transition(event, EventStatus.CANCELLED);
        if (wasPublished) {
            facts.cancelled(event);
        }
        return event;
    }

    @Transactional
    public Event complete(EventAccess.Viewer viewer, UUID id) {
        Event event = events.manageable(viewer, id);
        if (!event.schedule().hasStarted(clock.instant())) {
            throw ProblemException.conflict("An event can be completed once it has started");
        }
        transition(event, EventStatus.COMPLETED);
        facts.completed(event);
        return event;
    }

    private void transition(Event event, EventStatus next) {
        if (!event.status.canMoveTo(next)) {
            throw ProblemException.conflict("A " + event.status.wireName() + " event cannot become " + next.wireName());
        }
        event.status = next;
        event.touch(clock.instant());
    }
}
