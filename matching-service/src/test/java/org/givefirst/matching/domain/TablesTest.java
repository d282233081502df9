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
}
