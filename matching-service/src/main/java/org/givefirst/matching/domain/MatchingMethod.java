package org.givefirst.matching.domain;

/** How one connected component of a round was matched. */
public enum MatchingMethod {
    /** JGraphT 1.5.3 {@code KolmogorovWeightedMatching} (Blossom V), maximize: an optimum matching. */
    EXACT_BLOSSOM_V,
    /**
     * Greedy by weight, then local improvement by 2- and 3-edge swaps until no swap gains (see
     * {@link RoundMatcher}): a valid matching, never below the greedy matching (so at least half
     * the optimum), measured at about 98% of the optimum on the synthetic communities (docs/matching.md).
     */
    GREEDY_WITH_LOCAL_IMPROVEMENT
}
