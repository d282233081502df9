package org.givefirst.matching.bench;

import java.util.concurrent.TimeUnit;
import org.givefirst.matching.domain.MatchingRound;
import org.givefirst.matching.domain.PairGraph;
import org.givefirst.matching.domain.RoundMatcher;
import org.givefirst.matching.domain.RoundOptions;
import org.jgrapht.Graph;
import org.jgrapht.alg.interfaces.MatchingAlgorithm;
import org.jgrapht.alg.matching.GreedyWeightedMatching;
import org.jgrapht.alg.matching.blossom.v5.KolmogorovWeightedMatching;
import org.jgrapht.alg.matching.blossom.v5.ObjectiveSense;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Time of a matching round (k = 1) on the eligible graph of a synthetic community, for:
 * Givefirst's round with its default options (Blossom V per component within the 1 s budget,
 * partitioned above it, components and parts on all processors), the same on one thread,
 * Givefirst's greedy + local improvement alone, JGraphT's exact Blossom V on the whole graph, and
 * JGraphT's greedy matching. The graph is built once per trial, without stages (every pair served
 * alike), so that every method solves the same problem; total weights come from {@link QualityReport}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RoundBenchmark {

    @Param({"1000", "10000", "100000"})
    public int members;

    private PairGraph graph;
    private Graph<Integer, Integer> jgraphtGraph;
    private RoundMatcher defaultRound;
    private RoundMatcher approximateRound;
    private RoundMatcher oneThreadRound;

    @Setup
    public void setUp() {
        graph = PairGraph.eligible(SyntheticCommunity.generate(members, 1L)).withoutStages();
        jgraphtGraph = graph.toJGraphT();
        defaultRound = new RoundMatcher(RoundOptions.defaults());
        approximateRound = new RoundMatcher(RoundOptions.defaults().approximateOnly());
        oneThreadRound = new RoundMatcher(RoundOptions.defaults().withParallelism(1));
    }

    @Benchmark
    public MatchingRound givefirstRoundOneThread() {
        return oneThreadRound.run(graph);
    }

    @Benchmark
    public MatchingRound givefirstRoundDefault() {
        return defaultRound.run(graph);
    }

    @Benchmark
    public MatchingRound givefirstApproximate() {
        return approximateRound.run(graph);
    }

    @Benchmark
    public MatchingAlgorithm.Matching<Integer, Integer> jgraphtKolmogorovExact() {
        return new KolmogorovWeightedMatching<>(jgraphtGraph, ObjectiveSense.MAXIMIZE).getMatching();
    }

    @Benchmark
    public MatchingAlgorithm.Matching<Integer, Integer> jgraphtGreedy() {
        return new GreedyWeightedMatching<>(jgraphtGraph, false).getMatching();
    }
}
