package org.givefirst.events.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Set;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import org.givefirst.events.rest.validation.ConsistentSchedule;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.givefirst.events.client.MemberDirectory;
import org.givefirst.events.client.MemberLookup;
import org.givefirst.events.config.EventsConfig;
import org.givefirst.events.domain.Event;
import org.givefirst.events.domain.EventAccess;
import org.givefirst.events.domain.EventFormat;
import org.givefirst.events.domain.EventSchedule;
import org.givefirst.events.domain.EventStatus;
import org.givefirst.events.domain.Invitation;
import org.givefirst.events.domain.Visibility;
import org.givefirst.events.messaging.EventFacts;
import org.givefirst.platform.problem.ProblemException;

/** Creating, changing, finding and listing events, and moving them through their lifecycle. */
@ApplicationScoped
public class EventService {

    private final EventFacts facts;
    private final Seats seats;
    private final MemberDirectory members;
    private final EventsConfig config;
    private final Validator validator;
    private final Clock clock;

    public EventService(EventFacts facts, Seats seats, MemberDirectory members, EventsConfig config, Validator validator) {
        this.validator = validator;
        this.facts = facts;
        this.seats = seats;
        this.members = members;
        this.config = config;
        this.clock = Clock.systemUTC();
    }

    /** What a host plans. A null capacity means the default; a null host means the caller. */
    public record Plan(String chapter, UUID hostId, String title, String description, EventFormat format,
                       EventSchedule schedule, String venue, Integer capacity, Visibility visibility, String cause) {
    }

    /** An event with its host's display name (empty when members-service could not be asked). */
    public record Hosted(Event event, MemberDirectory.Names names) {
    }

    /**
     * Creates a draft. A member hosts their own event (their token vouches for them, so a
     * members-service outage does not stop them); an organizer may create one for another host of
     * their chapter, who must then be confirmed by members-service (503 while it cannot answer).
     */
    public Hosted create(EventAccess.Viewer viewer, Plan plan) {
        UUID host = plan.hostId() != null
                ? plan.hostId()
                : viewer.memberId().orElseThrow(() -> ProblemException.badRequest("hostId is required when the token is not a member's"));
        boolean selfHosted = viewer.is(host);
        if (!selfHosted && !viewer.admin() && !viewer.organizes().contains(plan.chapter())) {
            throw ProblemException.forbidden("Only organizers of chapter '" + plan.chapter() + "' may create an event for another host");
        }
        MemberLookup hostLookup = members.lookup(host);
        if (hostLookup.outcome() == MemberLookup.Outcome.NOT_FOUND) {
            throw ProblemException.badRequest("hostId " + host + " is not a Givefirst member");
        }
        if (hostLookup.isUnavailable() && !selfHosted) {
            throw ProblemException.unavailable("members-service cannot confirm host " + host + " right now; try again shortly");
        }
        Event event = QuarkusTransaction.joiningExisting().call(() -> persist(plan, host));
        return new Hosted(event, MemberDirectory.Names.of(hostLookup));
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

    /** The event, when this viewer may see it; hidden and missing events look the same. */
    public Event find(EventAccess.Viewer viewer, UUID id) {
        Event event = Event.<Event>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Event", id));
        if (!EventAccess.sees(viewer, event.accessSubject(), invited(viewer, id))) {
            throw ProblemException.notFound("Event", id);
        }
        return event;
    }

    public MemberDirectory.Names namesOf(Event event) {
        return members.names(List.of(event.hostId));
    }

    public Hosted findHosted(EventAccess.Viewer viewer, UUID id) {
        Event event = find(viewer, id);
        return new Hosted(event, members.names(List.of(event.hostId)));
    }

    /** A change of some fields; null means unchanged, an empty text clears an optional field. */
    public record Changes(String title, String description, EventFormat format, LocalDateTime start, LocalDateTime end,
                          String timeZone, String venue, Integer capacity, Visibility visibility, String cause) {

        boolean reschedules() {
            return start != null || end != null || timeZone != null;
        }
    }

    /** A schedule merged from a change and the current one, validated like a new event's. */
    @ConsistentSchedule
    public record PlannedSchedule(LocalDateTime start, LocalDateTime end, String timeZone) implements ConsistentSchedule.Planned {
    }

    /**
     * The schedule after a change: given fields replace the current ones, the others keep their
     * local values (changing only the zone keeps the local times, for correcting a wrong zone).
     */
    private EventSchedule merged(Event event, Changes changes) {
        EventSchedule current = event.schedule();
        PlannedSchedule planned = new PlannedSchedule(
                changes.start() != null ? changes.start() : current.localStart(),
                changes.end() != null ? changes.end() : current.localEnd(),
                changes.timeZone() != null ? changes.timeZone() : current.zone().getId());
        Set<ConstraintViolation<PlannedSchedule>> violations = validator.validate(planned);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return EventSchedule.of(planned.start(), planned.end(), planned.timeZone());
    }

    @Transactional
    public Event update(EventAccess.Viewer viewer, UUID id, Changes changes) {
        Event event = manageable(viewer, id);
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
            seats.promoteWaitlist(event, now);
        }
        return event;
    }

    @Transactional
    public Event publish(EventAccess.Viewer viewer, UUID id) {
        Event event = moveTo(viewer, id, EventStatus.PUBLISHED);
        event.publishedAt = event.updatedAt;
        facts.published(event);
        return event;
    }

