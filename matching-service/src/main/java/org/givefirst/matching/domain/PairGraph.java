package org.givefirst.matching.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jgrapht.Graph;

/**
 * The graph a matching round works on: eligible members as vertices (each with a capacity, the
 * introductions they still accept this month), eligible two-way pairs as undirected edges with
 * positive integer weights ({@link TwoWayScore#weight()}) and a <em>stage</em>: a round matches the
 * edges of stage 0 first, then those of stage 1 with the members still free, and so on (see
 * {@link RoundMatcher}). Vertices and edges are numbered 0..n-1 and 0..m-1; adjacency is kept in
 * compressed (CSR) arrays so that graphs of 10^5 members and 10^6 pairs stay small. Immutable.
 */
public final class PairGraph {

    private final UUID[] ids;
    private final int[] capacity;
    private final int[] edgeU;
    private final int[] edgeV;
    private final int[] edgeWeight;
    private final int[] edgeStage;
    private final int stageCount;
    private final int[] adjStart;
    private final int[] adjEdge;
    private final Map<UUID, Integer> vertexOf;

    private PairGraph(UUID[] ids, int[] capacity, int[] edgeU, int[] edgeV, int[] edgeWeight, int[] edgeStage) {
        this.ids = ids;
        this.capacity = capacity;
        this.edgeU = edgeU;
        this.edgeV = edgeV;
        this.edgeWeight = edgeWeight;
        this.edgeStage = edgeStage;
        this.stageCount = Arrays.stream(edgeStage).max().orElse(0) + 1;
        int n = ids.length;
        this.adjStart = new int[n + 1];
        for (int e = 0; e < edgeU.length; e++) {
            adjStart[edgeU[e] + 1]++;
            adjStart[edgeV[e] + 1]++;
        }
        for (int v = 0; v < n; v++) {
            adjStart[v + 1] += adjStart[v];
        }
        this.adjEdge = new int[2 * edgeU.length];
        int[] fill = Arrays.copyOf(adjStart, n);
        for (int e = 0; e < edgeU.length; e++) {
            adjEdge[fill[edgeU[e]]++] = e;
            adjEdge[fill[edgeV[e]]++] = e;
        }
        this.vertexOf = new HashMap<>(n * 2);
        for (int v = 0; v < n; v++) {
            vertexOf.put(ids[v], v);
        }
    }

    /** Stage of the pairs of two members who give, are new, and turn up. */
    public static final int STAGE_RELIABLE = 0;
    /** Stage of the pairs with an unreliable member and no taker. */
    public static final int STAGE_UNRELIABLE = 1;
    /** Stage of a taker with a partner who opted in to help newcomers. */
    public static final int STAGE_TAKER_WITH_HELPER = 2;
    /** Stage of a taker with any other partner. */
    public static final int STAGE_TAKER = 3;

    /**
     * The eligible graph of a community: every member allowed by
     * {@link HardConstraints#roundExclusion(Community, MemberProfile)} is a vertex, with capacity =
     * introductions left this month (at most one for a taker); every candidate pair from the
     * {@link CandidateIndex} that the hard constraints allow and whose weight is at least 1 is an edge.
     * Its stage follows who the round serves first ({@link Community.Tier}): {@link #STAGE_RELIABLE}
     * between two reliable non-takers, {@link #STAGE_UNRELIABLE} when an unreliable member is in it,
     * {@link #STAGE_TAKER_WITH_HELPER} for a taker and a partner who helps newcomers,
     * {@link #STAGE_TAKER} for a taker and anyone else.
     */
    public static PairGraph eligible(Community community) {
        Builder builder = builder();
        for (MemberProfile member : community.members()) {
            if (HardConstraints.roundExclusion(community, member).isEmpty()) {
                int capacity = member.remainingIntroductionsThisMonth();
                builder.addVertex(member.memberId(), community.isTaker(member.memberId()) ? Math.min(1, capacity) : capacity);
            }
        }
        community.candidateIndex().forEachCandidatePair((a, b) -> {
            if (builder.hasVertex(a.memberId()) && builder.hasVertex(b.memberId())
                    && HardConstraints.pairOnlyExclusion(community, a, b).isEmpty()) {
                int weight = community.score(a, b).weight();
                if (weight > 0) {
                    builder.addEdge(a.memberId(), b.memberId(), weight, stage(community, a, b));
                }
            }
        });
        return builder.build();
    }

    private static int stage(Community community, MemberProfile a, MemberProfile b) {
        Community.Tier ta = community.tier(a.memberId());
        Community.Tier tb = community.tier(b.memberId());
        if (ta == Community.Tier.TAKER || tb == Community.Tier.TAKER) {
            MemberProfile partner = ta == Community.Tier.TAKER ? b : a;
            return partner.helpsNewcomers() ? STAGE_TAKER_WITH_HELPER : STAGE_TAKER;
        }
        return ta == Community.Tier.UNRELIABLE || tb == Community.Tier.UNRELIABLE ? STAGE_UNRELIABLE : STAGE_RELIABLE;
    }

    public static Builder builder() {
        return new Builder();
    }

    public int vertexCount() {
        return ids.length;
    }

