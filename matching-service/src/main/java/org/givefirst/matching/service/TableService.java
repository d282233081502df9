package org.givefirst.matching.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.givefirst.matching.domain.Tables;
import org.givefirst.matching.persistence.EventView;
import org.givefirst.matching.persistence.RsvpView;
import org.givefirst.matching.persistence.Seating;
import org.givefirst.matching.persistence.SeatingSeat;
import org.givefirst.platform.problem.ProblemException;

/**
 * Seats the people going to an event at tables of 4–6 with the domain's {@link Tables} (greedy
 * start, then swaps), and keeps the result as the event's seating. The seed is derived from the
 * event id, so the same people and size give the same tables.
 */
@ApplicationScoped
public class TableService {

    private final CommunityLoader loader;
    private final IntroductionService introductions;

    public TableService(CommunityLoader loader, IntroductionService introductions) {
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
        List<UUID> going = RsvpView.seatedAt(event.eventId).stream().map(rsvp -> rsvp.memberId).toList();
        if (going.isEmpty()) {
            throw ProblemException.conflict("Nobody is going to event " + event.eventId + " yet");
        }
        CommunityLoader.Loaded loaded = loader.of(going);
        long seed = event.eventId.getMostSignificantBits() ^ event.eventId.getLeastSignificantBits();
        Tables.Seating result = Tables.seat(loaded.community(), going, tableSize, seed);

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
                seat.persist();
            }
        }
        return new Seated(seating, SeatingSeat.of(seating.id));
    }

    public Optional<Seated> latest(UUID eventId) {
        return Seating.latestOf(eventId).map(seating -> new Seated(seating, SeatingSeat.of(seating.id)));
    }
}
