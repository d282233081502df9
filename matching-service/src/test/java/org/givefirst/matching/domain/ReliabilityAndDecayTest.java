package org.givefirst.matching.domain;

import static org.givefirst.matching.domain.TestMembers.id;
import static org.givefirst.matching.domain.TestMembers.member;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.givefirst.matching.domain.GivingAct.Kind;
import org.givefirst.matching.domain.Reliability.Event;
import org.givefirst.matching.domain.Reliability.Outcome;
import org.junit.jupiter.api.Test;

/** The reliability curve and its recovery; giving and taking that decay with a half-life. */
class ReliabilityAndDecayTest {

    private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");

    private static Event event(int daysAgo, Outcome outcome) {
        return new Event(NOW.minus(Duration.ofDays(daysAgo)), outcome);
    }

    private static GivingAct act(Kind kind, int daysAgo) {
        return GivingAct.of(kind, NOW.minus(Duration.ofDays(daysAgo)));
    }

    @Test
    void reliabilityFollowsTheDocumentedCurve() {
        double[] expected = {1.0, 0.75, 0.5, 0.25};
        for (int strikes = 0; strikes <= Reliability.MAX_STRIKES; strikes++) {
            assertEquals(expected[strikes], new Reliability(strikes).factor(), 1e-12);
            assertEquals(strikes >= 2, new Reliability(strikes).isUnreliable());
        }
    }

