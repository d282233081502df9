package org.givefirst.matching.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;
import java.util.UUID;
import org.givefirst.matching.domain.SeatingHistory;
import org.givefirst.matching.domain.Tables;
import org.givefirst.matching.persistence.EventView;
import org.givefirst.matching.persistence.RsvpView;
import org.givefirst.matching.persistence.Seating;
import org.givefirst.matching.persistence.SeatingSeat;
import org.givefirst.platform.problem.ProblemException;

/**
 * Seats the people going to an event at tables of 4–6 with the domain's {@link Tables} (greedy
 * start, then swaps), and keeps the result as the event's seating. A member who brings a guest has
 * the guest at their table (the guest's seat has a stable id derived from the event and the host).
 * Pairs who sat together at the chapter's last events (the chapter's {@code tableMemoryEvents}, by
 * their latest seating) are penalized, "never" pairs are kept apart and takers are spread. The seed
 * is derived from the event id, so the same people, size and history give the same tables.
 */
@ApplicationScoped
public class TableService {

    private final EntityManager em;
    private final CommunityLoader loader;
    private final IntroductionService introductions;

    public TableService(EntityManager em, CommunityLoader loader, IntroductionService introductions) {
        this.em = em;
        this.loader = loader;
        this.introductions = introductions;
    }

    /** A stored seating and its seats. */
    public record Seated(Seating seating, List<SeatingSeat> seats) {
    }

    @Transactional
    public Seated seat(EventView event, int tableSize, String requestedBy) {
        if (EventView.CANCELLED.equals(event.status)) {
            throw ProblemException.conflict("Event " + event.eventId + " is cancelled");
        }
        List<RsvpView> seated = RsvpView.seatedAt(event.eventId);
        List<UUID> going = seated.stream().map(rsvp -> rsvp.memberId).toList();
        if (going.isEmpty()) {
            throw ProblemException.conflict("Nobody is going to event " + event.eventId + " yet");
        }
        Map<UUID, UUID> hostOfGuest = new HashMap<>();
        List<Tables.Guest> guests = new ArrayList<>();
        for (RsvpView rsvp : seated) {
            if (rsvp.bringsGuest) {
                UUID guest = guestSeat(event.eventId, rsvp.memberId);
                hostOfGuest.put(guest, rsvp.memberId);
                guests.add(new Tables.Guest(guest, rsvp.memberId));
            }
        }
        CommunityLoader.Loaded loaded = loader.of(going, event.chapter);
        long seed = event.eventId.getMostSignificantBits() ^ event.eventId.getLeastSignificantBits();
        SeatingHistory history = history(event, loaded.community().policy().tableMemoryEvents());
        Tables.Seating result = Tables.seat(loaded.community(),
                Tables.Request.of(going, tableSize, seed).withGuests(guests).withHistory(history));

        Seating seating = new Seating();
        seating.id = UUID.randomUUID();
        seating.eventId = event.eventId;
        seating.tableSize = tableSize;
        seating.seed = seed;
        seating.totalScore = result.totalScore();
        seating.randomScore = result.randomSeatingScore();
        seating.swaps = result.swaps();
        seating.requestedBy = requestedBy;
        seating.createdAt = introductions.now();
        seating.persist();
        for (Tables.Table table : result.tables()) {
            for (UUID member : table.members()) {
                SeatingSeat seat = new SeatingSeat();
                seat.seatingId = seating.id;
                seat.memberId = member;
                seat.tableNumber = table.number();
                seat.tableScore = table.score();
                seat.guestOf = hostOfGuest.get(member);
                seat.persist();
            }
        }
        return new Seated(seating, SeatingSeat.of(seating.id));
    }

    /** The stable id of the seat of the guest a member brings to an event. */
    static UUID guestSeat(UUID eventId, UUID hostId) {
        return UUID.nameUUIDFromBytes(("guest:" + eventId + ":" + hostId).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Who sat together at the chapter's last {@code events} events before this one (each by its
     * latest seating; guests' seats left out).
     */
    private SeatingHistory history(EventView event, int events) {
        if (events <= 0 || event.chapter == null) {
            return SeatingHistory.empty();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                with latest as (
                    select distinct on (s.event_id) s.id, e.starts_at from seating s
                      join event_view e on e.event_id = s.event_id
                     where e.chapter = ?1 and s.event_id <> ?2 and e.status <> 'cancelled'
                       and (e.starts_at is null or e.starts_at < ?3)
                     order by s.event_id, s.created_at desc),
                last as (select id from latest order by starts_at desc nulls last, id limit ?4)
                select seat.seating_id, seat.table_number, seat.member_id from seating_seat seat
                 where seat.seating_id in (select id from last) and seat.guest_of is null""")
                .setParameter(1, event.chapter).setParameter(2, event.eventId).setParameter(3, event.startsAt != null ? event.startsAt : introductions.now().plusYears(100))
                .setParameter(4, events).getResultList();
        Map<UUID, Map<Integer, List<UUID>>> bySeating = new LinkedHashMap<>();
        for (Object[] row : rows) {
            bySeating.computeIfAbsent((UUID) row[0], id -> new TreeMap<>())
                    .computeIfAbsent(((Number) row[1]).intValue(), n -> new ArrayList<>()).add((UUID) row[2]);
        }
        List<List<List<UUID>>> past = new ArrayList<>();
        bySeating.values().forEach(tables -> past.add(new ArrayList<>(tables.values())));
        return SeatingHistory.of(past);
    }

    public Optional<Seated> latest(UUID eventId) {
        return Seating.latestOf(eventId).map(seating -> new Seated(seating, SeatingSeat.of(seating.id)));
    }
}
