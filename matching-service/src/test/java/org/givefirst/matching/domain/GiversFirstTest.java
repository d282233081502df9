package org.givefirst.matching.domain;

import static org.givefirst.matching.domain.TestMembers.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Issue 17: rounds serve non-takers first, takers rest, tolerant partners go to takers. */
class GiversFirstTest {

    private static final GivingLedger GIVER = new GivingLedger(0, 0, 0, 2, 2); // balance +2, factor 1.23
    private static final GivingLedger TAKER = new GivingLedger(0, 0, 0, 0, 2); // balance −2, factor 0.77

    /**
     * Fails when a non-taker of the round is paired with a taker while one of their eligible non-taker
     * partners ends the round with room left and without being paired with them.
     */
    static void assertNoGiverSpentOnATakerWhileANonTakerWasFree(Community community, PairGraph graph,
            MatchingRound round, int k) {
        Map<UUID, Integer> count = new HashMap<>();
        Set<MemberPair> paired = new HashSet<>();
        for (MatchingRound.Pair pair : round.pairs()) {
            count.merge(pair.a(), 1, Integer::sum);
            count.merge(pair.b(), 1, Integer::sum);
            paired.add(MemberPair.of(pair.a(), pair.b()));
        }
        for (MatchingRound.Pair pair : round.pairs()) {
            assertFalse(community.isTaker(pair.a()) && community.isTaker(pair.b()), "two takers paired: " + pair);
            UUID giver = community.isTaker(pair.a()) ? pair.b() : community.isTaker(pair.b()) ? pair.a() : null;
            if (giver == null) {
                continue;
            }
            int g = graph.vertex(giver);
            for (int i = 0; i < graph.degree(g); i++) {
                int e = graph.incidentEdge(g, i);
                UUID partner = graph.id(graph.other(e, g));
                if (community.isTaker(partner) || paired.contains(MemberPair.of(giver, partner))) {
                    continue;
                }
                int room = Math.min(k, graph.capacity(graph.other(e, g))) - count.getOrDefault(partner, 0);
                assertEquals(0, room, giver + " was paired with a taker while non-taker " + partner + " had room");
            }
        }
    }

    private static Community scenario(int takerRestRounds, boolean restingAfterLastRound) {
        List<MemberProfile> members = new ArrayList<>();
        Map<UUID, GivingLedger> ledgers = new HashMap<>();
        Map<UUID, Integer> lastRound = new HashMap<>();
        PairHistory.Builder history = PairHistory.builder();
        for (int i = 0; i < 24; i++) {
            members.add(TestMembers.member(i, List.of("startup-advice"), List.of("startup-advice")));
            ledgers.put(id(i), i < 12 ? GIVER : TAKER);
            if (restingAfterLastRound) {
                lastRound.put(id(i), 1);
            }
        }
        // Rounds 1 and 2 handed every giver to a taker; the takers confirmed the givers helped, not the reverse.
        for (int i = 0; i < 12; i++) {
            history.met(id(i), id(12 + i), java.time.Instant.parse("2026-01-10T18:00:00Z"), false);
            history.met(id(i), id(12 + (i + 1) % 12), java.time.Instant.parse("2026-02-10T18:00:00Z"), false);
        }
        return Community.builder().members(members).ledgers(ledgers).history(history.build())
                .lastRoundIntroductions(lastRound).policy(ChapterPolicy.defaults().withTakerRestRounds(takerRestRounds))
                .asOf(java.time.Instant.parse("2026-03-10T18:00:00Z")).build();
    }

    private static int introductionsOf(MatchingRound round, Community community, boolean takers) {
        int count = 0;
        for (MatchingRound.Pair pair : round.pairs()) {
            count += (community.isTaker(pair.a()) == takers ? 1 : 0) + (community.isTaker(pair.b()) == takers ? 1 : 0);
        }
        return count;
    }

