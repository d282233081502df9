package org.givefirst.matching.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.jgrapht.Graph;
import org.jgrapht.alg.interfaces.MatchingAlgorithm;
import org.jgrapht.alg.matching.blossom.v5.KolmogorovWeightedPerfectMatching;
import org.jgrapht.alg.matching.blossom.v5.ObjectiveSense;
import org.jgrapht.graph.AbstractBaseGraph;
import org.jgrapht.graph.DefaultGraphSpecificsStrategy;
import org.jgrapht.graph.DefaultGraphType;
import org.jgrapht.graph.SimpleWeightedGraph;

/**
 * Maximum-weight matching on one component given as local arrays: vertices 0..n-1, edge i joins
 * {@code u[i]} and {@code v[i]} with weight {@code w[i] ≥ 1}. Both methods return the indexes of
 * the chosen edges.
 */
final class LocalMatchers {

    private LocalMatchers() {
    }

    /**
     * An optimum matching with JGraphT's Blossom V (integer weights, so exact).
     *
     * <p>Blossom V finds perfect matchings; a maximum-weight matching that need not be perfect is the
     * half of a maximum-weight perfect matching of the doubled graph: the component, a copy of it, and
     * an edge of weight 0 from each vertex to its copy (a vertex left single in one half is matched to
     * its copy; each half of an optimum is an optimum of the component). JGraphT's
     * {@code KolmogorovWeightedMatching} does the same reduction, but through views that copy and
     * look every vertex and edge up in hash maps, which took two thirds of the time on components of
     * a thousand members; here the doubled graph is built once, without the lookup index for
     * {@code getEdge(u, v)} that Blossom V does not use.
     */
    static int[] exact(int n, int[] u, int[] v, int[] w) {
        int m = u.length;
        Graph<Integer, Integer> doubled = new PlainGraph();
        for (int x = 0; x < 2 * n; x++) {
            doubled.addVertex(x);
        }
        for (int e = 0; e < m; e++) {
            doubled.addEdge(u[e], v[e], e);
            doubled.setEdgeWeight(e, w[e]);
            doubled.addEdge(u[e] + n, v[e] + n, m + e);
            doubled.setEdgeWeight(m + e, w[e]);
        }
        for (int x = 0; x < n; x++) {
            doubled.addEdge(x, x + n, 2 * m + x);
            doubled.setEdgeWeight(2 * m + x, 0);
        }
        MatchingAlgorithm.Matching<Integer, Integer> perfect =
                new KolmogorovWeightedPerfectMatching<>(doubled, ObjectiveSense.MAXIMIZE).getMatching();
        int[] chosen = perfect.getEdges().stream().mapToInt(Integer::intValue).filter(e -> e < m).toArray();
        Arrays.sort(chosen);
        return chosen;
    }

    /**
     * An undirected weighted graph without the index from vertex pairs to edges: adding an edge is an
     * append, and the callers never add the same pair twice nor a loop.
     */
    private static final class PlainGraph extends AbstractBaseGraph<Integer, Integer> {
        private static final long serialVersionUID = 1L;

        PlainGraph() {
            super(null, null, new DefaultGraphType.Builder().undirected().weighted(true)
                    .allowMultipleEdges(true).allowSelfLoops(false).build(), new DefaultGraphSpecificsStrategy<>());
        }
    }

    /**
     * The arrays as a JGraphT graph: vertex i is {@code Integer i}, edge e is {@code Integer e}.
     * Blossom V for a non-perfect matching copies the graph with the graph's own suppliers and
     * unions it with the original, so the suppliers must yield ids beyond the existing ones.
     */
    static Graph<Integer, Integer> jgraphtGraph(int n, int[] u, int[] v, int[] w) {
        Graph<Integer, Integer> graph = new SimpleWeightedGraph<>(counterFrom(n), counterFrom(u.length));
        for (int x = 0; x < n; x++) {
            graph.addVertex(x);
        }
        for (int e = 0; e < u.length; e++) {
            graph.addEdge(u[e], v[e], e);
            graph.setEdgeWeight(e, w[e]);
        }
        return graph;
    }

    private static Supplier<Integer> counterFrom(int start) {
        int[] next = {start};
        return () -> next[0]++;
    }

