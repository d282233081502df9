package org.givefirst.matching.domain;

import static org.givefirst.matching.domain.TestMembers.id;
import static org.givefirst.matching.domain.TestMembers.member;
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

class RoundMatcherTest {

    /**
     * Fails unless the round is a valid k-round of the graph: real edges, no pair twice, caps kept, one
     * per pass, at most 2k − 1 passes per stage.
     */
    static void assertValidRound(PairGraph graph, MatchingRound round, int k) {
        Map<UUID, Integer> count = new HashMap<>();
        Set<MemberPair> pairs = new HashSet<>();
        Map<Integer, Set<UUID>> perPass = new HashMap<>();
        long total = 0;
        for (MatchingRound.Pair pair : round.pairs()) {
            int u = graph.vertex(pair.a());
            int v = graph.vertex(pair.b());
            int edge = graph.edgeBetween(u, v);
            assertTrue(edge >= 0, "pair is not an eligible edge: " + pair);
            assertEquals(graph.weight(edge), pair.weight(), "weight of " + pair);
            assertTrue(pairs.add(MemberPair.of(pair.a(), pair.b())), "pair proposed twice: " + pair);
            Set<UUID> inPass = perPass.computeIfAbsent(pair.pass(), p -> new HashSet<>());
            assertTrue(inPass.add(pair.a()) && inPass.add(pair.b()), "member twice in pass " + pair.pass());
            assertTrue(pair.pass() >= 1 && pair.pass() <= graph.stageCount() * (2 * k - 1), "pass out of range");
            count.merge(pair.a(), 1, Integer::sum);
            count.merge(pair.b(), 1, Integer::sum);
            total += pair.weight();
        }
        for (Map.Entry<UUID, Integer> entry : count.entrySet()) {
            int cap = Math.min(k, graph.capacity(graph.vertex(entry.getKey())));
            assertTrue(entry.getValue() <= cap, entry.getKey() + " got " + entry.getValue() + " > " + cap);
        }
        assertEquals(total, round.totalWeight());
    }

    @Test
    void everyRoundIsAValidMatchingWithPerMemberLimitsOnRandomGraphs() {
        Random random = new Random(20240601L);
        for (int trial = 0; trial < 200; trial++) {
            int n = 2 + random.nextInt(60);
            double p = 0.02 + random.nextDouble() * 0.4;
            int capacity = random.nextInt(4); // 0..3 introductions left this month
            PairGraph graph = TestMembers.randomGraph(random, n, p, 1500, capacity);
            int k = 1 + random.nextInt(3);
            RoundOptions options = RoundOptions.defaults().withIntroductionsPerMember(k)
                    .withExactComponentLimit(random.nextBoolean() ? 0 : 2000);
            assertValidRound(graph, new RoundMatcher(options).run(graph), k);
        }
    }

    @Test
    void exactRoundEqualsBruteForceOptimumOnSmallGraphs() {
        Random random = new Random(42);
        for (int trial = 0; trial < 300; trial++) {
            int n = 1 + random.nextInt(10);
            PairGraph graph = TestMembers.randomGraph(random, n, 0.2 + random.nextDouble() * 0.8, 1500, 1);
            MatchingRound round = new RoundMatcher().run(graph);
            assertValidRound(graph, round, 1);
            assertEquals(BruteForce.optimum(graph), round.totalWeight(), "trial " + trial);
        }
    }

    @Test
    void approximateMethodIsValidAndReachesNinetyFivePercentOfBlossomV() {
        Random random = new Random(99);
        RoundOptions approximate = RoundOptions.defaults().approximateOnly();
        RoundOptions exact = RoundOptions.defaults().exactOnly();
        long approximateTotal = 0;
        long exactTotal = 0;
        for (int trial = 0; trial < 60; trial++) {
            int n = 20 + random.nextInt(200);
            double averageDegree = 3 + random.nextInt(20);
            PairGraph graph = TestMembers.randomGraph(random, n, Math.min(1.0, averageDegree / n), 1500, 1);
            MatchingRound approx = new RoundMatcher(approximate).run(graph);
            assertValidRound(graph, approx, 1);
            long optimum = new RoundMatcher(exact).run(graph).totalWeight();
            assertTrue(approx.totalWeight() >= 0.9 * optimum,
                    "trial " + trial + ": " + approx.totalWeight() + " < 0.9 × " + optimum);
            approximateTotal += approx.totalWeight();
            exactTotal += optimum;
        }
        assertTrue(approximateTotal >= 0.95 * exactTotal, approximateTotal + " vs " + exactTotal);
    }

