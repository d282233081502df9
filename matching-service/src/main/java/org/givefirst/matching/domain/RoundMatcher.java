package org.givefirst.matching.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Stream;

/**
 * A chapter's matching round: maximum-weight matchings over the eligible two-way graph, serving
 * those who give first.
 *
 * <p><b>Stages ("givers first").</b> The edges of the {@link PairGraph} carry a stage: reliable
 * non-takers among themselves first, then pairs with an unreliable member, then takers with partners
 * who opted in to help newcomers, then takers with anyone else. The round is lexicographic: it
 * matches stage 0 until no usable stage-0 edge is left, then adds the stage-1 edges among the members
 * who still have room, and so on. So a giver is introduced to a taker only when no eligible non-taker
 * partner with room is left for them in that round, whatever the weights (docs/matching.md argues
 * this choice against a weight transform and measures what it costs in total weight).
 *
 * <p><b>Passes.</b> At most k introductions per member: each stage runs successive matchings
 * (passes). After a pass, its pairs are removed from the graph (never proposed twice) and a member
 * whose capacity (min(k, introductions left this month)) is used up leaves the graph. Every pass is a
 * matching, so a member gets at most one introduction per pass and at most its capacity in total.
 * A stage's passes go on until none of its edges is usable any more (at most 2k − 1 passes: each
 * pass in which an edge is usable uses up room at one of its ends), so that no pair of the stage with
 * room at both ends is left for a later stage. This is not an optimum b-matching (an optimum could
 * trade a heavy first-pass pair for two others: {@link MatchingQuality#optimumBMatching} measures the
 * gap), but each pass is optimal for what is left.
 *
 * <p><b>Method per component.</b> Per pass, the usable edges are split into connected components
 * (union-find), matched in parallel ({@link RoundOptions#parallelism()}). A component is matched
 * exactly with JGraphT 1.5.3's Blossom V ({@code KolmogorovWeightedMatching}, {@code MAXIMIZE};
 * integer weights, so the optimum is exact) when {@link ExactBudget} predicts it within
 * {@link RoundOptions#exactBudget()} (and it has at most {@link RoundOptions#exactComponentLimit()}
 * vertices); a bigger one is partitioned into parts Blossom V solves within {@value #PART_BUDGET_MILLIS}
 * ms each, repaired across the cuts ({@link MatchingMethod#PARTITIONED_BLOSSOM_V}). With
 * {@code exactComponentLimit = 0} every component uses greedy + local improvement. Each component's
 * report says which.
 *
 * <p>Deterministic: same graph and options, same round (parallelism only changes who computes what).
 */
public final class RoundMatcher {

    /** Predicted Blossom V time of one part of a partitioned component. */
    public static final double PART_BUDGET_MILLIS = 25.0;

    private final RoundOptions options;

    public RoundMatcher(RoundOptions options) {
        this.options = options;
    }

    public RoundMatcher() {
        this(RoundOptions.defaults());
    }

    public RoundOptions options() {
        return options;
    }

    /** Runs a round for a community (usually one chapter): builds its eligible graph first. */
    public MatchingRound run(Community community) {
        return run(PairGraph.eligible(community));
    }

    /** Runs a round on a prepared graph. */
    public MatchingRound run(PairGraph graph) {
        if (options.parallelism() <= 1) {
            return runStages(graph, false);
        }
        ForkJoinPool pool = new ForkJoinPool(options.parallelism());
        try {
            return pool.submit(() -> runStages(graph, true)).join();
        } finally {
            pool.shutdown();
        }
    }

    private MatchingRound runStages(PairGraph graph, boolean parallel) {
        int n = graph.vertexCount();
        int m = graph.edgeCount();
        int k = options.introductionsPerMember();
        int[] remaining = new int[n];
        for (int x = 0; x < n; x++) {
            remaining[x] = Math.min(k, graph.capacity(x));
        }
        boolean[] used = new boolean[m];
        List<MatchingRound.Pair> pairs = new ArrayList<>();
        List<MatchingRound.ComponentReport> reports = new ArrayList<>();
        long total = 0;
        int pass = 0;
        for (int stage = 0; stage < graph.stageCount(); stage++) {
            for (int stagePass = 0; stagePass < 2 * k; stagePass++) {
                List<int[][]> components = components(graph, used, remaining, stage);
                if (components.isEmpty()) {
                    break;
                }
                pass++;
                Stream<int[][]> stream = parallel ? components.parallelStream() : components.stream();
                List<Matched> matched = stream.map(c -> match(graph, c, parallel)).toList();
                int matchedThisPass = 0;
                for (Matched result : matched) {
                    long weight = 0;
                    for (int e : result.edges()) {
                        used[e] = true;
                        remaining[graph.edgeU(e)]--;
                        remaining[graph.edgeV(e)]--;
                        weight += graph.weight(e);
                        pairs.add(new MatchingRound.Pair(graph.id(graph.edgeU(e)), graph.id(graph.edgeV(e)),
                                graph.weight(e), pass));
                    }
                    total += weight;
                    matchedThisPass += result.edges().length;
                    reports.add(new MatchingRound.ComponentReport(pass, result.vertices(), result.edgeCount(),
                            result.method(), result.edges().length, weight, stage));
                }
                if (matchedThisPass == 0) {
                    break;
                }
            }
        }
        pairs.sort(Comparator.comparingInt(MatchingRound.Pair::pass)
                .thenComparing(Comparator.comparingInt(MatchingRound.Pair::weight).reversed()));
        return new MatchingRound(pairs, total, reports);
    }

