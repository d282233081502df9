package org.givefirst.matching.domain;

/**
 * The give-first factor that multiplies a member's side of a two-way score.
 *
 * <pre>
 *   factor(balance) = 1 + 0.5 * tanh(balance / 4)        bounded in [0.5, 1.5]
 * </pre>
 *
 * <p>Why this curve: it is 1 for a newcomer (balance 0), symmetric, smooth and saturating, so that
 * the first few acts of giving matter most and nobody can buy unbounded priority; the scale 4 means
 * a balance of +4 (for example two events hosted) already gives about 1.38 and -4 about 0.62.
 * Sample values: -8 → 0.518, -4 → 0.619, -2 → 0.769, -1 → 0.878, 0 → 1.0, +1 → 1.122,
 * +2 → 1.231, +4 → 1.381, +8 → 1.482.
 */
public final class GiveFirstFactor {

    public static final double MIN = 0.5;
    public static final double MAX = 1.5;
    public static final double SCALE = 4.0;
    public static final double AMPLITUDE = 0.5;

    private GiveFirstFactor() {
    }

    /** The factor of a giving balance (giving points minus taking points). */
    public static double ofBalance(double balance) {
        double factor = 1.0 + AMPLITUDE * Math.tanh(balance / SCALE);
        return Math.max(MIN, Math.min(MAX, factor));
    }

    /** The factor of a member's ledger: of its recent (decayed) balance. */
    public static double of(GivingLedger ledger) {
        return ofBalance(ledger.recentBalance());
    }
}
