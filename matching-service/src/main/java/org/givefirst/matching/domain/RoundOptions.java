package org.givefirst.matching.domain;

/**
 * Options of a matching round.
 *
 * @param introductionsPerMember k ≥ 1: at most k introductions per member in this round (also never
 *                               more than the member has left this month)
 * @param exactComponentLimit    components with at most this many vertices are matched exactly with
 *                               Blossom V, larger ones with the approximate method
 * @param maxImprovementPasses   bound on the local-improvement passes of the approximate method
 */
public record RoundOptions(int introductionsPerMember, int exactComponentLimit, int maxImprovementPasses) {

    /**
     * Default size limit for the exact method, from the time budget of one second per component:
     * on this project's synthetic communities (mean degree ~19, docs/matching.md), on the 2-core
     * reference machine, Blossom V takes about 0.1 s at 2,000 vertices, 0.45 s at 5,000 and
     * 0.5–1.2 s at 10,000, while the approximate method stays under 0.1 s at 10,000 and reaches
     * about 98% of the optimum.
     */
    public static final int DEFAULT_EXACT_COMPONENT_LIMIT = 5_000;
    public static final int DEFAULT_MAX_IMPROVEMENT_PASSES = 25;

    public RoundOptions {
        if (introductionsPerMember < 1) {
            throw new IllegalArgumentException("introductionsPerMember must be at least 1");
        }
        if (exactComponentLimit < 0 || maxImprovementPasses < 0) {
            throw new IllegalArgumentException("limits must not be negative");
        }
    }

    /** One introduction per member, default limits. */
    public static RoundOptions defaults() {
        return new RoundOptions(1, DEFAULT_EXACT_COMPONENT_LIMIT, DEFAULT_MAX_IMPROVEMENT_PASSES);
    }

    public RoundOptions withIntroductionsPerMember(int k) {
        return new RoundOptions(k, exactComponentLimit, maxImprovementPasses);
    }

    public RoundOptions withExactComponentLimit(int limit) {
        return new RoundOptions(introductionsPerMember, limit, maxImprovementPasses);
    }

    /** Every component exact (for quality measurements and small chapters). */
    public RoundOptions exactOnly() {
        return withExactComponentLimit(Integer.MAX_VALUE);
    }

    /** Every component approximate (for measurements). */
    public RoundOptions approximateOnly() {
        return withExactComponentLimit(0);
    }
}