    @Test
    void noShowsAndUnansweredIntroductionsLowerItAndShowingUpRecoversIt() {
        assertEquals(0, Reliability.of(List.of()).strikes());
        assertEquals(2, Reliability.of(List.of(event(30, Outcome.NO_SHOW), event(20, Outcome.LEFT_UNANSWERED))).strikes());
        // Given out of order: the show-up is the latest event, so it recovers one strike.
        assertEquals(1, Reliability.of(List.of(event(1, Outcome.SHOWED_UP), event(30, Outcome.NO_SHOW),
                event(20, Outcome.LEFT_UNANSWERED))).strikes());
        assertEquals(0, Reliability.of(List.of(event(30, Outcome.NO_SHOW), event(20, Outcome.ANSWERED))).strikes());
        // Strikes are capped, so a ghost who comes back recovers within three shows.
        List<Event> ghost = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            ghost.add(event(100 - i, Outcome.LEFT_UNANSWERED));
        }
        assertEquals(Reliability.MAX_STRIKES, Reliability.of(ghost).strikes());
        for (int i = 0; i < 3; i++) {
            ghost.add(event(10 - i, Outcome.SHOWED_UP));
        }
        assertEquals(0, Reliability.of(ghost).strikes());
        // Earlier shows do not bank credit against later no-shows.
        assertEquals(1, Reliability.of(List.of(event(50, Outcome.SHOWED_UP), event(40, Outcome.SHOWED_UP),
                event(30, Outcome.NO_SHOW))).strikes());
    }

    @Test
    void unreliableMembersGetFewerSuggestionsAndRankAfterReliableOnes() {
        assertEquals(5, new Reliability(2).suggestionLimit(10));
        assertEquals(10, Reliability.RELIABLE.suggestionLimit(10));
        assertEquals(1, new Reliability(3).suggestionLimit(1));
        List<MemberProfile> members = new ArrayList<>();
        members.add(member(1, List.of("java"), List.of("design")));
        for (int i = 2; i <= 12; i++) {
            members.add(member(i, List.of("design"), List.of("java")));
        }
        Community community = Community.builder().members(members)
                .reliabilities(Map.of(id(1), new Reliability(2), id(2), new Reliability(2))).build();
        assertEquals(5, new Suggestions(community).forMember(id(1), 10).size());
        // Member 1 is unreliable: 12 asked, 6 given; member 2 is unreliable too and comes last.
        List<Suggestion> forOne = new Suggestions(community).forMember(id(1), 12);
        assertEquals(6, forOne.size());
        assertFalse(forOne.stream().limit(5).anyMatch(Suggestion::otherIsUnreliable));
        List<Suggestion> all = new Suggestions(community.toBuilder().reliabilities(Map.of(id(2), new Reliability(2)))
                .build()).forMember(id(1), 20);
        assertEquals(11, all.size());
        assertEquals(id(2), all.get(10).otherMemberId());
        assertTrue(all.get(10).otherIsUnreliable());
        assertTrue(all.get(10).score().value() < all.get(0).score().value());
    }

    @Test
    void actsDecayWithTheHalfLife() {
        Duration halfLife = GivingLedger.DEFAULT_HALF_LIFE;
        assertEquals(1.0, GivingLedger.decay(NOW, NOW, halfLife), 1e-12);
        assertEquals(0.5, GivingLedger.decay(NOW.minus(Duration.ofDays(180)), NOW, halfLife), 1e-12);
        assertEquals(0.25, GivingLedger.decay(NOW.minus(Duration.ofDays(360)), NOW, halfLife), 1e-12);
        assertEquals(1.0, GivingLedger.decay(NOW.plus(Duration.ofDays(3)), NOW, halfLife), 1e-12);
        double previous = 2;
        for (int days = 0; days <= 2000; days += 10) {
            double decay = GivingLedger.decay(NOW.minus(Duration.ofDays(days)), NOW, halfLife);
            assertTrue(decay < previous && decay > 0, "decreasing at " + days);
            previous = decay;
        }
    }

    @Test
    void aGiftFromThreeYearsAgoNoLongerCountsLikeOneFromLastWeek() {
        GivingLedger old = GivingLedger.of(List.of(act(Kind.HOSTED, 3 * 365), act(Kind.HOSTED, 3 * 365)), NOW);
        GivingLedger recent = GivingLedger.of(List.of(act(Kind.HOSTED, 7), act(Kind.HOSTED, 7)), NOW);
        assertEquals(old.balance(), recent.balance(), "the lifetime balance shown to the member is the same");
        assertEquals(4 * Math.pow(0.5, 3 * 365 / 180.0), old.recentGivingPoints(), 1e-9);
        assertTrue(recent.factor() > 1.35 && old.factor() < 1.01, old.factor() + " vs " + recent.factor());
        assertEquals(GiveFirstFactor.ofBalance(recent.recentBalance()), recent.factor(), 1e-12);
    }

    @Test
    void takerRuleUsesRecentGivingAndTaking() {
        GivingLedger gaveLongAgoTookLately = GivingLedger.of(List.of(act(Kind.VOLUNTEERED, 720),
                act(Kind.INTRODUCTION_RECEIVED, 40), act(Kind.INTRODUCTION_RECEIVED, 30), act(Kind.INTRODUCTION_RECEIVED, 20)), NOW);
        assertTrue(gaveLongAgoTookLately.isTaker());
        GivingLedger gaveLastWeek = GivingLedger.of(List.of(act(Kind.VOLUNTEERED, 7),
                act(Kind.INTRODUCTION_RECEIVED, 40), act(Kind.INTRODUCTION_RECEIVED, 30)), NOW);
        assertFalse(gaveLastWeek.isTaker());
        GivingLedger tookLongAgo = GivingLedger.of(List.of(act(Kind.INTRODUCTION_RECEIVED, 800),
                act(Kind.INTRODUCTION_RECEIVED, 790)), NOW);
        assertFalse(tookLongAgo.isTaker(), "old taking has decayed: a returning member starts afresh");
        assertFalse(tookLongAgo.isNewcomer());
        GivingLedger firstIntroductionOnly = GivingLedger.of(List.of(act(Kind.INTRODUCTION_RECEIVED, 1)), NOW);
        assertFalse(firstIntroductionOnly.isTaker(), "the first introduction is free");
        assertTrue(firstIntroductionOnly.isNewcomer());
    }

    @Test
    void countsWithoutDatesBehaveAsBefore() {
        GivingLedger counts = new GivingLedger(1, 1, 1, 1, 3);
        assertEquals(counts.balance(), counts.recentBalance(), 1e-12);
        assertEquals(GiveFirstFactor.ofBalance(3), counts.factor(), 1e-12);
        assertEquals(GivingLedger.of(List.of(act(Kind.HOSTED, 0), act(Kind.VOLUNTEERED, 0), act(Kind.BROUGHT_GUEST, 0),
                act(Kind.HELP_CONFIRMED, 0), act(Kind.INTRODUCTION_RECEIVED, 0), act(Kind.INTRODUCTION_RECEIVED, 0),
                act(Kind.INTRODUCTION_RECEIVED, 0)), NOW), counts);
    }
}
