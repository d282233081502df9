package org.givefirst.matching.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.givefirst.matching.config.MatchingConfig;
import org.givefirst.matching.domain.MemberProfile;
import org.givefirst.matching.persistence.EventView;
import org.givefirst.matching.persistence.MemberView;
import org.givefirst.matching.persistence.RsvpView;

/**
 * Finds the upcoming gathering an introduction can be proposed around ("relationships over
 * business cards, in-person over online"): first an event both members are going to; otherwise
 * the soonest event of a chapter they share that is not invite-only and whose format both like
 * (a member without format preferences likes every format).
 */
@ApplicationScoped
public class Gatherings {

    private final EntityManager em;
    private final MemberQueries members;
    private final MatchingConfig config;
    private final Clock clock;

    public Gatherings(EntityManager em, MemberQueries members, MatchingConfig config, Clock clock) {
        this.em = em;
        this.members = members;
        this.config = config;
        this.clock = clock;
    }

    /** An event as matching knows it from events-service's facts. */
    public Optional<EventView> event(UUID eventId) {
        return eventId == null ? Optional.empty() : Optional.ofNullable(EventView.findById(eventId));
    }

    /** A gathering for a pair; {@code bothGoing} when both already have a seat. */
    public record Gathering(UUID eventId, String title, String format, String chapter, OffsetDateTime startsAt,
            boolean bothGoing) {
    }

    /** Upcoming events of some chapters with who is going, loaded once for many pairs. */
    public final class Upcoming {
        private final List<EventView> events;
        private final Map<UUID, Set<UUID>> going;

        private Upcoming(List<EventView> events, Map<UUID, Set<UUID>> going) {
            this.events = events;
            this.going = going;
        }

        /** The events, soonest first. */
        public List<EventView> events() {
            return events;
        }

        /** The gathering for this pair, if there is one. */
        public Optional<Gathering> around(MemberProfile a, MemberView viewA, MemberProfile b, MemberView viewB) {
            for (EventView event : events) {
                Set<UUID> seated = going.getOrDefault(event.eventId, Set.of());
                if (seated.contains(a.memberId()) && seated.contains(b.memberId())) {
                    return Optional.of(of(event, true));
                }
            }
            Set<String> formatsA = members.formats(viewA);
            Set<String> formatsB = members.formats(viewB);
            for (EventView event : events) {
                if (event.chapter != null && a.chapters().contains(event.chapter) && b.chapters().contains(event.chapter)
                        && !EventView.VISIBILITY_INVITE_ONLY.equals(event.visibility)
                        && likes(formatsA, event.format) && likes(formatsB, event.format)) {
                    return Optional.of(of(event, false));
                }
            }
            return Optional.empty();
        }

        private static boolean likes(Set<String> formats, String format) {
            return formats.isEmpty() || format == null || formats.contains(format);
        }

        private static Gathering of(EventView event, boolean bothGoing) {
            return new Gathering(event.eventId, event.title, event.format, event.chapter, event.startsAt, bothGoing);
        }
    }

    /**
     * Published events starting from now within the horizon, in these chapters or with one of
     * {@code goingMembers} going, soonest first.
     */
    public Upcoming upcoming(Collection<String> chapters, Collection<UUID> goingMembers) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        OffsetDateTime until = now.plus(config.where().horizon());
        Map<UUID, EventView> found = new HashMap<>();
        if (!chapters.isEmpty()) {
            List<EventView> inChapters = EventView.list(
                    "status = ?1 and startsAt > ?2 and startsAt <= ?3 and chapter in ?4",
                    EventView.PUBLISHED, now, until, List.copyOf(chapters));
            inChapters.forEach(event -> found.put(event.eventId, event));
        }
        for (List<UUID> chunk : Chunks.of(goingMembers)) {
            List<EventView> attended = EventView.list("""
                    status = ?1 and startsAt > ?2 and startsAt <= ?3 and eventId in
                      (select r.eventId from RsvpView r where r.memberId in ?4 and r.status in ?5)""",
                    EventView.PUBLISHED, now, until, chunk, RsvpView.SEATED);
            attended.forEach(event -> found.put(event.eventId, event));
        }
        List<EventView> events = new ArrayList<>(found.values());
        events.sort((x, y) -> {
            int byTime = x.startsAt.compareTo(y.startsAt);
            return byTime != 0 ? byTime : x.eventId.compareTo(y.eventId);
        });
        return new Upcoming(events, going(events));
    }

    /** Who has a seat at each of these events. */
    public Map<UUID, Set<UUID>> going(List<EventView> events) {
        Map<UUID, Set<UUID>> going = new HashMap<>();
        List<UUID> ids = events.stream().map(event -> event.eventId).toList();
        for (List<UUID> chunk : Chunks.of(ids)) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery(
                    "select event_id, member_id from rsvp_view where event_id in (?1) and status in ('going', 'promoted')")
                    .setParameter(1, chunk).getResultList();
            for (Object[] row : rows) {
                going.computeIfAbsent((UUID) row[0], id -> new HashSet<>()).add((UUID) row[1]);
            }
        }
        return going;
    }
}
