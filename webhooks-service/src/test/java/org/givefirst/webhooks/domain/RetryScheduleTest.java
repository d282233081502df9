package org.givefirst.webhooks.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    private static final RetrySchedule DEFAULTS = new RetrySchedule(Duration.ofSeconds(30), Duration.ofHours(1), Duration.ofHours(24));
    private static final Instant START = Instant.parse("2026-12-02T10:00:00Z");

    /** A generator whose draws are always the smallest (0) or the largest possible. */
    private static RandomGenerator fixed(boolean largest) {
        return new RandomGenerator() {
            @Override
            public long nextLong() {
                return 0;
            }

            @Override
            public long nextLong(long bound) {
                return largest ? bound - 1 : 0;
            }
        };
    }

    @Test
    void nominalWaitsDoubleFromThirtySecondsUpToAnHour() {
        List<Duration> waits = new ArrayList<>();
        for (int attempt = 1; attempt <= 10; attempt++) {
            waits.add(DEFAULTS.nominalWait(attempt));
        }
        assertEquals(List.of(Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4),
                Duration.ofMinutes(8), Duration.ofMinutes(16), Duration.ofMinutes(32), Duration.ofHours(1),
                Duration.ofHours(1), Duration.ofHours(1)), waits);
        assertEquals(Duration.ofHours(1), DEFAULTS.nominalWait(1000));
        assertThrows(IllegalArgumentException.class, () -> DEFAULTS.nominalWait(0));
    }

    @Test
    void jitterDrawsEachWaitBetweenHalfAndAllOfItsNominalLength() {
        Instant failedAt = START.plusSeconds(100);
        // The third failed attempt waits 2 minutes nominally: from 1 to 2 minutes.
        assertEquals(Optional.of(failedAt.plusSeconds(60)), DEFAULTS.nextAttempt(START, 3, failedAt, fixed(false)));
        assertEquals(Optional.of(failedAt.plusSeconds(120)), DEFAULTS.nextAttempt(START, 3, failedAt, fixed(true)));
        RandomGenerator random = new SplittableRandom(42);
        Set<Instant> distinct = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            Instant next = DEFAULTS.nextAttempt(START, 5, failedAt, random).orElseThrow();
            Duration wait = Duration.between(failedAt, next);
            assertTrue(wait.compareTo(Duration.ofMinutes(4)) >= 0 && wait.compareTo(Duration.ofMinutes(8)) <= 0, wait.toString());
            distinct.add(next);
        }
        assertTrue(distinct.size() > 100, "deliveries held back by one outage come back spread out");
    }

    @Test
    void retriesLastADayFromTheFirstAttemptThenTheDeliveryFails() {
        for (boolean largest : new boolean[] {false, true}) {
            Instant now = START;
            int attempts = 1;
            Optional<Instant> next = DEFAULTS.nextAttempt(START, attempts, now, fixed(largest));
            while (next.isPresent()) {
                assertFalse(next.get().isAfter(START.plus(Duration.ofHours(24))));
                now = next.get();
                attempts++;
                next = DEFAULTS.nextAttempt(START, attempts, now, fixed(largest));
            }
            // The last attempt is within the last hour of the day; then it is over.
            assertTrue(now.isAfter(START.plus(Duration.ofHours(22))), now.toString());
            assertTrue(attempts >= 25 && attempts <= 60, "attempts in a day: " + attempts);
        }
    }

    @Test
    void aRoundStartedLongAgoGetsNoMoreAttempts() {
        Instant failedAt = START.plus(Duration.ofHours(24));
        assertEquals(Optional.empty(), DEFAULTS.nextAttempt(START, 2, failedAt, fixed(false)));
    }

    @Test
    void inconsistentSchedulesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new RetrySchedule(Duration.ZERO, Duration.ofHours(1), Duration.ofHours(1)));
        assertThrows(IllegalArgumentException.class, () -> new RetrySchedule(Duration.ofHours(2), Duration.ofHours(1), Duration.ofHours(1)));
    }
}