    /**
     * Greedy by weight, then local improvement.
     *
     * <p>Greedy: edges by decreasing weight (ties by index), taken when both ends are free.
     * Then passes of two kinds of swap, each applied only when it strictly increases the total weight
     * (so the loop ends, and the result is never below greedy):
     * <ul>
     *   <li>2-edge swap: add an unmatched edge (a, b) and drop the matched edges at a and at b
     *       (gain = w(a,b) - w(M(a)) - w(M(b))); this also adds any edge between two free vertices;</li>
     *   <li>3-edge swap: replace a matched edge (a, b) by (a, x) and (b, y), dropping the matched
     *       edges of x and y (gain = w(a,x) + w(b,y) - w(a,b) - w(M(x)) - w(M(y)), counting an
     *       edge x–y once); x and y are taken among the two best candidates of a and of b. This covers
     *       the augmenting paths of length 3 (x and y free) and the 4-cycles (x matched to y).</li>
     * </ul>
     * Passes stop when one finds no gain or after {@code maxPasses}.
     */
    static int[] approximate(int n, int[] u, int[] v, int[] w, int maxPasses) {
        return new Approximate(n, u, v, w).run(maxPasses);
    }

    /**
     * A component too big for Blossom V within the budget: cut it into parts of at most
     * {@code partVertices} vertices by breadth-first region growing (each part a connected region,
     * the next one grown from where the previous one stopped, so that parts follow the graph and
     * few edges cross them), solve every part exactly with Blossom V (with {@code parallel}, as a
     * parallel stream: on the fork-join pool the round runs in), then repair across the cuts: the
     * parts' matchings together are the warm start of the same local improvement as
     * {@link #approximate}, which only ever raises the weight, and a final fill makes the matching
     * maximal.
     */
    static int[] partitioned(int n, int[] u, int[] v, int[] w, int partVertices, int maxPasses, boolean parallel) {
        Approximate approximate = new Approximate(n, u, v, w);
        int[] part = approximate.partition(Math.max(2, partVertices));
        int parts = Arrays.stream(part).max().orElse(-1) + 1;
        int[] local = new int[n];
        int[] partSize = new int[parts];
        for (int x = 0; x < n; x++) {
            local[x] = partSize[part[x]]++;
        }
        int[] partEdges = new int[parts];
        for (int e = 0; e < u.length; e++) {
            if (part[u[e]] == part[v[e]]) {
                partEdges[part[u[e]]]++;
            }
        }
        int[][] edgesOfPart = new int[parts][];
        for (int p = 0; p < parts; p++) {
            edgesOfPart[p] = new int[partEdges[p]];
        }
        int[] fill = new int[parts];
        for (int e = 0; e < u.length; e++) {
            if (part[u[e]] == part[v[e]]) {
                edgesOfPart[part[u[e]]][fill[part[u[e]]]++] = e;
            }
        }
        IntStream partIds = IntStream.range(0, parts);
        int[][] chosen = (parallel ? partIds.parallel() : partIds).mapToObj(p -> {
            int[] edges = edgesOfPart[p];
            int[] lu = new int[edges.length];
            int[] lv = new int[edges.length];
            int[] lw = new int[edges.length];
            for (int i = 0; i < edges.length; i++) {
                lu[i] = local[u[edges[i]]];
                lv[i] = local[v[edges[i]]];
                lw[i] = w[edges[i]];
            }
            int[] inPart = edges.length == 0 ? new int[0] : exact(partSize[p], lu, lv, lw);
            for (int i = 0; i < inPart.length; i++) {
                inPart[i] = edges[inPart[i]];
            }
            return inPart;
        }).toArray(int[][]::new);
        List<Integer> start = new ArrayList<>();
        for (int[] edges : chosen) {
            for (int e : edges) {
                start.add(e);
            }
        }
        // Inside a part the matching is optimal, so only a swap that adds an edge across a cut can gain
        // at first: the first pass looks only around the vertices on the cuts.
        boolean[] onCut = new boolean[n];
        for (int e = 0; e < u.length; e++) {
            if (part[u[e]] != part[v[e]]) {
                onCut[u[e]] = true;
                onCut[v[e]] = true;
            }
        }
        return approximate.runFrom(start.stream().mapToInt(Integer::intValue).toArray(), maxPasses, onCut);
    }

    private static final class Approximate {
        private final int n;
        private final int[] u;
        private final int[] v;
        private final int[] w;
        private final int[] adjStart;
        private final int[] adjEdge;
        private final int[] mateEdge;
        /** The vertices whose mate changed since the last {@link #clearChanged}. */
        private final boolean[] changed;
        private final int[] changedList;
        private int changedCount;
        /** The vertices around which the current pass tries swaps; null outside the passes. */
        private boolean[] act;

        Approximate(int n, int[] u, int[] v, int[] w) {
            this.n = n;
            this.u = u;
            this.v = v;
            this.w = w;
            this.adjStart = new int[n + 1];
            for (int e = 0; e < u.length; e++) {
                adjStart[u[e] + 1]++;
                adjStart[v[e] + 1]++;
            }
            for (int x = 0; x < n; x++) {
                adjStart[x + 1] += adjStart[x];
            }
            this.adjEdge = new int[2 * u.length];
            int[] fill = Arrays.copyOf(adjStart, n);
            for (int e = 0; e < u.length; e++) {
                adjEdge[fill[u[e]]++] = e;
                adjEdge[fill[v[e]]++] = e;
            }
            this.mateEdge = new int[n];
            Arrays.fill(mateEdge, -1);
            this.changed = new boolean[n];
            this.changedList = new int[n];
        }