    @Test
    void partitionedMethodIsValidMaximalAndCloseToBlossomV() {
        Random random = new Random(31);
        // A vertex limit far below the component size forces the partitioned method with small parts.
        RoundOptions partitioned = RoundOptions.defaults().withExactComponentLimit(60);
        long partitionedTotal = 0;
        long exactTotal = 0;
        for (int trial = 0; trial < 12; trial++) {
            int n = 150 + random.nextInt(200);
            PairGraph graph = TestMembers.randomGraph(random, n, Math.min(1.0, 8.0 / n), 1500, 1);
            MatchingRound round = new RoundMatcher(partitioned).run(graph);
            assertValidRound(graph, round, 1);
            assertTrue(round.components().stream().anyMatch(c -> c.method() == MatchingMethod.PARTITIONED_BLOSSOM_V));
            assertFalse(round.isExact());
            Set<UUID> matched = new HashSet<>();
            round.pairs().forEach(p -> {
                matched.add(p.a());
                matched.add(p.b());
            });
            for (int e = 0; e < graph.edgeCount(); e++) {
                assertTrue(matched.contains(graph.id(graph.edgeU(e))) || matched.contains(graph.id(graph.edgeV(e))),
                        "an edge with both ends free was left: the matching is not maximal");
            }
            partitionedTotal += round.totalWeight();
            exactTotal += new RoundMatcher(RoundOptions.defaults().exactOnly()).run(graph).totalWeight();
        }
        // Random graphs have no sparse cuts and the parts are tiny: the worst case of the method.
        assertTrue(partitionedTotal >= 0.95 * exactTotal, partitionedTotal + " vs " + exactTotal);
    }

    @Test
    void localImprovementEndsWithNoGainingTwoEdgeSwapLeft() {
        // The passes try swaps only around the vertices whose mates changed (and, after a partition,
        // around the cuts): none of the swaps they skip may have a gain.
        Random random = new Random(23);
        for (int trial = 0; trial < 20; trial++) {
            PairGraph graph = TestMembers.randomGraph(random, 150 + random.nextInt(200), 0.05, 1500, 1);
            for (RoundOptions options : List.of(RoundOptions.defaults().approximateOnly(),
                    RoundOptions.defaults().withExactComponentLimit(40))) {
                MatchingRound round = new RoundMatcher(options).run(graph);
                Map<UUID, Integer> matchedWeight = new HashMap<>();
                Set<Set<UUID>> matchedPairs = new HashSet<>();
                round.pairs().forEach(p -> {
                    matchedWeight.put(p.a(), p.weight());
                    matchedWeight.put(p.b(), p.weight());
                    matchedPairs.add(Set.of(p.a(), p.b()));
                });
                for (int e = 0; e < graph.edgeCount(); e++) {
                    UUID a = graph.id(graph.edgeU(e));
                    UUID b = graph.id(graph.edgeV(e));
                    if (!matchedPairs.contains(Set.of(a, b))) {
                        assertTrue(graph.weight(e) <= matchedWeight.getOrDefault(a, 0) + matchedWeight.getOrDefault(b, 0),
                                "trial " + trial + ": adding " + a + "-" + b + " and dropping their pairs would gain");
                    }
                }
            }
        }
    }

    @Test
    void localImprovementNeverLosesAndGainsOverPlainGreedy() {
        Random random = new Random(17);
        long improvedTotal = 0;
        long greedyTotal = 0;
        for (int trial = 0; trial < 40; trial++) {
            PairGraph graph = TestMembers.randomGraph(random, 50 + random.nextInt(150), 0.08, 1500, 1);
            long improved = new RoundMatcher(RoundOptions.defaults().approximateOnly()).run(graph).totalWeight();
            long greedy = new RoundMatcher(new RoundOptions(1, 0, 0)).run(graph).totalWeight();
            assertTrue(improved >= greedy, "trial " + trial);
            improvedTotal += improved;
            greedyTotal += greedy;
        }
        assertTrue(improvedTotal > greedyTotal, improvedTotal + " vs greedy " + greedyTotal);
    }

    @Test
    void approximateMethodIsNeverWorseThanHalfTheOptimumOnSmallGraphs() {
        Random random = new Random(5);
        for (int trial = 0; trial < 300; trial++) {
            PairGraph graph = TestMembers.randomGraph(random, 2 + random.nextInt(9), 0.5, 1500, 1);
            MatchingRound approx = new RoundMatcher(RoundOptions.defaults().approximateOnly()).run(graph);
            assertValidRound(graph, approx, 1);
            assertTrue(2 * approx.totalWeight() >= BruteForce.optimum(graph));
        }
    }

