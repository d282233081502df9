package org.givefirst.matching.domain;

/** How one connected component of a round was matched. */
public enum MatchingMethod {
    /** JGraphT 1.5.3 {@code KolmogorovWeightedMatching} (Blossom V), maximize: an optimum matching. */
    EXACT_BLOSSOM_V,
    /**
     * The component is too big for the time budget: it is cut into parts that Blossom V solves within
     * the budget (in parallel), and the parts' optimum matchings are repaired across the cuts by local
     * improvement (see {@link RoundMatcher}). A valid matching, measured at 99 % or more of the optimum
     * on the synthetic communities (docs/matching.md).
     */
    PARTITIONED_BLOSSOM_V,
    /**
     * Greedy by weight, then local improvement by 2- and 3-edge swaps until no swap gains (see
     * {@link RoundMatcher}): a valid matching, never below the greedy matching (so at least half
     * the optimum), measured at about 98% of the optimum on the synthetic communities (docs/matching.md).
     * Used when the options ask for no exact method at all ({@code exactComponentLimit = 0}).
     */
    GREEDY_WITH_LOCAL_IMPROVEMENT;

    /** True for the method that guarantees an optimum matching of the component. */
    public boolean isExact() {
        return this == EXACT_BLOSSOM_V;
    }
}
