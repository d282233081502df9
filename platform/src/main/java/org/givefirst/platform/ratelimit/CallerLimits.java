package org.givefirst.platform.ratelimit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

/** The two limits of a replica — writes per caller, anonymous reads per address — and the count of refusals. */
@ApplicationScoped
public class CallerLimits {

    static final String REFUSALS_METRIC = "givefirst.rate.limit.refusals";

    private final boolean enabled;
    private final RateLimiter writes;
    private final RateLimiter publicReads;
    private final Counter refusedWrites;
    private final Counter refusedReads;

    CallerLimits(RateLimitConfig config, MeterRegistry metrics) {
        this.enabled = config.enabled();
        this.writes = new RateLimiter(config.writesPerMinute(), config.maxTrackedCallers());
        this.publicReads = new RateLimiter(config.publicReadsPerMinute(), config.maxTrackedCallers());
        this.refusedWrites = refusals(metrics, "write");
        this.refusedReads = refusals(metrics, "public-read");
    }

    private static Counter refusals(MeterRegistry metrics, String kind) {
        return Counter.builder(REFUSALS_METRIC).tag("kind", kind)
                .description("Requests refused with 429 because their caller was over its rate limit")
                .register(metrics);
    }

    public boolean enabled() {
        return enabled;
    }

    public RateLimiter.Decision write(String caller) {
        return count(writes.tryAcquire(caller), refusedWrites);
    }

    public RateLimiter.Decision publicRead(String address) {
        return count(publicReads.tryAcquire(address), refusedReads);
    }

    private static RateLimiter.Decision count(RateLimiter.Decision decision, Counter refusals) {
        if (!decision.allowed()) {
            refusals.increment();
        }
        return decision;
    }
}
