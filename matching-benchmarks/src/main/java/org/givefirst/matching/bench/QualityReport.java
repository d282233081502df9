package org.givefirst.matching.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.givefirst.matching.domain.Community;
import org.givefirst.matching.domain.MatchingQuality;
import org.givefirst.matching.domain.MatchingRound;
import org.givefirst.matching.domain.PairGraph;
import org.givefirst.matching.domain.RoundMatcher;
import org.givefirst.matching.domain.RoundOptions;
import org.jgrapht.Graph;
import org.jgrapht.alg.matching.GreedyWeightedMatching;
import org.jgrapht.alg.matching.blossom.v5.KolmogorovWeightedMatching;
import org.jgrapht.alg.matching.blossom.v5.ObjectiveSense;

/**
 * Prints, as Markdown tables, what JMH does not: the size of the synthetic graphs, and for each
 * matching method its total weight, share of the exact optimum, coverage and blocking pairs, with
 * a wall-clock time (best of two runs, so the first run pays the JIT). Also times Blossom V on
 * growing single components, which is how the default exact-component limit was chosen.
 *
 * <pre>java -Xmx6g -cp matching-benchmarks/target/benchmarks.jar org.givefirst.matching.bench.QualityReport [sizes...]</pre>
 */
public final class QualityReport {

    private QualityReport() {
    }

    public static void main(String[] args) {
        int[] sizes = args.length == 0 ? new int[] {1_000, 10_000, 100_000}
                : java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        System.out.println("| members | eligible pairs (edges) | mean two-way degree | components | largest | graph build (ms) |");
        System.out.println("|---:|---:|---:|---:|---:|---:|");
        List<String> rows = new ArrayList<>();
        for (int size : sizes) {
            Community community = SyntheticCommunity.generate(size, 1L);
            long start = System.nanoTime();
            PairGraph graph = PairGraph.eligible(community);
            double buildMs = (System.nanoTime() - start) / 1e6;
            Graph<Integer, Integer> jgrapht = graph.toJGraphT();

            Timed<MatchingRound> exact = time(() -> toRound(graph,
                    new KolmogorovWeightedMatching<>(jgrapht, ObjectiveSense.MAXIMIZE).getMatching().getEdges()));
            long optimum = exact.value.totalWeight();
            MatchingRound exactRound = new RoundMatcher(RoundOptions.defaults().exactOnly()).run(graph);
            if (exactRound.totalWeight() != optimum) {
                throw new IllegalStateException("exact round differs from JGraphT's Blossom V");
            }
            System.out.printf(Locale.ROOT, "| %,d | %,d | %.1f | %d | %,d | %.0f |%n", size, graph.edgeCount(),
                    2.0 * graph.edgeCount() / Math.max(1, graph.vertexCount()), exactRound.components().size(),
                    exactRound.components().stream().mapToInt(MatchingRound.ComponentReport::vertices).max().orElse(0),
                    buildMs);

            Timed<MatchingRound> round = time(() -> new RoundMatcher(RoundOptions.defaults()).run(graph));
            Timed<MatchingRound> approximate = time(() ->
                    new RoundMatcher(RoundOptions.defaults().approximateOnly()).run(graph));
            Timed<MatchingRound> greedy = time(() -> toRound(graph,
                    new GreedyWeightedMatching<>(jgrapht, false).getMatching().getEdges()));
            rows.add(row(size, "Givefirst round, default (" + round.value.methodsUsed() + ")", round, graph, optimum));
            rows.add(row(size, "Givefirst approximate (greedy + 2/3-edge swaps)", approximate, graph, optimum));
            rows.add(row(size, "JGraphT KolmogorovWeightedMatching (exact)", exact, graph, optimum));
            rows.add(row(size, "JGraphT GreedyWeightedMatching", greedy, graph, optimum));
            RoundOptions twoEach = RoundOptions.defaults().withIntroductionsPerMember(2);
            Timed<MatchingRound> k2 = time(() -> new RoundMatcher(twoEach).run(graph));
            MatchingQuality.Report k2Report = MatchingQuality.evaluate(graph, k2.value, 2,
                    new RoundMatcher(twoEach.exactOnly()).run(graph).totalWeight());
            rows.add(String.format(Locale.ROOT, "| %,d | Givefirst round, k = 2 (%s) | %.0f | %,d | %.4f | %.3f | %,d |",
                    size, k2.value.methodsUsed(), k2.millis, k2.value.totalWeight(), k2Report.shareOfOptimum(),
                    k2Report.coverage(), k2Report.blockingPairs()));
        }
        System.out.println();
        System.out.println("| members | method | time (ms) | total weight | share of exact | coverage | blocking pairs |");
        System.out.println("|---:|---|---:|---:|---:|---:|---:|");
        rows.forEach(System.out::println);

        System.out.println();
        System.out.println("| component (vertices) | Blossom V (ms) | approximate (ms) | approximate share |");
        System.out.println("|---:|---:|---:|---:|");
        for (int size : new int[] {1_000, 2_000, 5_000, 10_000, 20_000}) {
            PairGraph graph = PairGraph.eligible(SyntheticCommunity.generate(size, 3L));
            Timed<MatchingRound> exact = time(() -> new RoundMatcher(RoundOptions.defaults().exactOnly()).run(graph));
            Timed<MatchingRound> approximate = time(() ->
                    new RoundMatcher(RoundOptions.defaults().approximateOnly()).run(graph));
            System.out.printf(Locale.ROOT, "| %,d | %.0f | %.0f | %.4f |%n", graph.vertexCount(), exact.millis,
                    approximate.millis, MatchingQuality.shareOfOptimum(approximate.value.totalWeight(),
                            exact.value.totalWeight()));
        }
    }

    private static String row(int size, String method, Timed<MatchingRound> timed, PairGraph graph, long optimum) {
        MatchingQuality.Report report = MatchingQuality.evaluate(graph, timed.value, 1, optimum);
        return String.format(Locale.ROOT, "| %,d | %s | %.0f | %,d | %.4f | %.3f | %,d |", size, method, timed.millis,
                report.totalWeight(), report.shareOfOptimum(), report.coverage(), report.blockingPairs());
    }

    private static MatchingRound toRound(PairGraph graph, Set<Integer> edges) {
        List<MatchingRound.Pair> pairs = new ArrayList<>();
        long total = 0;
        for (int e : edges) {
            pairs.add(new MatchingRound.Pair(graph.id(graph.edgeU(e)), graph.id(graph.edgeV(e)), graph.weight(e), 1));
            total += graph.weight(e);
        }
        return new MatchingRound(pairs, total, List.of());
    }

    private record Timed<T>(T value, double millis) {
    }

    /** Best of two runs. */
    private static <T> Timed<T> time(Supplier<T> work) {
        T value = null;
        double best = Double.MAX_VALUE;
        for (int run = 0; run < 2; run++) {
            long start = System.nanoTime();
            value = work.get();
            best = Math.min(best, (System.nanoTime() - start) / 1e6);
        }
        return new Timed<>(value, best);
    }
}
