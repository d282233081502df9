package org.givefirst.matching.domain;

import static org.givefirst.matching.domain.TestMembers.id;
import static org.givefirst.matching.domain.TestMembers.member;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.givefirst.matching.domain.HardConstraints.Exclusion;
import org.junit.jupiter.api.Test;

/** Cooldown and reconnect, "never introduce me to X" and "I'd like to meet X". */
class HistoryAndPreferencesTest {

    private static final MemberProfile ALICE = member(1, List.of("java"), List.of("design"));
    private static final MemberProfile BOB = member(2, List.of("design"), List.of("java"));
    private static final Instant MET = Instant.parse("2026-01-15T19:00:00Z");

    private static Community at(Instant asOf, PairHistory history, MemberProfile... members) {
        return Community.builder().members(List.of(members)).history(history).asOf(asOf).build();
    }

    private static List<UUID> suggested(Community community, UUID member) {
        return new Suggestions(community).forMember(member, 10).stream().map(Suggestion::otherMemberId).toList();
    }

    private static boolean inRoundGraph(Community community) {
        PairGraph graph = PairGraph.eligible(community);
        return graph.edgeBetween(graph.vertex(id(1)), graph.vertex(id(2))) >= 0;
    }

    @Test
    void pairThatFoundItUsefulIsSuggestedAgainOnlyAfterTheCooldown() {
        PairHistory useful = PairHistory.empty().withMet(id(1), id(2), MET, true);
        Community fiveMonthsLater = at(Instant.parse("2026-06-14T19:00:00Z"), useful, ALICE, BOB);
        assertEquals(Optional.of(Exclusion.IN_COOLDOWN), HardConstraints.pairExclusion(fiveMonthsLater, ALICE, BOB));
        assertEquals(List.of(), suggested(fiveMonthsLater, id(1)));
        assertFalse(inRoundGraph(fiveMonthsLater));

        Community sixMonthsLater = at(Instant.parse("2026-07-15T19:00:00Z"), useful, ALICE, BOB);
        assertEquals(List.of(id(2)), suggested(sixMonthsLater, id(1)));
        assertEquals(List.of(id(1)), suggested(sixMonthsLater, id(2)));
        assertTrue(inRoundGraph(sixMonthsLater));
    }

    @Test
    void cooldownIsPerChapter() {
        PairHistory useful = PairHistory.empty().withMet(id(1), id(2), MET, true);
        Community threeMonthChapter = Community.builder().members(List.of(ALICE, BOB)).history(useful)
                .policy(ChapterPolicy.defaults().withReconnectCooldown(Period.ofMonths(3)))
                .asOf(Instant.parse("2026-04-16T00:00:00Z")).build();
        assertEquals(List.of(id(2)), suggested(threeMonthChapter, id(1)));
    }

    @Test
    void pairThatDidNotBothFindItUsefulIsNeverSuggestedAgain() {
        PairHistory oneSided = PairHistory.empty().withMet(id(1), id(2), MET, false);
        Community yearsLater = at(Instant.parse("2030-01-01T00:00:00Z"), oneSided, ALICE, BOB);
        assertEquals(Optional.of(Exclusion.ALREADY_INTRODUCED), HardConstraints.pairExclusion(yearsLater, ALICE, BOB));
        assertEquals(List.of(), suggested(yearsLater, id(1)));
    }

    @Test
    void neverAfterADeclineEvenWhenTheyOnceMetAndFoundItUseful() {
        PairHistory history = PairHistory.builder().met(id(1), id(2), MET, true).declined(id(2), id(1)).build();
        Community yearsLater = at(Instant.parse("2030-01-01T00:00:00Z"), history, ALICE, BOB);
        assertEquals(Optional.of(Exclusion.DECLINED_BEFORE), HardConstraints.pairExclusion(yearsLater, ALICE, BOB));
        assertFalse(inRoundGraph(yearsLater));
    }

    @Test
    void neverWhileAnIntroductionBetweenThemIsOpen() {
        PairHistory history = PairHistory.builder().met(id(1), id(2), MET, true).open(id(1), id(2)).build();
        Community yearsLater = at(Instant.parse("2030-01-01T00:00:00Z"), history, ALICE, BOB);
        assertEquals(Optional.of(Exclusion.INTRODUCTION_OPEN), HardConstraints.pairExclusion(yearsLater, ALICE, BOB));
        assertEquals(List.of(), suggested(yearsLater, id(2)));
        assertFalse(inRoundGraph(yearsLater));
    }