    public int edgeCount() {
        return edgeU.length;
    }

    public UUID id(int vertex) {
        return ids[vertex];
    }

    /** The vertex number of a member, or -1. */
    public int vertex(UUID memberId) {
        Integer v = vertexOf.get(memberId);
        return v == null ? -1 : v;
    }

    public int capacity(int vertex) {
        return capacity[vertex];
    }

    public int edgeU(int edge) {
        return edgeU[edge];
    }

    public int edgeV(int edge) {
        return edgeV[edge];
    }

    public int weight(int edge) {
        return edgeWeight[edge];
    }

    /** The stage of an edge: a round matches lower stages first. */
    public int stage(int edge) {
        return edgeStage[edge];
    }

    /** The same graph with every edge in stage 0: what a round without "givers first" would match. */
    public PairGraph withoutStages() {
        return new PairGraph(ids, capacity, edgeU, edgeV, edgeWeight, new int[edgeU.length]);
    }

    /** 1 + the highest stage of any edge (1 for a graph without edges). */
    public int stageCount() {
        return stageCount;
    }

    /** The end of the edge that is not {@code vertex}. */
    public int other(int edge, int vertex) {
        return edgeU[edge] == vertex ? edgeV[edge] : edgeU[edge];
    }

    public int degree(int vertex) {
        return adjStart[vertex + 1] - adjStart[vertex];
    }

    /** The i-th edge incident to {@code vertex}, 0 ≤ i < degree. */
    public int incidentEdge(int vertex, int i) {
        return adjEdge[adjStart[vertex] + i];
    }

    /** The edge between two vertices, or -1 (linear in the smaller degree). */
    public int edgeBetween(int u, int v) {
        int from = degree(u) <= degree(v) ? u : v;
        int to = from == u ? v : u;
        for (int i = adjStart[from]; i < adjStart[from + 1]; i++) {
            if (other(adjEdge[i], from) == to) {
                return adjEdge[i];
            }
        }
        return -1;
    }

    /**
     * This graph as a JGraphT graph: vertex i is {@code Integer i}, edge e is {@code Integer e}
     * with weight {@link #weight(int)} (for comparisons with JGraphT's algorithms).
     */
    public Graph<Integer, Integer> toJGraphT() {
        return LocalMatchers.jgraphtGraph(ids.length, edgeU, edgeV, edgeWeight);
    }

    /** Builds a graph; edges must join distinct known vertices, once per pair, weight ≥ 1. */
    public static final class Builder {
        private final List<UUID> ids = new ArrayList<>();
        private final List<Integer> capacities = new ArrayList<>();
        private final Map<UUID, Integer> vertexOf = new HashMap<>();
        private final Set<Long> pairs = new HashSet<>();
        private int[] us = new int[16];
        private int[] vs = new int[16];
        private int[] ws = new int[16];
        private int[] ss = new int[16];
        private int m;

        private Builder() {
        }

        /** Adds a member with unlimited capacity. */
        public Builder addVertex(UUID id) {
            return addVertex(id, Integer.MAX_VALUE);
        }

        public Builder addVertex(UUID id, int capacity) {
            if (capacity < 0) {
                throw new IllegalArgumentException("capacity must not be negative");
            }
            if (vertexOf.putIfAbsent(id, ids.size()) != null) {
                throw new IllegalArgumentException("duplicate vertex " + id);
            }
            ids.add(id);
            capacities.add(capacity);
            return this;
        }

        public boolean hasVertex(UUID id) {
            return vertexOf.containsKey(id);
        }

        public Builder addEdge(UUID a, UUID b, int weight) {
            return addEdge(a, b, weight, 0);
        }

        /** Adds an edge of a given stage (0 = matched first). */
        public Builder addEdge(UUID a, UUID b, int weight, int stage) {
            if (stage < 0) {
                throw new IllegalArgumentException("stage must not be negative");
            }
            Integer u = vertexOf.get(a);
            Integer v = vertexOf.get(b);
            if (u == null || v == null) {
                throw new IllegalArgumentException("unknown vertex in edge " + a + " - " + b);
            }
            if (u.equals(v)) {
                throw new IllegalArgumentException("self loop on " + a);
            }
            if (weight < 1) {
                throw new IllegalArgumentException("edge weight must be at least 1, was " + weight);
            }
            if (!pairs.add(((long) Math.min(u, v) << 32) | Math.max(u, v))) {
                throw new IllegalArgumentException("duplicate edge " + a + " - " + b);
            }
            if (m == us.length) {
                us = Arrays.copyOf(us, m * 2);
                vs = Arrays.copyOf(vs, m * 2);
                ws = Arrays.copyOf(ws, m * 2);
                ss = Arrays.copyOf(ss, m * 2);
            }
            us[m] = u;
            vs[m] = v;
            ws[m] = weight;
            ss[m] = stage;
            m++;
            return this;
        }

        public PairGraph build() {
            return new PairGraph(ids.toArray(new UUID[0]), capacities.stream().mapToInt(Integer::intValue).toArray(),
                    Arrays.copyOf(us, m), Arrays.copyOf(vs, m), Arrays.copyOf(ws, m), Arrays.copyOf(ss, m));
        }
    }
}
