package org.givefirst.matching.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.givefirst.matching.domain.Community;
import org.givefirst.matching.domain.ExactBudget;
import org.givefirst.matching.domain.MatchingQuality;
import org.givefirst.matching.domain.MatchingRound;
import org.givefirst.matching.domain.PairGraph;
import org.givefirst.matching.domain.RoundMatcher;
import org.givefirst.matching.domain.RoundOptions;
import org.givefirst.matching.domain.TextAnalyzer;
import org.jgrapht.Graph;
import org.jgrapht.alg.matching.GreedyWeightedMatching;
import org.jgrapht.alg.matching.blossom.v5.KolmogorovWeightedMatching;
import org.jgrapht.alg.matching.blossom.v5.ObjectiveSense;

/**
 * Prints, as Markdown tables, what JMH does not: the size of the synthetic graphs, and for each
 * matching method its median time over {@code runs} runs after one warm-up run (JGraphT's greedy
 * matching timed in the same run as the reference), total weight, share of the exact optimum,
 * coverage and blocking pairs; Blossom V on growing single components against the time budget;
 * successive passes against the optimum b-matching for k > 1; and the cost of "givers first".
 *
 * <pre>java -Xmx8g -cp matching-benchmarks/target/benchmarks.jar org.givefirst.matching.bench.QualityReport [runs] [sizes...]</pre>
 */
public final class QualityReport {

    private QualityReport() {
    }