    @Transactional
    public Event cancel(EventAccess.Viewer viewer, UUID id) {
        Event event = manageable(viewer, id);
        boolean wasPublished = event.status == EventStatus.PUBLISHED;
        transition(event, EventStatus.CANCELLED);
        if (wasPublished) {
            facts.cancelled(event);
        }
        return event;
    }

    @Transactional
    public Event complete(EventAccess.Viewer viewer, UUID id) {
        Event event = manageable(viewer, id);
        if (!event.schedule().hasStarted(clock.instant())) {
            throw ProblemException.conflict("An event can be completed once it has started");
        }
        transition(event, EventStatus.COMPLETED);
        facts.completed(event);
        return event;
    }

    private Event moveTo(EventAccess.Viewer viewer, UUID id, EventStatus next) {
        Event event = manageable(viewer, id);
        transition(event, next);
        return event;
    }

    private void transition(Event event, EventStatus next) {
        if (!event.status.canMoveTo(next)) {
            throw ProblemException.conflict("A " + event.status.wireName() + " event cannot become " + next.wireName());
        }
        event.status = next;
        event.touch(clock.instant());
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

    /** Listing filters; {@code from} defaults to now, so a listing shows what is coming. */
    public record Query(String chapter, Instant from, Instant to, EventFormat format, Cursor after, int limit) {
    }

    /** Where a page ended: the start and id of its last event (keyset paging). */
    public record Cursor(Instant startsAt, UUID id) {

        public String encode() {
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString((startsAt + "|" + id).getBytes(StandardCharsets.UTF_8));
        }

        public static Optional<Cursor> decode(String value) {
            try {
                String[] parts = new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8).split("\\|");
                return parts.length == 2 ? Optional.of(new Cursor(Instant.parse(parts[0]), UUID.fromString(parts[1]))) : Optional.empty();
            } catch (RuntimeException e) {
                return Optional.empty();
            }
        }
    }

    public record Page(List<Event> events, Optional<Cursor> next, MemberDirectory.Names names) {
    }

    /** Events the viewer may see, by start time, a page at a time. */
    public Page list(EventAccess.Viewer viewer, Query query) {
        StringBuilder where = new StringBuilder("e.startsAt >= :from");
        Parameters params = Parameters.with("from", query.from() != null ? query.from() : clock.instant());
        if (query.to() != null) {
            where.append(" and e.startsAt < :to");
            params.and("to", query.to());
        }
        if (query.chapter() != null) {
            where.append(" and e.chapter = :chapter");
            params.and("chapter", query.chapter());
        }
        if (query.format() != null) {
            where.append(" and e.format = :format");
            params.and("format", query.format());
        }
        if (query.after() != null) {
            where.append(" and (e.startsAt > :afterStart or (e.startsAt = :afterStart and e.id > :afterId))");
            params.and("afterStart", query.after().startsAt()).and("afterId", query.after().id());
        }
        if (!viewer.admin()) {
            where.append(" and (").append(visibleClause(viewer, params)).append(")");
        }
        List<Event> found = Event.<Event>find("select e from Event e where " + where + " order by e.startsAt, e.id", params)
                .page(0, query.limit() + 1)
                .list();
        Optional<Cursor> next = Optional.empty();
        if (found.size() > query.limit()) {
            found = found.subList(0, query.limit());
            Event last = found.get(found.size() - 1);
            next = Optional.of(new Cursor(last.startsAt, last.id));
        }
        MemberDirectory.Names names = members.names(found.stream().map(e -> e.hostId).toList());
        return new Page(found, next, names);
    }

    /**
     * A chapter's published public events that have not ended by {@code endedAfter}, by start time:
     * what a chapter website and its calendar feed show ({@link EventAccess#isListedPublicly}).
     */
    public List<Event> publicEvents(String chapter, Instant endedAfter, int limit) {
        return Event.<Event>find("chapter = ?1 and status = ?2 and visibility = ?3 and endsAt > ?4 order by startsAt, id",
                        chapter, EventStatus.PUBLISHED, Visibility.PUBLIC, endedAfter)
                .page(0, limit)
                .list();
    }

    public Instant now() {
        return clock.instant();
    }

    /** The access rule of {@link EventAccess#sees} as a query condition. */
    private static String visibleClause(EventAccess.Viewer viewer, Parameters params) {
        params.and("draft", EventStatus.DRAFT).and("public", Visibility.PUBLIC);
        StringBuilder visible = new StringBuilder("e.visibility = :public");
        Optional<UUID> member = viewer.signedIn() ? viewer.memberId() : Optional.empty();
        if (member.isPresent()) {
            params.and("members", Visibility.MEMBERS).and("inviteOnly", Visibility.INVITE_ONLY).and("me", member.get());
            visible.append(" or e.visibility = :members or (e.visibility = :inviteOnly and exists"
                    + " (select 1 from Invitation i where i.eventId = e.id and i.memberId = :me))");
        }
        StringBuilder clause = new StringBuilder("(e.status <> :draft and (").append(visible).append("))");
        if (member.isPresent()) {
            clause.append(" or e.hostId = :me");
        }
        if (!viewer.organizes().isEmpty()) {
            clause.append(" or e.chapter in :organized");
            params.and("organized", viewer.organizes());
        }
        return clause.toString();
    }

    private static boolean same(String requested, String current) {
        return java.util.Objects.equals(blankToNull(requested), current);
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
