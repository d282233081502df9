package org.givefirst.matching.domain;

import java.time.Duration;

/**
 * Options of a matching round.
 *
 * @param introductionsPerMember k ≥ 1: at most k introductions per member in this round (also never
 *                               more than the member has left this month)
 * @param exactComponentLimit    an upper bound on the vertices of a component matched exactly, on top
 *                               of the time budget ({@link Integer#MAX_VALUE}: the budget alone decides;
 *                               0: every component with greedy + local improvement, for measurements)
 * @param maxImprovementPasses   bound on the local-improvement passes of the approximate methods
 * @param exactBudget            a component is matched exactly with Blossom V when its predicted time
 *                               ({@link ExactBudget}) is within this budget; above it, it is partitioned
 * @param parallelism            threads used to match components and parts (1: all on the caller's thread)
 */
public record RoundOptions(int introductionsPerMember, int exactComponentLimit, int maxImprovementPasses,
        Duration exactBudget, int parallelism) {

    /** No vertex limit: the time budget decides. */
    public static final int DEFAULT_EXACT_COMPONENT_LIMIT = Integer.MAX_VALUE;
    public static final int DEFAULT_MAX_IMPROVEMENT_PASSES = 25;
    /** One second per component on the reference machine (see docs/matching.md). */
    public static final Duration DEFAULT_EXACT_BUDGET = Duration.ofSeconds(1);

    public RoundOptions {
        if (introductionsPerMember < 1) {
            throw new IllegalArgumentException("introductionsPerMember must be at least 1");
        }
        if (exactComponentLimit < 0 || maxImprovementPasses < 0) {
            throw new IllegalArgumentException("limits must not be negative");
        }
        if (exactBudget == null || exactBudget.isNegative()) {
            throw new IllegalArgumentException("exactBudget must not be negative");
        }
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be at least 1");
        }
    }

    /** k, a vertex limit and improvement passes, with the default budget and parallelism. */
    public RoundOptions(int introductionsPerMember, int exactComponentLimit, int maxImprovementPasses) {
        this(introductionsPerMember, exactComponentLimit, maxImprovementPasses, DEFAULT_EXACT_BUDGET,
                defaultParallelism());
    }

    /** One introduction per member, default limits. */
    public static RoundOptions defaults() {
        return new RoundOptions(1, DEFAULT_EXACT_COMPONENT_LIMIT, DEFAULT_MAX_IMPROVEMENT_PASSES);
    }

    /** The processors available to this JVM. */
    public static int defaultParallelism() {
        return Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    public RoundOptions withIntroductionsPerMember(int k) {
        return new RoundOptions(k, exactComponentLimit, maxImprovementPasses, exactBudget, parallelism);
    }

    public RoundOptions withExactComponentLimit(int limit) {
        return new RoundOptions(introductionsPerMember, limit, maxImprovementPasses, exactBudget, parallelism);
    }

    public RoundOptions withExactBudget(Duration budget) {
        return new RoundOptions(introductionsPerMember, exactComponentLimit, maxImprovementPasses, budget, parallelism);
    }

    public RoundOptions withParallelism(int threads) {
        return new RoundOptions(introductionsPerMember, exactComponentLimit, maxImprovementPasses, exactBudget, threads);
    }

    /** Every component exact, whatever its size (for quality measurements and small chapters). */
    public RoundOptions exactOnly() {
        return new RoundOptions(introductionsPerMember, Integer.MAX_VALUE, maxImprovementPasses,
                ExactBudget.UNLIMITED, parallelism);
    }

    /** Every component with greedy + local improvement (for measurements). */
    public RoundOptions approximateOnly() {
        return withExactComponentLimit(0);
    }
}