    public static void main(String[] args) {
        int runs = args.length == 0 ? 5 : Integer.parseInt(args[0]);
        int[] sizes = args.length <= 1 ? new int[] {1_000, 10_000, 100_000}
                : Arrays.stream(args).skip(1).mapToInt(Integer::parseInt).toArray();
        System.out.printf(Locale.ROOT, "Java %s, %d processors, max heap %d MiB; medians of %d runs after one warm-up%n%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, runs);
        graphs(sizes);
        rounds(sizes, runs);
        components(runs);
        bMatching();
        giversFirst(sizes);
    }

    private static void graphs(int[] sizes) {
        System.out.println("| members | eligible pairs (edges) | mean two-way degree | graph build (ms) | graph build with text analysis (ms) |");
        System.out.println("|---:|---:|---:|---:|---:|");
        for (int size : sizes) {
            Community community = SyntheticCommunity.generate(size, 1L);
            Timed<PairGraph> graph = time(1, () -> PairGraph.eligible(SyntheticCommunity.generate(size, 1L)));
            Timed<PairGraph> text = time(1, () -> PairGraph.eligible(community.toBuilder()
                    .textAnalyzer(TextAnalyzer.withDefaultSynonyms()).build()));
            System.out.printf(Locale.ROOT, "| %,d | %,d | %.1f | %.0f | %.0f |%n", size, graph.value.edgeCount(),
                    2.0 * graph.value.edgeCount() / Math.max(1, graph.value.vertexCount()), graph.millis, text.millis);
        }
        System.out.println();
    }

    private static void rounds(int[] sizes, int runs) {
        System.out.println("| members | method | median time (ms) | × JGraphT greedy | total weight | share of exact | coverage | blocking pairs |");
        System.out.println("|---:|---|---:|---:|---:|---:|---:|---:|");
        for (int size : sizes) {
            PairGraph graph = PairGraph.eligible(SyntheticCommunity.generate(size, 1L)).withoutStages();
            Graph<Integer, Integer> jgrapht = graph.toJGraphT();
            Timed<MatchingRound> greedy = time(runs, () -> toRound(graph,
                    new GreedyWeightedMatching<>(jgrapht, false).getMatching().getEdges()));
            Timed<MatchingRound> exact = time(size > 20_000 ? Math.min(runs, 3) : runs, () -> toRound(graph,
                    new KolmogorovWeightedMatching<>(jgrapht, ObjectiveSense.MAXIMIZE).getMatching().getEdges()));
            long optimum = exact.value.totalWeight();
            RoundOptions defaults = RoundOptions.defaults();
            Timed<MatchingRound> round = time(runs, () -> new RoundMatcher(defaults).run(graph));
            Timed<MatchingRound> oneThread = time(runs, () -> new RoundMatcher(defaults.withParallelism(1)).run(graph));
            Timed<MatchingRound> approximate = time(runs, () -> new RoundMatcher(defaults.approximateOnly()).run(graph));
            row(size, "Givefirst round, default " + round.value.methodsUsed(), round, greedy, graph, optimum);
            row(size, "Givefirst round, default, one thread", oneThread, greedy, graph, optimum);
            row(size, "Givefirst greedy + local improvement", approximate, greedy, graph, optimum);
            row(size, "JGraphT KolmogorovWeightedMatching (Blossom V, exact)", exact, greedy, graph, optimum);
            row(size, "JGraphT GreedyWeightedMatching", greedy, greedy, graph, optimum);
        }
        System.out.println();
    }

    private static void components(int runs) {
        System.out.println("| component (vertices) | edges | predicted Blossom V (ms) | measured Blossom V, median (ms) | default method (1 s budget) | default round, median (ms) | its share |");
        System.out.println("|---:|---:|---:|---:|---|---:|---:|");
        for (int size : new int[] {1_000, 2_000, 5_000, 10_000, 20_000, 40_000}) {
            PairGraph graph = PairGraph.eligible(SyntheticCommunity.generate(size, 3L)).withoutStages();
            Timed<MatchingRound> exact = time(runs, () -> new RoundMatcher(RoundOptions.defaults().exactOnly()).run(graph));
            Timed<MatchingRound> round = time(runs, () -> new RoundMatcher(RoundOptions.defaults()).run(graph));
            System.out.printf(Locale.ROOT, "| %,d | %,d | %.0f | %.0f | %s | %.0f | %.4f |%n", graph.vertexCount(),
                    graph.edgeCount(), ExactBudget.predictedMillis(graph.vertexCount(), graph.edgeCount()), exact.millis,
                    round.value.methodsUsed(), round.millis,
                    MatchingQuality.shareOfOptimum(round.value.totalWeight(), exact.value.totalWeight()));
        }
        System.out.println();
    }

    private static void bMatching() {
        System.out.println("| members | k | successive passes (exact) | optimum b-matching | passes / optimum | coverage of passes |");
        System.out.println("|---:|---:|---:|---:|---:|---:|");
        for (int size : new int[] {500, 1_000, 2_000}) {
            PairGraph graph = PairGraph.eligible(SyntheticCommunity.generate(size, 1L)).withoutStages();
            for (int k = 2; k <= 3; k++) {
                RoundOptions options = RoundOptions.defaults().withIntroductionsPerMember(k).exactOnly();
                MatchingRound passes = new RoundMatcher(options).run(graph);
                long optimum = MatchingQuality.optimumBMatching(graph, k);
                MatchingQuality.Report report = MatchingQuality.evaluate(graph, passes, k, optimum);
                System.out.printf(Locale.ROOT, "| %,d | %d | %,d | %,d | %.4f | %.3f |%n", size, k, passes.totalWeight(),
                        optimum, report.shareOfOptimum(), report.coverage());
            }
        }
        System.out.println();
    }

    private static void giversFirst(int[] sizes) {
        System.out.println("| members | round | total weight | share of unconstrained exact | giver–taker pairs | takers' share of introductions |");
        System.out.println("|---:|---|---:|---:|---:|---:|");
        for (int size : sizes) {
            if (size > 20_000) {
                continue;
            }
            Community community = SyntheticCommunity.generate(size, 1L);
            PairGraph graph = PairGraph.eligible(community);
            RoundOptions exact = RoundOptions.defaults().exactOnly();
            MatchingRound staged = new RoundMatcher(exact).run(graph);
            MatchingRound unconstrained = new RoundMatcher(exact).run(graph.withoutStages());
            for (MatchingRound round : List.of(staged, unconstrained)) {
                System.out.printf(Locale.ROOT, "| %,d | %s | %,d | %.4f | %,d | %.3f |%n", size,
                        round == staged ? "givers first (stages)" : "unconstrained", round.totalWeight(),
                        MatchingQuality.shareOfOptimum(round.totalWeight(), unconstrained.totalWeight()),
                        giverTakerPairs(community, round), takersShare(community, round));
            }
        }
        System.out.println();
    }

    private static int giverTakerPairs(Community community, MatchingRound round) {
        int count = 0;
        for (MatchingRound.Pair pair : round.pairs()) {
            if (community.isTaker(pair.a()) != community.isTaker(pair.b())) {
                count++;
            }
        }
        return count;
    }

    private static double takersShare(Community community, MatchingRound round) {
        int takers = 0;
        for (MatchingRound.Pair pair : round.pairs()) {
            takers += (community.isTaker(pair.a()) ? 1 : 0) + (community.isTaker(pair.b()) ? 1 : 0);
        }
        return round.pairs().isEmpty() ? 0.0 : takers / (2.0 * round.pairs().size());
    }

    private static void row(int size, String method, Timed<MatchingRound> timed, Timed<MatchingRound> greedy,
            PairGraph graph, long optimum) {
        MatchingQuality.Report report = MatchingQuality.evaluate(graph, timed.value, 1, optimum);
        System.out.printf(Locale.ROOT, "| %,d | %s | %.0f | %.2f | %,d | %.4f | %.3f | %,d |%n", size, method, timed.millis,
                timed.millis / greedy.millis, report.totalWeight(), report.shareOfOptimum(), report.coverage(),
                report.blockingPairs());
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

    /** One warm-up run, then the median of {@code runs} timed runs. */
    private static <T> Timed<T> time(int runs, Supplier<T> work) {
        T value = work.get();
        double[] millis = new double[runs];
        for (int run = 0; run < runs; run++) {
            long start = System.nanoTime();
            value = work.get();
            millis[run] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        double median = runs % 2 == 1 ? millis[runs / 2] : (millis[runs / 2 - 1] + millis[runs / 2]) / 2;
        return new Timed<>(value, median);
    }
}
