package org.givefirst.matching.domain;

import java.time.Duration;

/**
 * Predicts how long JGraphT's Blossom V takes on a component, to choose per component between the
 * exact method and the partitioned one by a time budget rather than by a fixed vertex count.
 *
 * <pre>
 *   predicted(n, m) = {@value #REFERENCE_MILLIS} ms · ((n + m) / {@value #REFERENCE_SIZE}) ^ {@value #EXPONENT}
 * </pre>
 *
 * <p>The constants are fitted to Blossom V on the synthetic communities on the 2-core reference
 * machine, idle, JIT warmed (docs/matching.md, "Choosing the method"): a component of 10,000
 * members and about 95,000 pairs takes about {@value #REFERENCE_MILLIS} ms and the time grows like
 * (n + m)^{@value #EXPONENT}. The prediction is deterministic, so the same graph always gets the same
 * method whatever the load of the machine; the price is that a slower or busier machine can take
 * longer than the budget for a component predicted just inside it.
 */
public final class ExactBudget {

    public static final double REFERENCE_MILLIS = 400.0;
    public static final double REFERENCE_SIZE = 106_000.0;
    public static final double EXPONENT = 1.45;
    /** A budget every component fits in. */
    public static final Duration UNLIMITED = Duration.ofDays(365);

    private ExactBudget() {
    }

    /** Predicted milliseconds of Blossom V on a component of n vertices and m edges. */
    public static double predictedMillis(long vertices, long edges) {
        return REFERENCE_MILLIS * Math.pow((vertices + edges) / REFERENCE_SIZE, EXPONENT);
    }

    /** True when Blossom V is predicted to solve the component within the budget. */
    public static boolean fits(long vertices, long edges, Duration budget) {
        return budget.compareTo(UNLIMITED) >= 0 || predictedMillis(vertices, edges) <= budget.toMillis();
    }

    /**
     * The largest number of vertices a part of a component may have so that Blossom V is predicted to
     * solve it within {@code partMillis}, at the component's density (edges per vertex).
     */
    public static int partVertices(double edgesPerVertex, double partMillis) {
        double size = REFERENCE_SIZE * Math.pow(partMillis / REFERENCE_MILLIS, 1.0 / EXPONENT);
        return (int) Math.max(2, Math.floor(size / (1.0 + edgesPerVertex)));
    }
}
