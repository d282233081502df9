package org.givefirst.matching.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Measures of a round's quality, so that quality is measured rather than assumed.
 *
 * <ul>
 *   <li><b>share of optimum</b>: the round's total weight divided by the total weight of the same
 *       round computed with the exact method on every component ({@link RoundOptions#exactOnly()});
 *       1.0 for an exact round. For k &gt; 1 the reference is the exact successive passes;
 *       {@link #optimumBMatching(PairGraph, int)} gives the optimum b-matching for measurements, and
 *       {@link #unconstrainedOptimum(PairGraph, RoundOptions)} the exact round without stages.</li>
 *   <li><b>coverage</b>: matched members / members of the eligible graph (every eligible member,
 *       connected or not); {@code connectedCoverage} counts only members with at least one eligible
 *       pair, the ones a round could possibly serve.</li>
 *   <li><b>blocking pairs</b>: eligible pairs {u, v} not in the round such that both would rather
 *       have each other: u would prefer v when u got fewer introductions than its cap
 *       (min(k, introductions left this month)), or when w(u,v) is strictly greater than the weight of
 *       u's weakest pair in the round; a pair is blocking when that holds for u and for v. Weights are
 *       symmetric, so preferences are the pair weights, the same for both sides.</li>
 * </ul>
 */
public final class MatchingQuality {

    private MatchingQuality() {
    }

    /**
     * @param totalWeight      weight of the round
     * @param optimumWeight    weight of the exact round
     * @param shareOfOptimum   totalWeight / optimumWeight (1 when both are 0)
     * @param coverage         matched members / eligible members
     * @param connectedCoverage matched members / members with at least one eligible pair
     * @param blockingPairs    see the class comment
     */
    public record Report(long totalWeight, long optimumWeight, double shareOfOptimum, double coverage,
            double connectedCoverage, int blockingPairs) {
    }

    /** Measures a round against the exact round on the same graph with the same k. */
    public static Report evaluate(PairGraph graph, MatchingRound round, RoundOptions options) {
        long optimum = new RoundMatcher(options.exactOnly()).run(graph).totalWeight();
        return evaluate(graph, round, options.introductionsPerMember(), optimum);
    }

    /** Measures a round against a known optimum weight. */
    public static Report evaluate(PairGraph graph, MatchingRound round, int introductionsPerMember, long optimum) {
        int[] partners = partnerCounts(graph, round);
        int matched = 0;
        int connected = 0;
        for (int x = 0; x < graph.vertexCount(); x++) {
            if (partners[x] > 0) {
                matched++;
            }
            if (graph.degree(x) > 0) {
                connected++;
            }
        }
        return new Report(round.totalWeight(), optimum, shareOfOptimum(round.totalWeight(), optimum),
                ratio(matched, graph.vertexCount()), ratio(matched, connected),
                blockingPairs(graph, round, introductionsPerMember));
    }

    /**
     * The weight of an optimum b-matching: at most min(k, capacity) pairs per member, each pair at most
     * once, chosen all together rather than in successive passes. Computed exactly by the standard
     * reduction to matching: each member becomes b copies, each pair (u, v) of weight w a path
     * u_i – e_u – e_v – v_j whose three kinds of edges all weigh w; a maximum-weight matching of that
     * graph takes e_u–e_v (w) for an unused pair and both outer edges (2w) for a used one, so it weighs
     * Σw plus the best b-matching. The gadget graph has Σb + 2m vertices: for measurements on graphs of
     * a few thousand members, not for rounds.
     */
    public static long optimumBMatching(PairGraph graph, int k) {
        int n = graph.vertexCount();
        int[] firstCopy = new int[n];
        int[] copies = new int[n];
        int next = 0;
        for (int x = 0; x < n; x++) {
            firstCopy[x] = next;
            copies[x] = Math.min(k, graph.capacity(x));
            next += copies[x];
        }
        List<int[]> edges = new ArrayList<>();
        long base = 0;
        for (int e = 0; e < graph.edgeCount(); e++) {
            int a = graph.edgeU(e);
            int b = graph.edgeV(e);
            if (copies[a] == 0 || copies[b] == 0) {
                continue;
            }
            int w = graph.weight(e);
            int ea = next++;
            int eb = next++;
            edges.add(new int[] {ea, eb, w});
            base += w;
            for (int i = 0; i < copies[a]; i++) {
                edges.add(new int[] {firstCopy[a] + i, ea, w});
            }
            for (int j = 0; j < copies[b]; j++) {
                edges.add(new int[] {eb, firstCopy[b] + j, w});
            }
        }
        int[] u = new int[edges.size()];
        int[] v = new int[edges.size()];
        int[] w = new int[edges.size()];
        for (int i = 0; i < edges.size(); i++) {
            u[i] = edges.get(i)[0];
            v[i] = edges.get(i)[1];
            w[i] = edges.get(i)[2];
        }
        long total = 0;
        for (int e : edges.isEmpty() ? new int[0] : LocalMatchers.exact(next, u, v, w)) {
            total += w[e];
        }
        return total - base;
    }

    /**
     * The weight of the exact round on the same graph without stages: what a round that does not
     * serve non-takers first would reach. The share {@code round / this} is the cost of "givers first".
     */
    public static long unconstrainedOptimum(PairGraph graph, RoundOptions options) {
        return new RoundMatcher(options.exactOnly()).run(graph.withoutStages()).totalWeight();
    }

    /** total / optimum, 1 when the optimum is 0. */
    public static double shareOfOptimum(long total, long optimum) {
        return optimum == 0 ? 1.0 : (double) total / optimum;
    }

    /** Number of blocking pairs, see the class comment. */
    public static int blockingPairs(PairGraph graph, MatchingRound round, int introductionsPerMember) {
        int n = graph.vertexCount();
        int[] count = new int[n];
        int[] weakest = new int[n];
        Arrays.fill(weakest, Integer.MAX_VALUE);
        Set<Long> inRound = new HashSet<>();
        for (MatchingRound.Pair pair : round.pairs()) {
            int a = graph.vertex(pair.a());
            int b = graph.vertex(pair.b());
            for (int x : new int[] {a, b}) {
                count[x]++;
                weakest[x] = Math.min(weakest[x], pair.weight());
            }
            inRound.add(key(a, b));
        }
        int blocking = 0;
        for (int e = 0; e < graph.edgeCount(); e++) {
            int u = graph.edgeU(e);
            int v = graph.edgeV(e);
            if (inRound.contains(key(u, v))) {
                continue;
            }
            int w = graph.weight(e);
            if (wouldPrefer(graph, u, w, count, weakest, introductionsPerMember)
                    && wouldPrefer(graph, v, w, count, weakest, introductionsPerMember)) {
                blocking++;
            }
        }
        return blocking;
    }

    /** The members of the graph that the round leaves without an introduction. */
    public static List<UUID> unmatched(PairGraph graph, MatchingRound round) {
        int[] partners = partnerCounts(graph, round);
        List<UUID> unmatched = new ArrayList<>();
        for (int x = 0; x < graph.vertexCount(); x++) {
            if (partners[x] == 0) {
                unmatched.add(graph.id(x));
            }
        }
        return unmatched;
    }

    private static boolean wouldPrefer(PairGraph graph, int x, int weight, int[] count, int[] weakest, int k) {
        int cap = Math.min(k, graph.capacity(x));
        return count[x] < cap || weight > weakest[x];
    }

    private static int[] partnerCounts(PairGraph graph, MatchingRound round) {
        int[] partners = new int[graph.vertexCount()];
        for (MatchingRound.Pair pair : round.pairs()) {
            partners[graph.vertex(pair.a())]++;
            partners[graph.vertex(pair.b())]++;
        }
        return partners;
    }

    private static long key(int a, int b) {
        return ((long) Math.min(a, b) << 32) | Math.max(a, b);
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 0.0 : (double) part / whole;
    }
}
