package org.givefirst.matching.domain;

import java.util.Arrays;

/** Exhaustive maximum-weight matching for graphs of up to ~16 vertices (memoized over subsets). */
final class BruteForce {

    private BruteForce() {
    }

    static long optimum(PairGraph graph) {
        int n = graph.vertexCount();
        long[][] w = new long[n][n];
        for (int e = 0; e < graph.edgeCount(); e++) {
            w[graph.edgeU(e)][graph.edgeV(e)] = graph.weight(e);
            w[graph.edgeV(e)][graph.edgeU(e)] = graph.weight(e);
        }
        long[] memo = new long[1 << n];
        Arrays.fill(memo, -1);
        return best(0, n, w, memo);
    }

    /** Best weight over the vertices not in {@code used}: the lowest free vertex stays single or pairs with one. */
    private static long best(int used, int n, long[][] w, long[] memo) {
        if (memo[used] >= 0) {
            return memo[used];
        }
        int i = 0;
        while (i < n && (used & (1 << i)) != 0) {
            i++;
        }
        long result = 0;
        if (i < n) {
            result = best(used | (1 << i), n, w, memo);
            for (int j = i + 1; j < n; j++) {
                if ((used & (1 << j)) == 0 && w[i][j] > 0) {
                    result = Math.max(result, w[i][j] + best(used | (1 << i) | (1 << j), n, w, memo));
                }
            }
        }
        memo[used] = result;
        return result;
    }
}