    /** The chosen edges (graph numbering) of one component, and how. */
    private record Matched(int vertices, int edgeCount, MatchingMethod method, int[] edges) {
    }

    private Matched match(PairGraph graph, int[][] component, boolean parallel) {
        int[] vertices = component[0];
        int[] edges = component[1];
        // A component's vertices are in increasing order: a vertex's local number is its index there.
        int[] lu = new int[edges.length];
        int[] lv = new int[edges.length];
        int[] lw = new int[edges.length];
        for (int i = 0; i < edges.length; i++) {
            lu[i] = Arrays.binarySearch(vertices, graph.edgeU(edges[i]));
            lv[i] = Arrays.binarySearch(vertices, graph.edgeV(edges[i]));
            lw[i] = graph.weight(edges[i]);
        }
        MatchingMethod method = methodFor(vertices.length, edges.length);
        int[] chosen = switch (method) {
            case EXACT_BLOSSOM_V -> LocalMatchers.exact(vertices.length, lu, lv, lw);
            case PARTITIONED_BLOSSOM_V -> LocalMatchers.partitioned(vertices.length, lu, lv, lw,
                    Math.min(options.exactComponentLimit(),
                            ExactBudget.partVertices((double) edges.length / vertices.length, PART_BUDGET_MILLIS)),
                    options.maxImprovementPasses(), parallel);
            case GREEDY_WITH_LOCAL_IMPROVEMENT ->
                    LocalMatchers.approximate(vertices.length, lu, lv, lw, options.maxImprovementPasses());
        };
        int[] global = new int[chosen.length];
        for (int i = 0; i < chosen.length; i++) {
            global[i] = edges[chosen[i]];
        }
        return new Matched(vertices.length, edges.length, method, global);
    }

    /** The method for a component of this size under these options. */
    public MatchingMethod methodFor(int vertices, int edges) {
        if (options.exactComponentLimit() == 0) {
            return MatchingMethod.GREEDY_WITH_LOCAL_IMPROVEMENT;
        }
        if (vertices <= options.exactComponentLimit() && ExactBudget.fits(vertices, edges, options.exactBudget())) {
            return MatchingMethod.EXACT_BLOSSOM_V;
        }
        return MatchingMethod.PARTITIONED_BLOSSOM_V;
    }

    /**
     * Connected components of the usable edges (not used, stage at most {@code stage}, both ends with
     * capacity left), each as {vertices, edges}, ordered by their smallest vertex. Vertices without a
     * usable edge are left out.
     */
    private static List<int[][]> components(PairGraph graph, boolean[] used, int[] remaining, int stage) {
        int n = graph.vertexCount();
        int m = graph.edgeCount();
        int[] parent = new int[n];
        for (int x = 0; x < n; x++) {
            parent[x] = x;
        }
        boolean[] usable = new boolean[m];
        for (int e = 0; e < m; e++) {
            if (!used[e] && graph.stage(e) <= stage && remaining[graph.edgeU(e)] > 0 && remaining[graph.edgeV(e)] > 0) {
                usable[e] = true;
                int ru = find(parent, graph.edgeU(e));
                int rv = find(parent, graph.edgeV(e));
                if (ru != rv) {
                    parent[Math.max(ru, rv)] = Math.min(ru, rv);
                }
            }
        }
        int[] vertexCount = new int[n];
        int[] edgeCount = new int[n];
        boolean[] touched = new boolean[n];
        for (int e = 0; e < m; e++) {
            if (usable[e]) {
                edgeCount[find(parent, graph.edgeU(e))]++;
                touched[graph.edgeU(e)] = true;
                touched[graph.edgeV(e)] = true;
            }
        }
        for (int x = 0; x < n; x++) {
            if (touched[x]) {
                vertexCount[find(parent, x)]++;
            }
        }
        int[] slot = new int[n];
        Arrays.fill(slot, -1);
        List<int[][]> components = new ArrayList<>();
        for (int x = 0; x < n; x++) {
            if (touched[x] && parent[x] == x) {
                slot[x] = components.size();
                components.add(new int[][] {new int[vertexCount[x]], new int[edgeCount[x]]});
            }
        }
        int[] vertexFill = new int[components.size()];
        int[] edgeFill = new int[components.size()];
        for (int x = 0; x < n; x++) {
            if (touched[x]) {
                int c = slot[find(parent, x)];
                components.get(c)[0][vertexFill[c]++] = x;
            }
        }
        for (int e = 0; e < m; e++) {
            if (usable[e]) {
                int c = slot[find(parent, graph.edgeU(e))];
                components.get(c)[1][edgeFill[c]++] = e;
            }
        }
        return components;
    }

    private static int find(int[] parent, int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }
}
