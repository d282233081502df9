package org.givefirst.matching.domain;

import java.time.Period;
import java.util.Objects;

/**
 * What an organizer can tune per chapter, as far as matching is concerned.
 *
 * @param reconnectCooldown a pair that met and where both said it was useful may be suggested again
 *                          this long after they met (never after a decline, never while an
 *                          introduction between them is open)
 * @param takerRestRounds   N: a taker gets at most one introduction every N rounds of the chapter
 * @param tableMemoryEvents tables remember who sat together at this many previous events of the
 *                          chapter (the caller loads that many seatings into a {@link SeatingHistory})
 */
public record ChapterPolicy(Period reconnectCooldown, int takerRestRounds, int tableMemoryEvents) {

    public static final Period DEFAULT_RECONNECT_COOLDOWN = Period.ofMonths(6);
    public static final int DEFAULT_TAKER_REST_ROUNDS = 2;
    public static final int DEFAULT_TABLE_MEMORY_EVENTS = 3;

    private static final ChapterPolicy DEFAULTS = new ChapterPolicy(DEFAULT_RECONNECT_COOLDOWN,
            DEFAULT_TAKER_REST_ROUNDS, DEFAULT_TABLE_MEMORY_EVENTS);

    public ChapterPolicy {
        Objects.requireNonNull(reconnectCooldown, "reconnectCooldown");
        if (reconnectCooldown.isNegative()) {
            throw new IllegalArgumentException("reconnectCooldown must not be negative");
        }
        if (takerRestRounds < 1) {
            throw new IllegalArgumentException("takerRestRounds must be at least 1");
        }
        if (tableMemoryEvents < 0) {
            throw new IllegalArgumentException("tableMemoryEvents must not be negative");
        }
    }

    public static ChapterPolicy defaults() {
        return DEFAULTS;
    }

    public ChapterPolicy withReconnectCooldown(Period cooldown) {
        return new ChapterPolicy(cooldown, takerRestRounds, tableMemoryEvents);
    }

    public ChapterPolicy withTakerRestRounds(int rounds) {
        return new ChapterPolicy(reconnectCooldown, rounds, tableMemoryEvents);
    }

    public ChapterPolicy withTableMemoryEvents(int events) {
        return new ChapterPolicy(reconnectCooldown, takerRestRounds, events);
    }
}
