package org.givefirst.events.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.givefirst.events.config.EventsConfig;
import org.givefirst.events.domain.EventAccess;
import org.givefirst.events.domain.EventSchedule;
import org.givefirst.events.messaging.EventFacts;
import org.givefirst.events.persistence.Event;
import org.givefirst.platform.contracts.EventFormat;
import org.givefirst.platform.contracts.EventStatus;
import org.givefirst.platform.contracts.Visibility;
import org.givefirst.platform.problem.ProblemException;

/** A host plans a gathering (a draft) and changes it; changes of a published event are published too. */
@ApplicationScoped
public class EventPlanning {

    private final EventFacts facts;
    private final Seats seats;
    private final MemberDirectory members;
    private final EventQueries events;
    private final EventsConfig config;
    private final Clock clock;

    public EventPlanning(EventFacts facts, Seats seats, MemberDirectory members, EventQueries events, EventsConfig config,
                         Clock clock) {
        this.facts = facts;
        this.seats = seats;
        this.members = members;
        this.events = events;
        this.config = config;
        this.clock = clock;
    }

    /** What a host plans. A null capacity means the default; a null host means the caller. */
    public record Plan(String chapter, UUID hostId, String title, String description, EventFormat format,
                       EventSchedule schedule, String venue, Integer capacity, Visibility visibility, String cause) {
    }

    /** A change of some fields; null means unchanged, an empty text clears an optional field. */
    public record Changes(String title, String description, EventFormat format, LocalDateTime start, LocalDateTime end,
                          String timeZone, String venue, Integer capacity, Visibility visibility, String cause) {

        boolean reschedules() {
            return start != null || end != null || timeZone != null;
        }
    }

    /**
     * Creates a draft in a chapter the caller belongs to (its members and organizers; admins
     * anywhere). A member hosts their own event; an organizer of the chapter (or an admin) may name
     * another host, who must be a member of the chapter. Chapters and memberships are those of the
     * read model: no call to members-service.
     */
    @Transactional
    public EventQueries.Hosted create(EventAccess.Viewer viewer, Plan plan) {
        events.requireChapter(plan.chapter());
        if (!EventAccess.mayCreateIn(viewer, plan.chapter())) {
            throw ProblemException.forbidden("Only members of chapter '" + plan.chapter() + "' create its events");
        }
        UUID host = plan.hostId() != null
                ? plan.hostId()
                : viewer.memberId().orElseThrow(() -> ProblemException.badRequest("hostId is required when the token is not a member's"));
        if (!viewer.is(host)) {
            if (!EventAccess.mayNameAnotherHost(viewer, plan.chapter())) {
                throw ProblemException.forbidden("Only organizers of chapter '" + plan.chapter() + "' may create an event for another host");
            }
            if (!members.belongsTo(host, plan.chapter())) {
                throw ProblemException.badRequest("hostId " + host + " is not a member of chapter '" + plan.chapter() + "'");
            }
        }
        Event event = persist(plan, host);
        return new EventQueries.Hosted(event, members.names(List.of(host)));
    }

    private Event persist(Plan plan, UUID host) {
        Instant now = clock.instant();
        Event event = new Event();
        event.id = UUID.randomUUID();
        event.chapter = plan.chapter();
        event.hostId = host;
        event.title = plan.title();
        event.description = blankToNull(plan.description());
        event.format = plan.format();
        event.reschedule(plan.schedule());
        event.venue = blankToNull(plan.venue());
        event.cause = blankToNull(plan.cause());
        event.capacity = plan.capacity() != null ? plan.capacity() : config.defaultCapacity();
        event.seatsTaken = 0;
        event.visibility = plan.visibility() != null ? plan.visibility() : Visibility.MEMBERS;
        event.status = EventStatus.DRAFT;
        event.revision = 0;
        event.createdAt = now;
        event.updatedAt = now;
        event.persist();
        return event;
    }

    @Transactional
    public Event update(EventAccess.Viewer viewer, UUID id, Changes changes) {
        Event event = events.manageable(viewer, id);
        if (!event.status.isOpen()) {
            throw ProblemException.conflict("A " + event.status.wireName() + " event cannot be changed");
        }
        Instant now = clock.instant();
        List<String> changed = new ArrayList<>();
        if (changes.title() != null && !changes.title().equals(event.title)) {
            event.title = changes.title();
            changed.add("title");
        }
        if (changes.description() != null && !same(changes.description(), event.description)) {
            event.description = blankToNull(changes.description());
            changed.add("description");
        }
        if (changes.format() != null && changes.format() != event.format) {
            event.format = changes.format();
            changed.add("format");
        }
        EventSchedule schedule = changes.reschedules() ? merged(event, changes) : null;
        if (schedule != null && !schedule.equals(event.schedule())) {
            EventSchedule before = event.schedule();
            event.reschedule(schedule);
            if (!before.startsAt().equals(event.startsAt)) {
                changed.add("start");
                event.reminderSentAt = null; // a new start deserves a new reminder
            }
            if (!before.endsAt().equals(event.endsAt)) {
                changed.add("end");
            }
            if (!before.zone().equals(schedule.zone())) {
                changed.add("timeZone");
            }
        }
        if (changes.venue() != null && !same(changes.venue(), event.venue)) {
            event.venue = blankToNull(changes.venue());
            changed.add("venue");
        }
        if (changes.cause() != null && !same(changes.cause(), event.cause)) {
            event.cause = blankToNull(changes.cause());
            changed.add("cause");
        }
        if (changes.visibility() != null && changes.visibility() != event.visibility) {
            if (event.status == EventStatus.PUBLISHED && !EventAccess.mayPublishAs(viewer, event.accessSubject(), changes.visibility())) {
                throw ProblemException.forbidden("Only organizers of chapter '" + event.chapter + "' make its events public");
            }
            event.visibility = changes.visibility();
            changed.add("visibility");
        }
        if (changes.capacity() != null && changes.capacity() != event.capacity) {
            if (changes.capacity() < event.seatsTaken) {
                throw ProblemException.conflict(event.seatsTaken + " seats are taken: capacity cannot go below that");
            }
            event.capacity = changes.capacity();
            changed.add("capacity");
        }
        if (changed.isEmpty()) {
            return event;
        }
        event.touch(now);
        if (event.status == EventStatus.PUBLISHED) {
            facts.updated(event, changed);
        }
        if (changed.contains("capacity") && event.status == EventStatus.PUBLISHED) {
            seats.reseat(event, now, false);
        }
        return event;
    }

    /**
     * The schedule after a change: given fields replace the current ones, the others keep their
     * local values (changing only the zone keeps the local times, for correcting a wrong zone). It
     * is checked like a new event's, and a problem names the field at fault.
     */
    private static EventSchedule merged(Event event, Changes changes) {
        EventSchedule current = event.schedule();
        LocalDateTime start = changes.start() != null ? changes.start() : current.localStart();
        LocalDateTime end = changes.end() != null ? changes.end() : current.localEnd();
        String zone = changes.timeZone() != null ? changes.timeZone() : current.zone().getId();
        EventSchedule.check(start, end, zone).ifPresent(problem -> {
            throw ProblemException.invalid(problem.field(), problem.message());
        });
        return EventSchedule.of(start, end, zone);
    }

    private static boolean same(String requested, String current) {
        return Objects.equals(blankToNull(requested), current);
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