    @Test
    void issueScenarioThirdRoundServesTheGiversAmongThemselves() {
        for (boolean resting : new boolean[] {false, true}) {
            Community community = scenario(resting ? 2 : 1, resting);
            PairGraph graph = PairGraph.eligible(community);
            MatchingRound third = new RoundMatcher().run(graph);
            int givers = introductionsOf(third, community, false);
            int takers = introductionsOf(third, community, true);
            assertEquals(12, givers, "every giver is introduced to another giver");
            assertTrue(3 * takers <= givers, "takers " + takers + " vs givers " + givers);
            assertNoGiverSpentOnATakerWhileANonTakerWasFree(community, graph, third, 1);
            if (!resting) {
                // Without "givers first" the same graph hands every giver to a taker, as the issue saw.
                MatchingRound unconstrained = new RoundMatcher().run(graph.withoutStages());
                assertEquals(12, introductionsOf(unconstrained, community, true));
            }
        }
    }

    @Test
    void takerRestsForNRoundsAfterAnIntroductionAndGetsAtMostOneARound() {
        List<MemberProfile> members = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            members.add(TestMembers.member(i, List.of("design"), List.of("design")));
        }
        Map<UUID, GivingLedger> ledgers = Map.of(id(0), TAKER);
        RoundMatcher threeEach = new RoundMatcher(RoundOptions.defaults().withIntroductionsPerMember(3));
        for (int roundsAgo = 1; roundsAgo <= 3; roundsAgo++) {
            Community community = Community.builder().members(members).ledgers(ledgers)
                    .lastRoundIntroductions(Map.of(id(0), roundsAgo)).build();
            PairGraph graph = PairGraph.eligible(community);
            if (roundsAgo < ChapterPolicy.DEFAULT_TAKER_REST_ROUNDS) {
                assertEquals(-1, graph.vertex(id(0)), "rests " + roundsAgo + " round(s) after an introduction");
                assertEquals(java.util.Optional.of(HardConstraints.Exclusion.TAKER_RESTING),
                        HardConstraints.roundExclusion(community, members.get(0)));
            } else {
                assertEquals(1, graph.capacity(graph.vertex(id(0))));
                assertTrue(threeEach.run(graph).partnersOf(id(0)).size() <= 1);
            }
        }
    }

    @Test
    void takerGoesToThePartnerWhoOptedInToHelpNewcomers() {
        MemberProfile taker = TestMembers.member(0, List.of("java"), List.of("design"));
        MemberProfile helper = TestMembers.builder(1, List.of("design"), List.of("java")).helpsNewcomers(true).build();
        // The other giver matches the taker better: two shared tags each way.
        MemberProfile strong = MemberProfile.builder(id(2)).chapters("paris").offers("design", "ux")
                .objectives(new Objective(Set.of("java"), 3, 80)).build();
        MemberProfile takerTwo = MemberProfile.builder(id(0)).chapters("paris").offers("java")
                .objectives(new Objective(Set.of("design", "ux"), 3, 80)).build();
        Community community = new Community(List.of(takerTwo, helper, strong), Map.of(id(0), TAKER), PairHistory.empty());
        assertTrue(community.score(takerTwo, strong).value() > community.score(takerTwo, helper).value());
        MatchingRound round = new RoundMatcher().run(community);
        assertEquals(List.of(id(1)), round.partnersOf(id(0)));
        assertTrue(taker.offers().contains("java"));
    }

    @Test
    void unreliableMembersAreMatchedAfterReliableOnes() {
        MemberProfile a = TestMembers.member(0, List.of("design", "ux"), List.of("java", "kafka"));
        MemberProfile reliable = TestMembers.member(1, List.of("java"), List.of("design"));
        MemberProfile unreliable = TestMembers.member(2, List.of("java", "kafka"), List.of("design", "ux"));
        Community community = Community.builder().members(List.of(a, reliable, unreliable))
                .reliabilities(Map.of(id(2), new Reliability(2))).build();
        PairGraph graph = PairGraph.eligible(community);
        assertEquals(PairGraph.STAGE_UNRELIABLE, graph.stage(graph.edgeBetween(graph.vertex(id(0)), graph.vertex(id(2)))));
        assertEquals(List.of(id(1)), new RoundMatcher().run(graph).partnersOf(id(0)));
        // Alone, the better-matching unreliable member is still introduced.
        assertEquals(List.of(id(2)), new RoundMatcher().run(
                Community.builder().members(List.of(a, unreliable)).reliabilities(Map.of(id(2), new Reliability(2)))
                        .build()).partnersOf(id(0)));
    }

    /**
     * Random chapters of givers, newcomers and takers, equally matchable (same tag distribution),
     * through a series of four rounds that remember who was introduced: in every round no non-taker
     * is paired with a taker while a non-taker partner of theirs has room, and over the series takers
     * receive at most a third of what givers receive. (Over longer series in small sparse chapters the
     * givers run out of non-taker partners they were not introduced to yet, and then the rule lets
     * takers have them: docs/matching.md gives the measured shares.)
     */
    @Test
    void roundsServeNonTakersFirstOnRandomChapters() {
        Random random = new Random(1717);
        for (int chapter = 0; chapter < 12; chapter++) {
            int perGroup = 12 + random.nextInt(12);
            int vocabulary = 5 + random.nextInt(5);
            int k = 1 + random.nextInt(2);
            List<MemberProfile> members = new ArrayList<>();
            Map<UUID, GivingLedger> ledgers = new HashMap<>();
            Set<UUID> givers = new HashSet<>();
            Set<UUID> takers = new HashSet<>();
            for (int i = 0; i < 3 * perGroup; i++) {
                List<String> offers = new ArrayList<>();
                List<String> seeks = new ArrayList<>();
                int tags = 2 + random.nextInt(2);
                for (int t = 0; t < tags; t++) {
                    offers.add("t" + random.nextInt(vocabulary));
                    seeks.add("t" + random.nextInt(vocabulary));
                }
                members.add(TestMembers.builder(i, offers, seeks).helpsNewcomers(random.nextInt(4) == 0).build());
                if (i % 3 == 0) {
                    ledgers.put(id(i), new GivingLedger(1 + random.nextInt(2), 0, 0, random.nextInt(3), random.nextInt(3)));
                    givers.add(id(i));
                } else if (i % 3 == 1) {
                    ledgers.put(id(i), new GivingLedger(0, 0, 0, 0, 2 + random.nextInt(3)));
                    takers.add(id(i));
                }
            }
            PairHistory history = PairHistory.empty();
            Map<UUID, Integer> lastRound = new HashMap<>();
            int toGivers = 0;
            int toTakers = 0;
            for (int r = 0; r < 4; r++) {
                Community community = Community.builder().members(members).ledgers(ledgers).history(history)
                        .lastRoundIntroductions(lastRound).build();
                PairGraph graph = PairGraph.eligible(community);
                MatchingRound round = new RoundMatcher(RoundOptions.defaults().withIntroductionsPerMember(k)).run(graph);
                RoundMatcherTest.assertValidRound(graph, round, k);
                assertNoGiverSpentOnATakerWhileANonTakerWasFree(community, graph, round, k);
                lastRound.replaceAll((member, ago) -> ago + 1);
                for (MatchingRound.Pair pair : round.pairs()) {
                    history = history.withOpen(pair.a(), pair.b());
                    for (UUID member : List.of(pair.a(), pair.b())) {
                        lastRound.put(member, 1);
                        toGivers += givers.contains(member) ? 1 : 0;
                        toTakers += takers.contains(member) ? 1 : 0;
                    }
                }
            }
            assertTrue(toGivers > 0, "chapter " + chapter);
            assertTrue(3 * toTakers <= toGivers, "chapter " + chapter + ": takers " + toTakers + ", givers " + toGivers);
        }
    }
}
