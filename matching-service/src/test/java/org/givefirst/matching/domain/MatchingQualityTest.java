package org.givefirst.matching.domain;

import static org.givefirst.matching.domain.TestMembers.id;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MatchingQualityTest {

    /** Path 0-1-2-3 with weights 5, 6, 5: the optimum takes the two outer edges (10). */
    private static PairGraph path() {
        PairGraph.Builder builder = PairGraph.builder();
        for (int v = 0; v < 5; v++) {
            builder.addVertex(id(v));
        }
        return builder.addEdge(id(0), id(1), 5).addEdge(id(1), id(2), 6).addEdge(id(2), id(3), 5).build();
    }

    @Test
    void exactRoundHasFullShareAndCoverageCountsIsolatedMembers() {
        PairGraph graph = path();
        MatchingRound round = new RoundMatcher().run(graph);
        MatchingQuality.Report report = MatchingQuality.evaluate(graph, round, RoundOptions.defaults());
        assertEquals(10, report.totalWeight());
        assertEquals(1.0, report.shareOfOptimum());
        assertEquals(4.0 / 5, report.coverage(), 1e-12);
        assertEquals(1.0, report.connectedCoverage(), 1e-12);
        assertEquals(List.of(id(4)), MatchingQuality.unmatched(graph, round));
    }

    @Test
    void pairPreferredByBothSidesIsBlocking() {
        PairGraph graph = path();
        // The optimum {0-1, 2-3} is blocked by 1-2: 6 > 5 for both 1 and 2.
        MatchingRound optimum = new RoundMatcher().run(graph);
        assertEquals(1, MatchingQuality.blockingPairs(graph, optimum, 1));
        // The greedy {1-2} is stable: 0 and 3 would like 1 and 2, who prefer each other.
        MatchingRound greedy = new MatchingRound(List.of(new MatchingRound.Pair(id(1), id(2), 6, 1)), 6, List.of());
        assertEquals(0, MatchingQuality.blockingPairs(graph, greedy, 1));
        assertEquals(0.6, MatchingQuality.evaluate(graph, greedy, RoundOptions.defaults()).shareOfOptimum(), 1e-12);
    }

    @Test
    void memberUnderItsCapWantsAnyPartner() {
        PairGraph graph = path();
        MatchingRound round = new MatchingRound(List.of(new MatchingRound.Pair(id(0), id(1), 5, 1)), 5, List.of());
        // With k = 2, vertex 1 still has room: 1-2 (both under cap) and 2-3 (both free) are blocking.
        assertEquals(2, MatchingQuality.blockingPairs(graph, round, 2));
    }

    @Test
    void greedyRoundOfAStableGraphHasNoBlockingPairs() {
        // Greedy by weight on distinct weights yields a stable matching: no blocking pair.
        PairGraph graph = TestMembers.randomGraph(new Random(1), 80, 0.1, 1_000_000, 1);
        MatchingRound round = new RoundMatcher(new RoundOptions(1, 0, 0)).run(graph);
        assertEquals(0, MatchingQuality.blockingPairs(graph, round, 1));
    }

    /** Best b-matching by trying every subset of edges (m ≤ 16). */
    private static long bruteForceBMatching(PairGraph graph, int k) {
        int m = graph.edgeCount();
        long best = 0;
        for (int subset = 0; subset < (1 << m); subset++) {
            int[] degree = new int[graph.vertexCount()];
            long weight = 0;
            boolean ok = true;
            for (int e = 0; e < m && ok; e++) {
                if ((subset & (1 << e)) != 0) {
                    weight += graph.weight(e);
                    ok = ++degree[graph.edgeU(e)] <= Math.min(k, graph.capacity(graph.edgeU(e)))
                            && ++degree[graph.edgeV(e)] <= Math.min(k, graph.capacity(graph.edgeV(e)));
                }
            }
            if (ok) {
                best = Math.max(best, weight);
            }
        }
        return best;
    }

    @Test
    void optimumBMatchingEqualsBruteForceAndBoundsTheSuccessivePasses() {
        Random random = new Random(23);
        int tried = 0;
        int strictlyBetter = 0;
        while (tried < 150) {
            PairGraph graph = TestMembers.randomGraph(random, 3 + random.nextInt(6), 0.5, 20, 1 + random.nextInt(3));
            if (graph.edgeCount() > 14) {
                continue;
            }
            tried++;
            int k = 1 + random.nextInt(3);
            long optimum = MatchingQuality.optimumBMatching(graph, k);
            assertEquals(bruteForceBMatching(graph, k), optimum, "graph " + tried);
            long passes = new RoundMatcher(RoundOptions.defaults().withIntroductionsPerMember(k)).run(graph).totalWeight();
            org.junit.jupiter.api.Assertions.assertTrue(passes <= optimum);
            strictlyBetter += passes < optimum ? 1 : 0;
        }
        org.junit.jupiter.api.Assertions.assertTrue(strictlyBetter > 0, "successive passes are not always optimal");
    }

    @Test
    void givingFirstIsMeasuredAgainstTheUnconstrainedOptimum() {
        // A giver (0) and a taker (2) both match member 1; the taker pair weighs more.
        PairGraph.Builder builder = PairGraph.builder();
        for (int v = 0; v < 3; v++) {
            builder.addVertex(id(v), 1);
        }
        PairGraph graph = builder.addEdge(id(0), id(1), 5, PairGraph.STAGE_RELIABLE)
                .addEdge(id(1), id(2), 8, PairGraph.STAGE_TAKER).build();
        assertEquals(5, new RoundMatcher().run(graph).totalWeight());
        assertEquals(8, MatchingQuality.unconstrainedOptimum(graph, RoundOptions.defaults()));
    }
}
