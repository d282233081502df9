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
     * Default size limit for the exact method. Measured on this project's synthetic communities
     * (degree ~20, docs/matching.md): Blossom V matches a 2,000-vertex component in well under a
     * second on one core.
     */
    public static final int DEFAULT_EXACT_COMPONENT_LIMIT = 2_000;
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
