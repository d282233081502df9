package org.givefirst.webhooks.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * When a delivery is tried again: exponential backoff ({@code initial}, doubling, at most {@code max}
 * apart) with jitter (each wait is drawn between half and all of its nominal length, so that the
 * deliveries an outage held back do not all come back at the same second), for {@code giveUpAfter}
 * from the first attempt of the round; after that the delivery is failed.
 *
 * <p>With the defaults (30 s, 1 h, 24 h) the nominal waits are 30 s, 1 min, 2 min, ... 32 min, then an
 * hour: about 30 attempts in the day.
 */
public record RetrySchedule(Duration initial, Duration max, Duration giveUpAfter) {

    public RetrySchedule {
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0 || giveUpAfter.isNegative()) {
            throw new IllegalArgumentException("0 < initial <= max, giveUpAfter >= 0");
        }
    }

    /** The nominal wait after the given failed attempt (1 for the first), before jitter. */
    public Duration nominalWait(int failedAttempts) {
        if (failedAttempts < 1) {
            throw new IllegalArgumentException("attempts count from 1");
        }
        int doublings = Math.min(failedAttempts - 1, 40);
        long millis = initial.toMillis();
        for (int i = 0; i < doublings && millis < max.toMillis(); i++) {
            millis *= 2;
        }
        return Duration.ofMillis(Math.min(millis, max.toMillis()));
    }

    /**
     * When to try again after the given failed attempt, or empty when the retries are over (the next
     * attempt would come later than {@code giveUpAfter} after {@code roundStart}).
     */
    public Optional<Instant> nextAttempt(Instant roundStart, int failedAttempts, Instant failedAt, RandomGenerator random) {
        long nominal = nominalWait(failedAttempts).toMillis();
        long half = nominal / 2;
        long wait = half + (nominal - half == 0 ? 0 : random.nextLong(nominal - half + 1));
        Instant next = failedAt.plusMillis(wait);
        return next.isAfter(roundStart.plus(giveUpAfter)) ? Optional.empty() : Optional.of(next);
    }
}
