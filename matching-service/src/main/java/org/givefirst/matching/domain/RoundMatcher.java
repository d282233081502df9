package org.givefirst.matching.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * A chapter's matching round: a maximum-weight matching over the eligible two-way graph.
 *
 * <p>Per pass, the graph of still-usable edges is split into connected components (union-find).
 * A component with at most {@link RoundOptions#exactComponentLimit()} vertices is matched exactly
 * with JGraphT 1.5.3's Blossom V ({@code KolmogorovWeightedMatching}, {@code MAXIMIZE}; integer
 * weights, so the optimum is exact); a larger one with greedy + local improvement (see
 * {@link MatchingMethod#GREEDY_WITH_LOCAL_IMPROVEMENT}). Each component's report says which.
 *
 * <p>At most k introductions per member: the round runs k successive matchings (passes). After a
 * pass, its pairs are removed from the graph (never proposed twice) and a member whose capacity
 * (min(k, introductions left this month)) is used up leaves the graph. Every pass is a matching,
 * so a member gets at most one introduction per pass and at most its capacity in total. This is
 * not an optimum b-matching (an optimum could trade a heavy first-pass pair for two others), but
 * each pass is optimal for what is left, which keeps the best pairs and the per-pass guarantee.
 *
 * <p>Deterministic: same graph and options, same round.
 */
public final class RoundMatcher {

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
        int n = graph.vertexCount();
        int m = graph.edgeCount();
        int[] remaining = new int[n];
        for (int x = 0; x < n; x++) {
            remaining[x] = Math.min(options.introductionsPerMember(), graph.capacity(x));
        }
        boolean[] used = new boolean[m];
        List<MatchingRound.Pair> pairs = new ArrayList<>();
        List<MatchingRound.ComponentReport> reports = new ArrayList<>();
        long total = 0;
        int[] local = new int[n];
        for (int pass = 1; pass <= options.introductionsPerMember(); pass++) {
            List<int[][]> components = components(graph, used, remaining);
            int matchedThisPass = 0;
            for (int[][] component : components) {
                int[] vertices = component[0];
                int[] edges = component[1];
                for (int i = 0; i < vertices.length; i++) {
                    local[vertices[i]] = i;
                }
                int[] lu = new int[edges.length];
                int[] lv = new int[edges.length];
                int[] lw = new int[edges.length];
                for (int i = 0; i < edges.length; i++) {
                    lu[i] = local[graph.edgeU(edges[i])];
                    lv[i] = local[graph.edgeV(edges[i])];
                    lw[i] = graph.weight(edges[i]);
                }
                MatchingMethod method = vertices.length <= options.exactComponentLimit()
                        ? MatchingMethod.EXACT_BLOSSOM_V
                        : MatchingMethod.GREEDY_WITH_LOCAL_IMPROVEMENT;
                int[] chosen = method == MatchingMethod.EXACT_BLOSSOM_V
                        ? LocalMatchers.exact(vertices.length, lu, lv, lw)
                        : LocalMatchers.approximate(vertices.length, lu, lv, lw, options.maxImprovementPasses());
                long weight = 0;
                for (int i : chosen) {
                    int e = edges[i];
                    used[e] = true;
                    remaining[graph.edgeU(e)]--;
                    remaining[graph.edgeV(e)]--;
                    weight += graph.weight(e);
                    pairs.add(new MatchingRound.Pair(graph.id(graph.edgeU(e)), graph.id(graph.edgeV(e)),
                            graph.weight(e), pass));
                }
                total += weight;
                matchedThisPass += chosen.length;
                reports.add(new MatchingRound.ComponentReport(pass, vertices.length, edges.length, method,
                        chosen.length, weight));
            }
            if (matchedThisPass == 0) {
                break;
            }
        }
        pairs.sort(Comparator.comparingInt(MatchingRound.Pair::pass)
                .thenComparing(Comparator.comparingInt(MatchingRound.Pair::weight).reversed()));
        return new MatchingRound(pairs, total, reports);
    }

    /**
     * Connected components of the usable edges (not used, both ends with capacity left), each as
     * {vertices, edges}, ordered by their smallest vertex. Vertices without a usable edge are left out.
     */
    private static List<int[][]> components(PairGraph graph, boolean[] used, int[] remaining) {
        int n = graph.vertexCount();
        int m = graph.edgeCount();
        int[] parent = new int[n];
        for (int x = 0; x < n; x++) {
            parent[x] = x;
        }
        boolean[] usable = new boolean[m];
        for (int e = 0; e < m; e++) {
            if (!used[e] && remaining[graph.edgeU(e)] > 0 && remaining[graph.edgeV(e)] > 0) {
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
