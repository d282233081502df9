package org.givefirst.matching.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.givefirst.matching.domain.MatchingRound;
import org.givefirst.matching.domain.PairGraph;
import org.givefirst.matching.domain.RoundMatcher;
import org.givefirst.matching.domain.RoundOptions;
import org.junit.jupiter.api.Test;

/**
 * Runs on this module's own class path, the one the benchmark jar is shaded from (matching-service
 * and platform without their dependencies): a domain class that needs more than that fails here,
 * before a long benchmark run does.
 */
class SyntheticCommunityTest {

    @Test
    void aSmallCommunityHasTheDocumentedDensityAndAnExactRound() {
        PairGraph graph = PairGraph.eligible(SyntheticCommunity.generate(1_000, 1L)).withoutStages();
        double degree = 2.0 * graph.edgeCount() / graph.vertexCount();
        assertTrue(degree > 15 && degree < 23, "about 19 two-way candidates per member, got " + degree);

        MatchingRound round = new RoundMatcher(RoundOptions.defaults()).run(graph);
        assertTrue(round.isExact(), "1,000 members are well inside the exact budget");
        assertEquals(1_000, SyntheticCommunity.generate(1_000, 1L).members().size());
        assertTrue(round.pairs().size() > 450, "nearly everyone is matched: " + round.pairs().size() + " pairs");
    }
}
