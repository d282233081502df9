package org.givefirst.events.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.givefirst.events.domain.EventAccess;
import org.givefirst.events.persistence.Chapter;
import org.givefirst.events.persistence.Event;
import org.givefirst.events.persistence.EventListing;
import org.givefirst.events.persistence.Invitation;
import org.givefirst.platform.contracts.EventFormat;
import org.givefirst.platform.paging.Page;
import org.givefirst.platform.paging.PageCursor;
import org.givefirst.platform.problem.ProblemException;

/**
 * Finding events as a viewer may see them: one event, a page of the listing, a chapter's public
 * events; and an event to manage, locked for the change. Hidden and missing events look the same (404).
 */
@ApplicationScoped
public class EventQueries {

    private final MemberDirectory members;
    private final Clock clock;

    public EventQueries(MemberDirectory members, Clock clock) {
        this.members = members;
        this.clock = clock;
    }

    /** An event with its host's display name (from the read model of members). */
    public record Hosted(Event event, MemberDirectory.Names names) {
    }

    /**
     * Listing filters; {@code from} defaults to now, so a listing shows what is coming.
     *
     * @param cursor where the previous page ended, as its {@code next} link carried it; null for the first page
     */
    public record Query(String chapter, Instant from, Instant to, EventFormat format, String cursor, int limit) {
    }

    /** A page of the listing, the cursor of the next one if any, and the hosts' names. */
    public record Page(List<Event> events, Optional<String> nextCursor, MemberDirectory.Names names) {
    }

    /** 404 unless members-service said the chapter exists (the read model has it). */
    public void requireChapter(String slug) {
        if (!Chapter.exists(slug)) {
            throw ProblemException.notFound("Chapter", slug);
        }
    }

    /** The event, when this viewer may see it. */
    public Event find(EventAccess.Viewer viewer, UUID id) {
        Event event = Event.<Event>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Event", id));
        // An invitation only ever widens what a viewer sees: it is looked up only when it could matter.
        if (!EventAccess.sees(viewer, event.accessSubject(), false)
                && !EventAccess.sees(viewer, event.accessSubject(), invited(viewer, id))) {
            throw ProblemException.notFound("Event", id);
        }
        return event;
    }

    public Hosted findHosted(EventAccess.Viewer viewer, UUID id) {
        Event event = find(viewer, id);
        return new Hosted(event, namesOf(event));
    }

    public MemberDirectory.Names namesOf(Event event) {
        return members.names(java.util.Collections.singletonList(event.hostId));
    }

    /** Locks the event for a change by one of its managers; 404 when the viewer cannot even see it. */
    public Event manageable(EventAccess.Viewer viewer, UUID id) {
        Event event = Event.findForUpdate(id).orElseThrow(() -> ProblemException.notFound("Event", id));
        if (!EventAccess.manages(viewer, event.accessSubject())) {
            if (EventAccess.sees(viewer, event.accessSubject(), invited(viewer, id))) {
                throw ProblemException.forbidden("Only the host and the organizers of chapter '" + event.chapter + "' manage this event");
            }
            throw ProblemException.notFound("Event", id);
        }
        return event;
    }

    public static boolean invited(EventAccess.Viewer viewer, UUID eventId) {
        return viewer.memberId().flatMap(member -> Invitation.find(eventId, member)).isPresent();
    }

    /** Events the viewer may see, by start time, a page at a time (keyset paging on start and id). */
    public Page list(EventAccess.Viewer viewer, Query query) {
        Instant afterStart = null;
        UUID afterId = null;
        if (query.cursor() != null && !query.cursor().isBlank()) {
            List<String> parts = PageCursor.decode(query.cursor(), 2);
            try {
                afterStart = Instant.parse(parts.get(0));
                afterId = UUID.fromString(parts.get(1));
            } catch (RuntimeException e) {
                throw PageCursor.invalid();
            }
        }
        EventListing.Filter filter = new EventListing.Filter(query.chapter(),
                query.from() != null ? query.from() : clock.instant(), query.to(), query.format(), afterStart, afterId);
        List<Event> found = EventListing.find(viewer, filter, query.limit() + 1);
        Optional<String> next = Optional.empty();
        if (found.size() > query.limit()) {
            found = found.subList(0, query.limit());
            Event last = found.get(found.size() - 1);
            next = Optional.of(PageCursor.encode(last.startsAt.toString(), last.id.toString()));
        }
        return new Page(found, next, members.names(found.stream().map(e -> e.hostId).toList()));
    }

    /** A chapter's published public events that have not ended by {@code endedAfter}, by start time. */
    public List<Event> publicEvents(String chapter, Instant endedAfter, int limit) {
        return EventListing.publicEvents(chapter, endedAfter, limit);
    }

    public Instant now() {
        return clock.instant();
    }
}
