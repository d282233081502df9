package org.givefirst.matching.domain;

/**
 * u(A→B): how well A's offers cover B's objectives, in [0, 1].
 *
 * <pre>
 *   u(A→B) = Σ_o  p(o) · s(o) · |offers(A) ∩ tags(o)| / |tags(o)|   ÷   Σ_o p(o)
 *
 *   o    ranges over B's objectives that have at least one tag
 *   p(o) = priority of o (1..5)
 *   s(o) = 0.25 + 0.75 · specificity(o) / 100        (0.25 for a vague objective, 1 for a concrete one)
 * </pre>
 *
 * <p>Why: the covered share of an objective's tags says how much of it A can serve; priorities weigh
 * objectives against each other (the denominator makes u a weighted average, so a member with many
 * objectives is not favoured over one with a few); specificity is an absolute multiplier, not
 * normalized away, so that "the what drives the who": a vague objective can never be served as well
 * as a specific one. u = 1 only when A covers all of B's objectives and all of them are fully
 * specific. u = 0 when A offers none of B's tags, or B has no tagged objective.
 */
public final class Usefulness {

    /** Weight of a specificity-0 objective relative to a specificity-100 one. */
    public static final double VAGUE_WEIGHT = 0.25;

    private Usefulness() {
    }

    /** u(giver→seeker). */
    public static double of(MemberProfile giver, MemberProfile seeker) {
        if (giver.offers().isEmpty()) {
            return 0.0;
        }
        double numerator = 0.0;
        double denominator = 0.0;
        for (Objective objective : seeker.objectives()) {
            int tagCount = objective.tags().size();
            if (tagCount == 0) {
                continue;
            }
            denominator += objective.priority();
            int covered = 0;
            for (String tag : objective.tags()) {
                if (giver.offers().contains(tag)) {
                    covered++;
                }
            }
            if (covered > 0) {
                numerator += objective.priority() * specificityWeight(objective.specificity()) * covered / tagCount;
            }
        }
        return denominator == 0.0 ? 0.0 : numerator / denominator;
    }

    /** s(o) = 0.25 + 0.75 · specificity / 100. */
    public static double specificityWeight(int specificity) {
        return VAGUE_WEIGHT + (1.0 - VAGUE_WEIGHT) * specificity / Objective.MAX_SPECIFICITY;
    }
}
