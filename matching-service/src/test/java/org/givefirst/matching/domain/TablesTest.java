package org.givefirst.matching.domain;

import static org.givefirst.matching.domain.TestMembers.id;
import static org.givefirst.matching.domain.TestMembers.member;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TablesTest {

    private static List<UUID> people(int n) {
        List<UUID> people = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            people.add(id(i));
        }
        return people;
    }

    /** Four "clusters" of five: people in the same cluster help each other, others don't. */
    private static double clusterScore(UUID a, UUID b) {
        return a.getLeastSignificantBits() % 4 == b.getLeastSignificantBits() % 4 ? 1.0 : 0.0;
    }

    @Test
    void tableSizesAreEvenAndNeverAboveTheRequestedSize() {
        assertArrayEquals(new int[] {5, 5, 5, 4, 4}, Tables.tableSizes(23, 5));
        assertArrayEquals(new int[] {6, 6}, Tables.tableSizes(12, 6));
        assertArrayEquals(new int[] {3}, Tables.tableSizes(3, 4));
        for (int size = 4; size <= 6; size++) {
            for (int n = 1; n <= 200; n++) {
                int[] sizes = Tables.tableSizes(n, size);
                assertEquals(n, java.util.Arrays.stream(sizes).sum());
                for (int s : sizes) {
                    assertTrue(s <= size && s >= sizes[sizes.length - 1] && s - sizes[sizes.length - 1] <= 1);
                    if (n >= size * (size - 1)) {
                        assertTrue(s >= size - 1, "n=" + n + " size=" + size);
                    }
                }
            }
        }
    }

    @Test
    void everyPersonIsSeatedOnceAtATableOfTheRightSize() {
        Tables.Seating seating = Tables.seat(people(23), TablesTest::clusterScore, 5, 1L);
        Set<UUID> seated = new HashSet<>();
        for (Tables.Table table : seating.tables()) {
            assertTrue(table.members().size() == 5 || table.members().size() == 4);
            for (UUID person : table.members()) {
                assertTrue(seated.add(person), "seated twice: " + person);
            }
        }
        assertEquals(new HashSet<>(people(23)), seated);
    }

    @Test
    void seatingBeatsRandomSeatingAndFindsTheClusters() {
        Tables.Seating seating = Tables.seat(people(20), TablesTest::clusterScore, 5, 7L);
        // Optimum: each table is one cluster of five, 10 pairs of score 1 each, 4 tables.
        assertEquals(40.0, seating.totalScore(), 1e-9);
        assertTrue(seating.randomSeatingScore() < seating.totalScore());
        assertTrue(seating.gainOverRandom() > 0);
    }

    @Test
    void membersWhoHelpEachOtherAreSeatedTogether() {
        // Five groups of four identical profiles (i % 5): only members of a group help each other.
        List<MemberProfile> members = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            int group = i % 5;
            members.add(member(i, List.of("give-" + group), List.of("give-" + group)));
        }
        Community community = Community.of(members);
        Tables.Seating seating = Tables.seat(community, people(20), 4, 3L);
        // The best seating puts each group at one table: 6 pairs per table.
        double pairScore = community.score(members.get(0), members.get(5)).value();
        assertEquals(5 * 6 * pairScore, seating.totalScore(), 1e-9);
        assertTrue(seating.totalScore() > seating.randomSeatingScore());
    }

    @Test
    void sameSeedGivesSameSeating() {
        assertEquals(Tables.seat(people(30), TablesTest::clusterScore, 6, 11L),
                Tables.seat(people(30), TablesTest::clusterScore, 6, 11L));
    }

    @Test
    void tableSizeOutsideFourToSixIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> Tables.seat(people(10), TablesTest::clusterScore, 3, 1L));
        assertThrows(IllegalArgumentException.class, () -> Tables.seat(people(10), TablesTest::clusterScore, 7, 1L));
    }

    private static Tables.Table tableOf(Tables.Seating seating, UUID person) {
        return seating.tables().stream().filter(t -> t.members().contains(person)).findFirst().orElseThrow();
    }

    @Test
    void aGuestSitsAtTheirHostsTable() {
        // Guest 100 is a member who would rather sit elsewhere; guest 101 is not a member (score 0).
        List<Tables.Guest> guests = List.of(new Tables.Guest(id(100), id(3)), new Tables.Guest(id(101), id(6)));
        Tables.Request request = Tables.Request.of(people(18), 5, 4L).withGuests(guests);
        Tables.Seating seating = Tables.seat(request, Tables.Rules.of((a, b) ->
                a.equals(id(100)) || b.equals(id(100)) ? (a.equals(id(0)) || b.equals(id(0)) ? 5.0 : 0.0)
                        : clusterScore(a, b)));
        assertEquals(tableOf(seating, id(3)), tableOf(seating, id(100)));
        assertEquals(tableOf(seating, id(6)), tableOf(seating, id(101)));
        int seated = seating.tables().stream().mapToInt(t -> t.members().size()).sum();
        assertEquals(20, seated);
        for (Tables.Table table : seating.tables()) {
            assertTrue(table.members().size() >= 4 && table.members().size() <= 5, table.toString());
        }
    }

    @Test
    void takersAreSpreadOverTheTablesEvenWhenOneGiverAttractsThemAll() {
        // Everyone gains most from sitting with giver 0; takers 1..8 would all crowd around them.
        Set<UUID> takers = new HashSet<>(people(9).subList(1, 9));
        Tables.Rules rules = new Tables.Rules((a, b) -> a.equals(id(0)) || b.equals(id(0)) ? 1.0 : 0.1, takers, Set.of());
        Tables.Seating seating = Tables.seat(Tables.Request.of(people(20), 5, 9L), rules);
        for (Tables.Table table : seating.tables()) {
            long atTable = table.members().stream().filter(takers::contains).count();
            assertTrue(atTable <= 2, "8 takers over 4 tables, but " + atTable + " at table " + table.number());
        }
    }

    @Test
    void membersWhoRefusedEachOtherNeverShareATable() {
        // 0 and 1 are the best pair of the event, but 0 asked never to be introduced to 1.
        MemberProfile zero = TestMembers.builder(0, List.of("give-a", "give-b"), List.of("give-a", "give-b"))
                .neverIntroduce(Set.of(id(1))).build();
        List<MemberProfile> members = new ArrayList<>(List.of(zero,
                TestMembers.member(1, List.of("give-a", "give-b"), List.of("give-a", "give-b"))));
        for (int i = 2; i < 12; i++) {
            members.add(TestMembers.member(i, List.of("give-a"), List.of("give-b")));
        }
        Community community = Community.of(members);
        Tables.Seating seating = Tables.seat(community, people(12), 4, 2L);
        assertTrue(tableOf(seating, id(0)) != tableOf(seating, id(1)));
        assertEquals(0, seating.separatedPairs());
    }

    @Test
    void tablesRememberWhoSatTogetherAndSeatPeopleWithSomeoneNew() {
        // Everyone helps everyone equally; last time rows of four sat together.
        List<List<UUID>> lastTime = new ArrayList<>();
        for (int row = 0; row < 4; row++) {
            lastTime.add(people(16).subList(4 * row, 4 * row + 4));
        }
        SeatingHistory history = SeatingHistory.of(List.of(lastTime));
        assertEquals(1, history.timesTogether(id(0), id(3)));
        assertEquals(0, history.timesTogether(id(0), id(4)));
        Tables.Request request = Tables.Request.of(people(16), 4, 5L);
        Tables.Seating remembering = Tables.seat(request.withHistory(history), Tables.Rules.of((a, b) -> 1.0));
        assertEquals(0, remembering.repeatedPairs());
        assertEquals(24.0, remembering.totalScore(), 1e-9);
        // With a pair score that only the old rows have, the rows are still worth keeping: repeats are penalized, not banned.
        Tables.Seating clusters = Tables.seat(request.withHistory(history),
                Tables.Rules.of((a, b) -> a.getLeastSignificantBits() / 4 == b.getLeastSignificantBits() / 4 ? 1.0 : 0.0));
        assertEquals(24, clusters.repeatedPairs());
    }

    @Test
    void theGainIsMeasuredAgainstTheMeanOfManyRandomSeatings() {
        Tables.Seating uniform = Tables.seat(people(23), (a, b) -> 1.0, 5, 3L);
        // Every seating with the same sizes scores the same: 3 tables of 5 (10 pairs) and 2 of 4 (6 pairs).
        assertEquals(42.0, uniform.randomSeatingScore(), 1e-9);
        assertEquals(0.0, uniform.gainOverRandom(), 1e-9);
        Tables.Seating clusters = Tables.seat(people(20), TablesTest::clusterScore, 5, 7L);
        // A random seating puts about 4/19 of each person's 4 tablemates in their cluster: 4 tables × 10 pairs × 4/19.
        assertEquals(40.0 * 4 / 19, clusters.randomSeatingScore(), 1.0);
    }
}