        int[] run(int maxPasses) {
            boolean[] all = new boolean[n];
            Arrays.fill(all, true);
            return runFrom(new int[0], maxPasses, all);
        }

        /**
         * Starts from a matching (edge indexes), completes it greedily, improves it, and fills it.
         *
         * <p>A pass tries only the swaps around active vertices: at first {@code active} (and whatever
         * the greedy completion matched), then the vertices whose mate changed, and their neighbours,
         * from the moment of the change to the end of the next pass. A swap's gain depends only on the
         * mates of the vertices it touches and of their neighbours, so a swap skipped this way was
         * tried before with the same inputs and did not gain: from all vertices active, the result is
         * the same as trying every swap in every pass, at a cost that shrinks with the changes.
         */
        int[] runFrom(int[] start, int maxPasses, boolean[] active) {
            for (int e : start) {
                match(e);
            }
            int m = u.length;
            long[] keys = new long[m];
            for (int e = 0; e < m; e++) {
                keys[e] = ((long) (Integer.MAX_VALUE - w[e]) << 32) | e;
            }
            Arrays.sort(keys);
            int[] byWeight = new int[m];
            for (int i = 0; i < m; i++) {
                byWeight[i] = (int) keys[i];
            }
            fillGreedily(byWeight);
            act = Arrays.copyOf(active, n);
            activateChanged();
            for (int pass = 0; pass < maxPasses; pass++) {
                boolean improved = false;
                for (int e : byWeight) {
                    if (act[u[e]] || act[v[e]]) {
                        improved |= tryTwoEdgeSwap(e);
                    }
                }
                for (int a = 0; a < n; a++) {
                    if (act[a] || (mateEdge[a] >= 0 && act[other(mateEdge[a], a)])) {
                        improved |= tryThreeEdgeSwap(a);
                    }
                }
                if (!improved) {
                    break;
                }
                act = new boolean[n];
                activateChanged();
            }
            act = null;
            // Maximal whatever the pass bound: no edge is left with both ends free.
            fillGreedily(byWeight);
            int count = 0;
            int[] chosen = new int[n / 2];
            for (int x = 0; x < n; x++) {
                int e = mateEdge[x];
                if (e >= 0 && u[e] == x) {
                    chosen[count++] = e;
                }
            }
            int[] result = Arrays.copyOf(chosen, count);
            Arrays.sort(result);
            return result;
        }

        private void fillGreedily(int[] byWeight) {
            for (int e : byWeight) {
                if (mateEdge[u[e]] < 0 && mateEdge[v[e]] < 0) {
                    match(e);
                }
            }
        }

        /**
         * Breadth-first region growing: part ids 0.. for every vertex; each part is grown from a seed
         * until it has {@code size} vertices, and the next part starts at the first vertex the previous
         * one had to leave out, so that consecutive parts are neighbours and the cuts stay short.
         */
        int[] partition(int size) {
            int[] part = new int[n];
            Arrays.fill(part, -1);
            int[] queue = new int[n];
            int parts = 0;
            int scan = 0;
            int nextSeed = -1;
            int assigned = 0;
            while (assigned < n) {
                int seed = nextSeed >= 0 && part[nextSeed] < 0 ? nextSeed : -1;
                while (seed < 0) {
                    if (part[scan] < 0) {
                        seed = scan;
                    }
                    scan++;
                }
                nextSeed = -1;
                int p = parts++;
                int head = 0;
                int tail = 0;
                int count = 0;
                queue[tail++] = seed;
                part[seed] = p;
                count++;
                while (head < tail) {
                    int x = queue[head++];
                    for (int i = adjStart[x]; i < adjStart[x + 1]; i++) {
                        int y = other(adjEdge[i], x);
                        if (part[y] >= 0) {
                            continue;
                        }
                        if (count == size) {
                            if (nextSeed < 0) {
                                nextSeed = y;
                            }
                            continue;
                        }
                        part[y] = p;
                        count++;
                        queue[tail++] = y;
                    }
                }
                assigned += count;
            }
            return part;
        }

        private int other(int e, int x) {
            return u[e] == x ? v[e] : u[e];
        }

        private int matchedWeight(int x) {
            int e = mateEdge[x];
            return e < 0 ? 0 : w[e];
        }