    @Test
    void introducedWithoutOutcomeIsNeverSuggestedAgain() {
        Community community = at(Instant.parse("2030-01-01T00:00:00Z"),
                new PairHistory(Set.of(MemberPair.of(id(1), id(2))), Set.of()), ALICE, BOB);
        assertEquals(Optional.of(Exclusion.ALREADY_INTRODUCED), HardConstraints.pairExclusion(community, ALICE, BOB));
    }

    @Test
    void neverIntroduceIsAHardConstraintBothWaysThatDoesNotSayWhoAsked() {
        MemberProfile aliceRefusesBob = TestMembers.builder(1, List.of("java"), List.of("design"))
                .neverIntroduce(Set.of(id(2))).build();
        MemberProfile carol = member(3, List.of("design"), List.of("java"));
        Community community = Community.of(List.of(aliceRefusesBob, BOB, carol));
        assertEquals(List.of(id(3)), suggested(community, id(1)));
        assertFalse(suggested(community, id(2)).contains(id(1)), "Bob is not shown Alice either");
        assertEquals(Optional.of(Exclusion.MEMBER_PREFERENCE), HardConstraints.pairExclusion(community, aliceRefusesBob, BOB));
        assertEquals(Optional.of(Exclusion.MEMBER_PREFERENCE), HardConstraints.pairExclusion(community, BOB, aliceRefusesBob));
        PairGraph graph = PairGraph.eligible(community);
        assertEquals(-1, graph.edgeBetween(graph.vertex(id(1)), graph.vertex(id(2))));
        assertFalse(new RoundMatcher().run(graph).partnersOf(id(1)).contains(id(2)));
    }

    @Test
    void wouldLikeToMeetIsABoundedBoostOfATwoWayPair() {
        MemberProfile aliceWantsBob = TestMembers.builder(1, List.of("java"), List.of("design"))
                .wantsToMeet(Set.of(id(2))).build();
        MemberProfile bobWantsAlice = TestMembers.builder(2, List.of("design"), List.of("java"))
                .wantsToMeet(Set.of(id(1))).build();
        double plain = Community.of(List.of(ALICE, BOB)).score(ALICE, BOB).value();
        double oneSide = Community.of(List.of(aliceWantsBob, BOB)).score(aliceWantsBob, BOB).value();
        double bothSides = Community.of(List.of(aliceWantsBob, bobWantsAlice)).score(aliceWantsBob, bobWantsAlice).value();
        assertEquals(plain * (1 + TwoWayScore.WANTS_TO_MEET_BOOST), oneSide, 1e-12);
        assertEquals(plain * (1 + 2 * TwoWayScore.WANTS_TO_MEET_BOOST), bothSides, 1e-12);
        assertTrue(bothSides <= plain * TwoWayScore.MAX_BOOST);
    }

    @Test
    void wouldLikeToMeetStillNeedsValueBothWays() {
        MemberProfile aliceWantsDan = TestMembers.builder(1, List.of("java"), List.of("design"))
                .wantsToMeet(Set.of(id(4))).build();
        MemberProfile dan = member(4, List.of("marketing"), List.of("java")); // Dan cannot help Alice
        Community community = Community.of(List.of(aliceWantsDan, dan));
        assertTrue(community.candidateIndex().candidatesOf(id(1)).contains(id(4)), "a wish makes a candidate");
        assertEquals(0.0, community.score(aliceWantsDan, dan).value());
        assertEquals(List.of(), suggested(community, id(1)));
        assertEquals(0, PairGraph.eligible(community).edgeCount());
    }

    @Test
    void theMemberOneWouldLikeToMeetRanksFirstAmongEqualMatches() {
        MemberProfile aliceWantsCarol = TestMembers.builder(1, List.of("java"), List.of("design"))
                .wantsToMeet(Set.of(id(3))).build();
        MemberProfile carol = member(3, List.of("design"), List.of("java"));
        assertEquals(List.of(id(3), id(2)), suggested(Community.of(List.of(aliceWantsCarol, BOB, carol)), id(1)));
    }

    @Test
    void membersWhoHelpNewcomersAreBoostedForNewcomersOnly() {
        MemberProfile helper = TestMembers.builder(2, List.of("design"), List.of("java")).helpsNewcomers(true).build();
        Community withNewcomer = Community.of(List.of(ALICE, helper));
        assertEquals(1 + TwoWayScore.WELCOME_BOOST, withNewcomer.score(ALICE, helper).boost(), 1e-12);
        Community withGiver = new Community(List.of(ALICE, helper), java.util.Map.of(id(1), TestMembers.giverLedger()),
                PairHistory.empty());
        assertEquals(1.0, withGiver.score(ALICE, helper).boost(), 1e-12);
    }
}
