package org.givefirst.events.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.givefirst.events.domain.Seating.Placement;
import org.givefirst.events.domain.Seating.Waiting;
import org.junit.jupiter.api.Test;

class SeatingTest {

    @Test
    void aGuestTakesASecondSeat() {
        assertEquals(1, Seating.seatsFor(false));
        assertEquals(2, Seating.seatsFor(true));
    }

    @Test
    void partyIsSeatedWhileAllItsSeatsAreFree() {
        assertEquals(Placement.GOING, Seating.place(8, 0, 1));
        assertEquals(Placement.GOING, Seating.place(8, 6, 2));
        assertEquals(Placement.GOING, Seating.place(8, 7, 1));
    }

    @Test
    void rsvpBeyondCapacityIsWaitlisted() {
        assertEquals(Placement.WAITLISTED, Seating.place(8, 8, 1));
        assertEquals(Placement.WAITLISTED, Seating.place(8, 8, 2));
    }

    @Test
    void memberWithGuestIsWaitlistedWhenOnlyOneSeatIsLeft() {
        assertEquals(Placement.WAITLISTED, Seating.place(8, 7, 2), "never seated without their guest");
    }

    @Test
    void partyLargerThanTheWholeEventIsRefused() {
        assertEquals(Placement.TOO_LARGE, Seating.place(1, 0, 2));
    }

    @Test
    void invalidCountsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> Seating.place(8, 9, 1));
        assertThrows(IllegalArgumentException.class, () -> Seating.place(0, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> Seating.place(8, 0, 3));
    }

    @Test
    void seatedMemberCanDropTheirGuestAlwaysButAddOneOnlyIntoAFreeSeat() {
        assertTrue(Seating.canResize(8, 8, 2, 1));
        assertFalse(Seating.canResize(8, 8, 1, 2));
        assertTrue(Seating.canResize(8, 7, 1, 2));
    }

    @Test
    void promotionSeatsTheFirstInLine() {
        List<String> promoted = Seating.promote(8, 7, List.of(new Waiting<>("ana", 1), new Waiting<>("ben", 1)));
        assertEquals(List.of("ana"), promoted);
    }

    @Test
    void promotionSkipsAPairThatDoesNotFitButKeepsItsPlace() {
        List<Waiting<String>> line = List.of(new Waiting<>("pair", 2), new Waiting<>("carla", 1), new Waiting<>("dan", 1));
        assertEquals(List.of("carla"), Seating.promote(8, 7, line), "one seat: the first single behind the pair");
        assertEquals(List.of("pair"), Seating.promote(8, 6, line), "two seats: the pair, first in line, goes first");
        assertEquals(List.of("pair", "carla"), Seating.promote(8, 5, line));
    }

    @Test
    void promotionFillsFreedSeatsInOrderAndStopsWhenFull() {
        List<Waiting<Integer>> line = List.of(new Waiting<>(1, 1), new Waiting<>(2, 2), new Waiting<>(3, 1), new Waiting<>(4, 1));
        assertEquals(List.of(1, 2, 3), Seating.promote(8, 4, line));
        assertEquals(List.of(), Seating.promote(8, 8, line));
    }
}
