package org.givefirst.matching.domain;

import static org.givefirst.matching.domain.TestMembers.id;
import static org.givefirst.matching.domain.TestMembers.member;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScoringTest {

    @Test
    void usefulnessFollowsTheDocumentedFormula() {
        MemberProfile giver = member(1, List.of("java", "kafka"), List.of("x"));
        MemberProfile seeker = MemberProfile.builder(id(2)).chapters("paris")
                .objectives(
                        new Objective(Set.of("java", "cobol"), 4, 100), // half covered, fully specific
                        new Objective(Set.of("kafka"), 1, 0),           // covered, vague
                        new Objective(Set.of("sales"), 5, 50))          // not covered
                .build();
        double expected = (4 * 1.0 * 0.5 + 1 * 0.25 * 1.0 + 0) / (4 + 1 + 5);
        assertEquals(expected, Usefulness.of(giver, seeker), 1e-12);
    }

    @Test
    void aSpecificObjectiveIsServedBetterThanAVagueOne() {
        MemberProfile giver = member(1, List.of("fintech-cto"), List.of("x"));
        MemberProfile specific = MemberProfile.builder(id(2)).objectives(new Objective(Set.of("fintech-cto"), 3, 90)).build();
        MemberProfile vague = MemberProfile.builder(id(3)).objectives(new Objective(Set.of("fintech-cto"), 3, 10)).build();
        assertTrue(Usefulness.of(giver, specific) > Usefulness.of(giver, vague));
    }

    @Test
    void usefulnessIsZeroWithoutSharedTagsAndAtMostOne() {
        MemberProfile giver = member(1, List.of("a", "b"), List.of("x"));
        assertEquals(0.0, Usefulness.of(giver, member(2, List.of(), List.of("c"))));
        MemberProfile perfect = MemberProfile.builder(id(3)).objectives(new Objective(Set.of("a", "b"), 5, 100)).build();
        assertEquals(1.0, Usefulness.of(giver, perfect), 1e-12);
    }

    @Test
    void tagsAreNormalizedSoCaseAndSpacesDoNotMatter() {
        MemberProfile giver = member(1, List.of("  Machine  Learning "), List.of("x"));
        MemberProfile seeker = member(2, List.of(), List.of("machine-learning"));
        assertTrue(Usefulness.of(giver, seeker) > 0);
    }

    @Test
    void oneWayPairScoresZero() {
        MemberProfile a = member(1, List.of("java"), List.of("design"));
        MemberProfile b = member(2, List.of("marketing"), List.of("java"));
        TwoWayScore score = TwoWayScore.between(a, GivingLedger.empty(), b, GivingLedger.empty());
        assertTrue(score.usefulnessAToB() > 0);
        assertEquals(0.0, score.usefulnessBToA());
        assertEquals(0.0, score.value());
        assertEquals(0, score.weight());
        assertFalse(score.isTwoWay());
    }

    @Test
    void twoWayScoreIsHarmonicMeanTimesGeometricMeanOfFactors() {
        TwoWayScore score = TwoWayScore.of(0.8, 0.2, 1.2, 0.75);
        double harmonic = 2 * 0.8 * 0.2 / (0.8 + 0.2);
        assertEquals(harmonic * Math.sqrt(1.2 * 0.75), score.value(), 1e-12);
        assertEquals(Math.round(harmonic * Math.sqrt(0.9) * 1000), score.weight());
    }

    @Test
    void lopsidedPairScoresBelowBalancedPairWithSameTotal() {
        assertTrue(TwoWayScore.of(0.9, 0.1, 1, 1).value() < TwoWayScore.of(0.5, 0.5, 1, 1).value());
    }

    @Test
    void giveFirstFactorFollowsTheDocumentedCurve() {
        assertEquals(1.0, GiveFirstFactor.ofBalance(0), 1e-12);
        assertEquals(1 + 0.5 * Math.tanh(1), GiveFirstFactor.ofBalance(4), 1e-12);
        assertEquals(1 - 0.5 * Math.tanh(1), GiveFirstFactor.ofBalance(-4), 1e-12);
        assertEquals(0.769, GiveFirstFactor.ofBalance(-2), 0.001);
        assertEquals(1.381, GiveFirstFactor.ofBalance(4), 0.001);
    }

    @Test
    void giveFirstFactorIsBoundedAndIncreasing() {
        double previous = 0;
        for (int balance = -1000; balance <= 1000; balance++) {
            double factor = GiveFirstFactor.ofBalance(balance);
            assertTrue(factor >= GiveFirstFactor.MIN && factor <= GiveFirstFactor.MAX, "bounded at " + balance);
            assertTrue(factor >= previous, "non-decreasing at " + balance);
            previous = factor;
        }
        assertTrue(GiveFirstFactor.ofBalance(1) > GiveFirstFactor.ofBalance(0));
        assertTrue(GiveFirstFactor.ofBalance(-1) < GiveFirstFactor.ofBalance(0));
    }

    @Test
    void ledgerBalanceWeighsHostingAndConfirmedHelpDouble() {
        GivingLedger ledger = new GivingLedger(1, 1, 1, 1, 3);
        assertEquals(2 + 1 + 1 + 2, ledger.givingPoints());
        assertEquals(3, ledger.balance());
        assertEquals(GiveFirstFactor.ofBalance(3), ledger.factor(), 1e-12);
    }

    @Test
    void takerIsWhoReceivedTwoIntroductionsAndNeverGave() {
        assertFalse(GivingLedger.empty().isTaker(), "a newcomer is not a taker");
        assertFalse(GivingLedger.empty().plusIntroductionReceived().isTaker(), "the first introduction is free");
        GivingLedger taker = GivingLedger.empty().plusIntroductionReceived().plusIntroductionReceived();
        assertTrue(taker.isTaker());
        assertFalse(taker.plusBroughtGuest().isTaker(), "any giving ends taker status");
        assertTrue(taker.factor() < 1.0);
    }

    @Test
    void objectiveRejectsOutOfRangePriorityAndSpecificity() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> Objective.of(0, 50, "a"));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> Objective.of(6, 50, "a"));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> Objective.of(3, 101, "a"));
    }
}