        private void match(int e) {
            mateEdge[u[e]] = e;
            mateEdge[v[e]] = e;
            changedAt(u[e]);
            changedAt(v[e]);
        }

        private void unmatchAt(int x) {
            int e = mateEdge[x];
            if (e >= 0) {
                mateEdge[u[e]] = -1;
                mateEdge[v[e]] = -1;
                changedAt(u[e]);
                changedAt(v[e]);
            }
        }

        /**
         * Records that x's mate changed: x and its neighbours are active for the rest of this pass
         * (as if every swap were tried) and for the next one.
         */
        private void changedAt(int x) {
            if (!changed[x]) {
                changed[x] = true;
                changedList[changedCount++] = x;
            }
            if (act != null) {
                activate(x);
            }
        }

        private void activate(int x) {
            act[x] = true;
            for (int j = adjStart[x]; j < adjStart[x + 1]; j++) {
                act[other(adjEdge[j], x)] = true;
            }
        }

        /** Activates the vertices whose mate changed since the last call, and their neighbours. */
        private void activateChanged() {
            for (int i = 0; i < changedCount; i++) {
                activate(changedList[i]);
                changed[changedList[i]] = false;
            }
            changedCount = 0;
        }

        private boolean tryTwoEdgeSwap(int e) {
            int a = u[e];
            int b = v[e];
            if (mateEdge[a] == e) {
                return false;
            }
            if (w[e] - matchedWeight(a) - matchedWeight(b) <= 0) {
                return false;
            }
            unmatchAt(a);
            unmatchAt(b);
            match(e);
            return true;
        }

        private boolean tryThreeEdgeSwap(int a) {
            int ab = mateEdge[a];
            if (ab < 0) {
                return false;
            }
            int b = other(ab, a);
            if (a > b) {
                return false;
            }
            int[] candA = bestTwo(a, b);
            int[] candB = bestTwo(b, a);
            long bestGain = 0;
            int bestXa = -1;
            int bestYb = -1;
            // cand arrays hold edges (or -1 for "none"): index 0 and 1 are the two best.
            for (int i = -1; i < 2; i++) {
                int xa = i < 0 ? -1 : candA[i];
                if (i >= 0 && xa < 0) {
                    continue;
                }
                for (int j = -1; j < 2; j++) {
                    int yb = j < 0 ? -1 : candB[j];
                    if ((j >= 0 && yb < 0) || (xa < 0 && yb < 0)) {
                        continue;
                    }
                    long gain = gain(a, b, ab, xa, yb);
                    if (gain > bestGain) {
                        bestGain = gain;
                        bestXa = xa;
                        bestYb = yb;
                    }
                }
            }
            if (bestGain <= 0) {
                return false;
            }
            int x = bestXa < 0 ? -1 : other(bestXa, a);
            int y = bestYb < 0 ? -1 : other(bestYb, b);
            unmatchAt(a);
            if (x >= 0) {
                unmatchAt(x);
            }
            if (y >= 0) {
                unmatchAt(y);
            }
            if (bestXa >= 0) {
                match(bestXa);
            }
            if (bestYb >= 0) {
                match(bestYb);
            }
            return true;
        }

        /** Gain of replacing (a,b) by xa = (a,x) and/or yb = (b,y); Long.MIN_VALUE if not a matching. */
        private long gain(int a, int b, int ab, int xa, int yb) {
            int x = xa < 0 ? -1 : other(xa, a);
            int y = yb < 0 ? -1 : other(yb, b);
            if (x >= 0 && x == y) {
                return Long.MIN_VALUE;
            }
            long gain = -(long) w[ab];
            if (x >= 0) {
                gain += w[xa] - matchedWeight(x);
            }
            if (y >= 0) {
                gain += w[yb] - matchedWeight(y);
            }
            if (x >= 0 && y >= 0 && mateEdge[x] >= 0 && mateEdge[x] == mateEdge[y]) {
                gain += w[mateEdge[x]];
            }
            return gain;
        }

        /** The two incident edges (a, x), x ≠ exclude, with the highest w(a,x) - w(M(x)); -1 if none. */
        private int[] bestTwo(int a, int exclude) {
            int first = -1;
            int second = -1;
            long firstScore = Long.MIN_VALUE;
            long secondScore = Long.MIN_VALUE;
            for (int i = adjStart[a]; i < adjStart[a + 1]; i++) {
                int e = adjEdge[i];
                int x = other(e, a);
                if (x == exclude) {
                    continue;
                }
                long score = (long) w[e] - matchedWeight(x);
                if (score > firstScore) {
                    second = first;
                    secondScore = firstScore;
                    first = e;
                    firstScore = score;
                } else if (score > secondScore) {
                    second = e;
                    secondScore = score;
                }
            }
            return new int[] {first, second};
        }
    }
}
