package org.givefirst.platform.ratelimit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Per-caller limits: high enough that a person clicking never meets them, low enough that a script
 * flooding RSVPs or profile changes does. Each replica counts on its own.
 */
@ConfigMapping(prefix = "givefirst.rate-limits")
public interface RateLimitConfig {

    /** Whether limits apply at all. */
    @WithDefault("true")
    boolean enabled();

    /** Writes (POST, PUT, PATCH, DELETE under /api) one caller (token subject, or address without one) may make a minute. */
    @WithDefault("120")
    int writesPerMinute();

    /** Anonymous reads (GET, HEAD under /api without a valid token) one client address may make a minute. */
    @WithDefault("600")
    int publicReadsPerMinute();

    /** The most callers a replica keeps a bucket for; idle callers are forgotten first. */
    @WithDefault("100000")
    long maxTrackedCallers();
}
