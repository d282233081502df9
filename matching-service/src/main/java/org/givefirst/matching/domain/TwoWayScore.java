package org.givefirst.matching.domain;

/**
 * The two-way score of a pair A, B.
 *
 * <pre>
 *   mutual(A, B) = 2 · u(A→B) · u(B→A) / (u(A→B) + u(B→A))     harmonic mean, 0 if either is 0
 *   factor(A, B) = √(f(A) · f(B))                                geometric mean of give-first factors
 *   value        = mutual · factor                               in [0, 1.5]
 *   weight       = round(value · 1000)                           integer edge weight for rounds
 * </pre>
 *
 * <p>Why the harmonic mean: it is dominated by the weaker direction, so a pair where one side gets
 * everything and the other nothing scores 0 (a one-way pair is never suggested) and a lopsided pair
 * scores low. Why the geometric mean of factors: it keeps the combined factor in the same
 * [0.5, 1.5] range as each factor, treats both sides alike, and a taker lowers every pair they are
 * in, so that between two equally matching candidates the giver ranks first. A pair whose weight
 * rounds to 0 is not an edge.
 *
 * @param usefulnessAToB u(A→B), see {@link Usefulness}
 * @param usefulnessBToA u(B→A)
 * @param factorA        f(A), see {@link GiveFirstFactor}
 * @param factorB        f(B)
 * @param value          the score
 */
public record TwoWayScore(double usefulnessAToB, double usefulnessBToA, double factorA, double factorB,
        double value) {

    /** Integer weights are score × this scale (so 1.0 → 1000). */
    public static final int WEIGHT_SCALE = 1000;

    public static final TwoWayScore ZERO = new TwoWayScore(0, 0, 1, 1, 0);

    /** Scores from the two usefulness values and the two give-first factors. */
    public static TwoWayScore of(double usefulnessAToB, double usefulnessBToA, double factorA, double factorB) {
        double mutual = harmonicMean(usefulnessAToB, usefulnessBToA);
        double value = mutual == 0.0 ? 0.0 : mutual * Math.sqrt(factorA * factorB);
        return new TwoWayScore(usefulnessAToB, usefulnessBToA, factorA, factorB, value);
    }

    /** Scores a pair of members with their ledgers. */
    public static TwoWayScore between(MemberProfile a, GivingLedger ledgerA, MemberProfile b, GivingLedger ledgerB) {
        return of(Usefulness.of(a, b), Usefulness.of(b, a), ledgerA.factor(), ledgerB.factor());
    }

    /** Harmonic mean of two non-negative numbers; 0 when either is 0. */
    public static double harmonicMean(double x, double y) {
        if (x <= 0.0 || y <= 0.0) {
            return 0.0;
        }
        return 2.0 * x * y / (x + y);
    }

    /** The integer edge weight, {@code round(value × 1000)}. */
    public int weight() {
        return (int) Math.round(value * WEIGHT_SCALE);
    }

    /** True when both directions help: the pair can be suggested or matched. */
    public boolean isTwoWay() {
        return weight() > 0;
    }
}