    @Test
    void componentsAboveTheLimitArePartitionedAndReportIt() {
        PairGraph.Builder builder = PairGraph.builder();
        for (int v = 0; v < 8; v++) {
            builder.addVertex(id(v));
        }
        builder.addEdge(id(0), id(1), 10).addEdge(id(1), id(2), 10).addEdge(id(2), id(3), 10); // 4 vertices
        builder.addEdge(id(4), id(5), 7).addEdge(id(5), id(6), 9); // 3 vertices; id(7) isolated
        MatchingRound round = new RoundMatcher(RoundOptions.defaults().withExactComponentLimit(3)).run(builder.build());
        assertEquals(2, round.components().size());
        assertEquals(MatchingMethod.PARTITIONED_BLOSSOM_V, round.components().get(0).method());
        assertEquals(4, round.components().get(0).vertices());
        assertEquals(MatchingMethod.EXACT_BLOSSOM_V, round.components().get(1).method());
        assertEquals(20 + 9, round.totalWeight());
    }

    @Test
    void kIntroductionsPerMemberRunsKMatchingsWithoutRepeatingPairs() {
        // A star: the centre can get at most k introductions, each leaf at most one.
        PairGraph.Builder builder = PairGraph.builder();
        for (int v = 0; v < 6; v++) {
            builder.addVertex(id(v));
        }
        for (int leaf = 1; leaf < 6; leaf++) {
            builder.addEdge(id(0), id(leaf), 100 * leaf);
        }
        PairGraph star = builder.build();
        MatchingRound round = new RoundMatcher(RoundOptions.defaults().withIntroductionsPerMember(3)).run(star);
        assertValidRound(star, round, 3);
        assertEquals(List.of(id(5), id(4), id(3)), round.partnersOf(id(0)));
        assertEquals(500 + 400 + 300, round.totalWeight());
    }

    @Test
    void monthlyAllowanceCapsIntroductionsInARound() {
        List<MemberProfile> members = new ArrayList<>();
        members.add(TestMembers.builder(1, List.of("java"), List.of("design")).monthlyIntroductionLimit(3)
                .introductionsThisMonth(2).build());
        for (int i = 2; i <= 5; i++) {
            members.add(member(i, List.of("design"), List.of("java")));
        }
        MatchingRound round = new RoundMatcher(RoundOptions.defaults().withIntroductionsPerMember(3))
                .run(Community.of(members));
        assertEquals(1, round.partnersOf(id(1)).size());
    }

    @Test
    void pairsIntroducedOrDeclinedBeforeAreNeverMatched() {
        MemberProfile a = member(1, List.of("java"), List.of("design"));
        MemberProfile b = member(2, List.of("design"), List.of("java"));
        MemberProfile c = member(3, List.of("design"), List.of("java"));
        PairHistory history = PairHistory.empty().withIntroduced(id(1), id(2)).withDeclined(id(3), id(1));
        Community community = new Community(List.of(a, b, c), Map.of(), history);
        MatchingRound round = new RoundMatcher(RoundOptions.defaults().withIntroductionsPerMember(2)).run(community);
        assertEquals(List.of(), round.pairs());
        assertEquals(0, PairGraph.eligible(community).edgeCount());
        // Without the history, both pairs would have been matched.
        assertEquals(2, new RoundMatcher(RoundOptions.defaults().withIntroductionsPerMember(2))
                .run(Community.of(List.of(a, b, c))).pairs().size());
    }

    @Test
    void twoTakersAreNeverMatched() {
        Random random = new Random(3);
        List<MemberProfile> members = TestMembers.randomCommunity(random, 120, 8);
        Map<UUID, GivingLedger> ledgers = new HashMap<>();
        for (int i = 0; i < members.size(); i += 2) {
            ledgers.put(members.get(i).memberId(), TestMembers.takerLedger());
        }
        Community community = new Community(members, ledgers, PairHistory.empty());
        MatchingRound round = new RoundMatcher(RoundOptions.defaults().withIntroductionsPerMember(3)).run(community);
        assertFalse(round.pairs().isEmpty());
        for (MatchingRound.Pair pair : round.pairs()) {
            assertFalse(community.isTaker(pair.a()) && community.isTaker(pair.b()), "two takers matched: " + pair);
        }
    }

    @Test
    void oneWayPairIsNoEdgeOfTheRoundGraph() {
        MemberProfile a = member(1, List.of("java"), List.of("design"));
        MemberProfile oneWay = member(2, List.of("marketing"), List.of("java"));
        PairGraph graph = PairGraph.eligible(Community.of(List.of(a, oneWay)));
        assertEquals(2, graph.vertexCount());
        assertEquals(0, graph.edgeCount());
        assertTrue(new RoundMatcher().run(graph).pairs().isEmpty());
    }

    @Test
    void roundIsDeterministic() {
        PairGraph graph = TestMembers.randomGraph(new Random(8), 150, 0.08, 1500, 2);
        RoundOptions options = RoundOptions.defaults().withIntroductionsPerMember(2).approximateOnly();
        assertEquals(new RoundMatcher(options).run(graph), new RoundMatcher(options).run(graph));
    }
}
