package org.givefirst.matching.domain;

import static org.givefirst.matching.domain.TestMembers.id;
import static org.givefirst.matching.domain.TestMembers.member;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.givefirst.platform.contracts.Tags;
import org.junit.jupiter.api.Test;

class CandidateIndexTest {

    @Test
    void candidatesAreExactlyTheMembersSharingATagInBothDirections() {
        List<MemberProfile> members = TestMembers.randomCommunity(new Random(7), 300, 40);
        CandidateIndex index = CandidateIndex.build(members);
        for (MemberProfile a : members) {
            Set<java.util.UUID> expected = new HashSet<>();
            for (MemberProfile b : members) {
                if (b != a && Tags.intersects(a.offers(), b.seeks()) && Tags.intersects(b.offers(), a.seeks())) {
                    expected.add(b.memberId());
                }
            }
            assertEquals(expected, new HashSet<>(index.candidatesOf(a.memberId())), "candidates of " + a.memberId());
        }
    }

    @Test
    void oneWayPairIsNotACandidate() {
        MemberProfile a = member(1, List.of("java"), List.of("design"));
        MemberProfile oneWay = member(2, List.of("marketing"), List.of("java"));
        MemberProfile twoWay = member(3, List.of("design"), List.of("java"));
        CandidateIndex index = CandidateIndex.build(List.of(a, oneWay, twoWay));
        assertEquals(List.of(id(3)), index.candidatesOf(id(1)));
        assertEquals(List.of(), index.candidatesOf(id(2)));
    }

    @Test
    void everyCandidatePairIsReportedOnceAndScoresAboveZero() {
        List<MemberProfile> members = TestMembers.randomCommunity(new Random(11), 200, 30);
        CandidateIndex index = CandidateIndex.build(members);
        Set<MemberPair> seen = new HashSet<>();
        index.forEachCandidatePair((a, b) -> {
            assertTrue(seen.add(MemberPair.of(a.memberId(), b.memberId())), "pair reported twice");
            assertTrue(TwoWayScore.between(a, GivingLedger.empty(), b, GivingLedger.empty()).value() > 0);
        });
        int expected = 0;
        for (int i = 0; i < members.size(); i++) {
            expected += index.candidatesOf(members.get(i).memberId()).size();
        }
        assertEquals(expected, 2 * seen.size());
    }

    @Test
    void erasedMembersAreNotIndexed() {
        MemberProfile a = member(1, List.of("java"), List.of("design"));
        MemberProfile erased = member(2, List.of("design"), List.of("java")).erasedCopy();
        CandidateIndex index = CandidateIndex.build(List.of(a, erased));
        assertEquals(List.of(), index.candidatesOf(id(1)));
        assertEquals(List.of(), index.offerersOf("design"));
        assertEquals(List.of(id(1)), index.offerersOf("JAVA"));
    }
}
