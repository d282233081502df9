package org.givefirst.matching.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Whether a member turns up: a factor that no-shows and introductions left unanswered lower, and
 * that recovers when the member shows up again.
 *
 * <p>The member's outcomes are walked in time order. A no-show after an RSVP, or an introduction
 * left unanswered until it expired, adds a strike; showing up at an event, or answering an
 * introduction, takes one away. Strikes stay within 0..{@value #MAX_STRIKES}, so that a member who
 * comes back recovers within at most {@value #MAX_STRIKES} shows whatever the past.
 *
 * <pre>
 *   factor(strikes) = 1 − {@value #STEP} · strikes        1, 0.75, 0.5, 0.25
 * </pre>
 *
 * <p>The factor multiplies the member's side of every two-way score (like the give-first factor).
 * A member with at least {@value #UNRELIABLE_STRIKES} strikes is <em>unreliable</em>: they get fewer
 * suggestions ({@link #suggestionLimit(int)}), rank after reliable members in other members'
 * suggestions, and are matched in a round only after the reliable members (see {@link RoundMatcher}).
 *
 * @param strikes 0..{@value #MAX_STRIKES}
 */
public record Reliability(int strikes) {

    public static final int MAX_STRIKES = 3;
    public static final double STEP = 0.25;
    public static final int UNRELIABLE_STRIKES = 2;

    public static final Reliability RELIABLE = new Reliability(0);

    /** What a member did when expected somewhere. */
    public enum Outcome {
        /** Came to an event they had a seat at. */
        SHOWED_UP(-1),
        /** Answered an introduction (accepted or declined) before it expired. */
        ANSWERED(-1),
        /** Had a seat at an event and did not come. */
        NO_SHOW(1),
        /** Let an introduction expire without answering. */
        LEFT_UNANSWERED(1);

        private final int strikes;

        Outcome(int strikes) {
            this.strikes = strikes;
        }
    }

    /**
     * One outcome at a moment.
     *
     * @param at      when
     * @param outcome what
     */
    public record Event(Instant at, Outcome outcome) {
        public Event {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(outcome, "outcome");
        }
    }

    public Reliability {
        if (strikes < 0 || strikes > MAX_STRIKES) {
            throw new IllegalArgumentException("strikes must be in 0.." + MAX_STRIKES + ", was " + strikes);
        }
    }

    /** The reliability after these outcomes, walked in time order (ties in the given order). */
    public static Reliability of(Collection<Event> events) {
        List<Event> ordered = new ArrayList<>(events);
        ordered.sort(Comparator.comparing(Event::at));
        int strikes = 0;
        for (Event event : ordered) {
            strikes = Math.max(0, Math.min(MAX_STRIKES, strikes + event.outcome().strikes));
        }
        return new Reliability(strikes);
    }

    /** 1 − {@value #STEP} · strikes. */
    public double factor() {
        return 1.0 - STEP * strikes;
    }

    public boolean isUnreliable() {
        return strikes >= UNRELIABLE_STRIKES;
    }

    /** How many of {@code limit} suggestions this member gets: ⌈limit · factor⌉, at least one. */
    public int suggestionLimit(int limit) {
        if (limit <= 0) {
            return 0;
        }
        return Math.max(1, (int) Math.ceil(limit * factor()));
    }
}
