package org.givefirst.events.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The seating rule of a gathering: who gets a seat, who waits, and who moves up when a seat frees.
 *
 * <p>A party is a member alone (1 seat) or with a guest (2 seats). A party is seated only when all
 * its seats are free: a member who asked to bring a guest is never seated without them (they wait
 * together, or the member RSVPs again alone). When seats free up, the waitlist is walked in order
 * and every party whose seats fit is seated; a pair that does not fit into one free seat keeps its
 * place in line but does not block the single member behind it.
 *
 * <p>Invariant the service keeps by applying {@link #promote} after every change: no waiting party
 * fits into the free seats. A newcomer therefore never takes a seat that someone in line could use.
 */
public final class Seating {

    /** The most seats one RSVP can hold: the member and one guest. */
    public static final int MAX_PARTY_SEATS = 2;

    private Seating() {
    }

    public static int seatsFor(boolean bringsGuest) {
        return bringsGuest ? 2 : 1;
    }

    /** What happens to a party asking for seats. */
    public enum Placement {
        /** All its seats are free: seated. */
        GOING,
        /** Not enough free seats: it joins the end of the waitlist. */
        WAITLISTED,
        /** The party is larger than the whole event: it could never be seated. */
        TOO_LARGE
    }

    /** Where a new party goes, given the capacity and the seats already taken. */
    public static Placement place(int capacity, int seatsTaken, int partySeats) {
        requireValid(capacity, seatsTaken);
        if (partySeats < 1 || partySeats > MAX_PARTY_SEATS) {
            throw new IllegalArgumentException("A party takes 1 or 2 seats, not " + partySeats);
        }
        if (partySeats > capacity) {
            return Placement.TOO_LARGE;
        }
        return seatsTaken + partySeats <= capacity ? Placement.GOING : Placement.WAITLISTED;
    }

    /**
     * Whether a seated party can change its size (add or drop its guest) and stay seated. Dropping
     * a guest always works; adding one needs a free seat.
     */
    public static boolean canResize(int capacity, int seatsTaken, int currentSeats, int newSeats) {
        requireValid(capacity, seatsTaken);
        return seatsTaken - currentSeats + newSeats <= capacity;
    }

    /** One party waiting, in waitlist order. */
    public record Waiting<K>(K key, int seats) {
    }

    /**
     * The waiting parties to seat now, in the order they are seated: walk the line, seat each party
     * whose seats fit into what is still free, stop when nothing is free.
     */
    public static <K> List<K> promote(int capacity, int seatsTaken, List<Waiting<K>> waitlistInOrder) {
        requireValid(capacity, seatsTaken);
        int free = capacity - seatsTaken;
        List<K> promoted = new ArrayList<>();
        for (Waiting<K> party : waitlistInOrder) {
            if (free == 0) {
                break;
            }
            if (party.seats() <= free) {
                promoted.add(party.key());
                free -= party.seats();
            }
        }
        return promoted;
    }

    private static void requireValid(int capacity, int seatsTaken) {
        if (capacity < 1 || seatsTaken < 0 || seatsTaken > capacity) {
            throw new IllegalArgumentException("Seats taken " + seatsTaken + " do not fit capacity " + capacity);
        }
    }
}
