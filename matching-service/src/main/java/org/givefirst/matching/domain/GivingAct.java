package org.givefirst.matching.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One dated act of giving or taking, as the ledger counts it (see {@link GivingLedger}).
 *
 * @param kind what happened
 * @param at   when; its weight halves every half-life after that
 */
public record GivingAct(Kind kind, Instant at) {

    /** The acts the ledger counts, with their points. */
    public enum Kind {
        HOSTED(GivingLedger.HOSTED_POINTS, true),
        VOLUNTEERED(GivingLedger.VOLUNTEERED_POINTS, true),
        BROUGHT_GUEST(GivingLedger.BROUGHT_GUEST_POINTS, true),
        HELP_CONFIRMED(GivingLedger.HELP_CONFIRMED_POINTS, true),
        INTRODUCTION_RECEIVED(GivingLedger.INTRODUCTION_RECEIVED_POINTS, false);

        private final int points;
        private final boolean giving;

        Kind(int points, boolean giving) {
            this.points = points;
            this.giving = giving;
        }

        public int points() {
            return points;
        }

        public boolean isGiving() {
            return giving;
        }
    }

    public GivingAct {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
    }

    public static GivingAct of(Kind kind, Instant at) {
        return new GivingAct(kind, at);
    }
}
