package org.givefirst.platform.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;

/**
 * Token buckets per caller, in memory: each caller may spend {@code perMinute} requests at once and
 * gets them back at an even pace over a minute. A bucket untouched for a minute is full again, so it is
 * forgotten then; at most {@code maxCallers} buckets are kept, so memory stays bounded whatever the
 * number of callers.
 */
public final class RateLimiter {

    static final Duration WINDOW = Duration.ofMinutes(1);

    private final int perMinute;
    private final Cache<String, Bucket> buckets;

    public RateLimiter(int perMinute, long maxCallers) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("A rate limit allows at least one request a minute, not " + perMinute);
        }
        this.perMinute = perMinute;
        this.buckets = Caffeine.newBuilder().expireAfterAccess(WINDOW).maximumSize(maxCallers).build();
    }

    /** Takes one request from this caller's bucket. */
    public Decision tryAcquire(String caller) {
        Bucket bucket = buckets.get(caller, key -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, WINDOW).build())
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return new Decision(probe.isConsumed(), perMinute, probe.getRemainingTokens(),
                seconds(probe.getNanosToWaitForRefill()), seconds(probe.getNanosToWaitForReset()));
    }

    public int perMinute() {
        return perMinute;
    }

    private static long seconds(long nanos) {
        return (nanos + 999_999_999L) / 1_000_000_000L;
    }

    /**
     * @param retryAfterSeconds for a refusal, when the next request will be allowed
     * @param resetSeconds when the bucket is full again
     */
    public record Decision(boolean allowed, int limit, long remaining, long retryAfterSeconds, long resetSeconds) {
    }
}
