package org.givefirst.matching.domain;

/**
 * The two-way score of a pair A, B.
 *
 * <pre>
 *   mutual(A, B) = 2 · u(A→B) · u(B→A) / (u(A→B) + u(B→A))     harmonic mean, 0 if either is 0
 *   factor(A, B) = √(f(A)·r(A) · f(B)·r(B))                      geometric mean of each side's give-first
 *                                                                factor f times its reliability r
 *   boost(A, B)  = (1 + 0.2 · sides that asked to meet the other) · (1.1 if a side opted in to help
 *                  newcomers and the other is a newcomer or a taker)                      in [1, 1.54]
 *   value        = mutual · factor · boost
 *   weight       = round(value · 1000)                           integer edge weight for rounds
 * </pre>
 *
 * <p>Why the harmonic mean: it is dominated by the weaker direction, so a pair where one side gets
 * everything and the other nothing scores 0 (a one-way pair is never suggested) and a lopsided pair
 * scores low. Why the geometric mean of factors: it keeps the combined factor in the same range as
 * each side's factor, treats both sides alike, and a taker (or a member who does not show up) lowers
 * every pair they are in, so that between two equally matching candidates the giver ranks first. The
 * boost multiplies a value that is already two-way: "I'd like to meet X" never creates a pair that has
 * no value both ways, and it is bounded. A pair whose weight rounds to 0 is not an edge.
 *
 * @param usefulnessAToB u(A→B), see {@link Usefulness}
 * @param usefulnessBToA u(B→A)
 * @param factorA        f(A), see {@link GiveFirstFactor}
 * @param factorB        f(B)
 * @param value          the score
 * @param reliabilityA   r(A), see {@link Reliability}
 * @param reliabilityB   r(B)
 * @param boost          the preference boost
 */
public record TwoWayScore(double usefulnessAToB, double usefulnessBToA, double factorA, double factorB,
        double value, double reliabilityA, double reliabilityB, double boost) {

    /** Integer weights are score × this scale (so 1.0 → 1000). */
    public static final int WEIGHT_SCALE = 1000;
    /** Boost per side that said "I'd like to meet" the other. */
    public static final double WANTS_TO_MEET_BOOST = 0.2;
    /** Boost when a side opted in to help newcomers and the other is a newcomer or a taker. */
    public static final double WELCOME_BOOST = 0.1;
    public static final double MAX_BOOST = (1 + 2 * WANTS_TO_MEET_BOOST) * (1 + WELCOME_BOOST);

    public static final TwoWayScore ZERO = new TwoWayScore(0, 0, 1, 1, 0, 1, 1, 1);

    /** Scores from the two usefulness values and the two give-first factors (reliable, no boost). */
    public static TwoWayScore of(double usefulnessAToB, double usefulnessBToA, double factorA, double factorB) {
        return of(usefulnessAToB, usefulnessBToA, factorA, factorB, 1.0, 1.0, 1.0);
    }

    /** Scores from both usefulness values, both give-first factors, both reliabilities and the boost. */
    public static TwoWayScore of(double usefulnessAToB, double usefulnessBToA, double factorA, double factorB,
            double reliabilityA, double reliabilityB, double boost) {
        if (boost < 1.0 || boost > MAX_BOOST + 1e-9) {
            throw new IllegalArgumentException("boost must be in [1, " + MAX_BOOST + "], was " + boost);
        }
        double mutual = harmonicMean(usefulnessAToB, usefulnessBToA);
        double value = mutual == 0.0 ? 0.0
                : mutual * Math.sqrt(factorA * reliabilityA * factorB * reliabilityB) * boost;
        return new TwoWayScore(usefulnessAToB, usefulnessBToA, factorA, factorB, value, reliabilityA, reliabilityB,
                boost);
    }

    /** Scores a pair of members with their ledgers (tags only, reliable, no boost). */
    public static TwoWayScore between(MemberProfile a, GivingLedger ledgerA, MemberProfile b, GivingLedger ledgerB) {
        return of(Usefulness.of(a, b), Usefulness.of(b, a), ledgerA.factor(), ledgerB.factor());
    }

    /**
     * The preference boost: {@code (1 + 0.2 · wantsToMeetSides) · (welcome ? 1.1 : 1)}.
     *
     * @param wantsToMeetSides 0, 1 or 2 sides that asked to meet the other
     * @param welcome          a side opted in to help newcomers and the other is a newcomer or a taker
     */
    public static double boost(int wantsToMeetSides, boolean welcome) {
        if (wantsToMeetSides < 0 || wantsToMeetSides > 2) {
            throw new IllegalArgumentException("wantsToMeetSides must be 0, 1 or 2");
        }
        return (1 + WANTS_TO_MEET_BOOST * wantsToMeetSides) * (welcome ? 1 + WELCOME_BOOST : 1.0);
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
