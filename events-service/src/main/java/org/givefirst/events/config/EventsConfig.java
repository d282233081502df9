package org.givefirst.events.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "givefirst.events")
public interface EventsConfig {

    /** Seats of an event when the host does not say: small, so that people actually talk. */
    @WithDefault("8")
    int defaultCapacity();

    /** Page size of {@code GET /api/v1/events} when {@code limit} is not given. */
    @WithDefault("20")
    int defaultPageSize();

    /** How long browsers and caches may keep the public listing and the calendar feeds. */
    @WithDefault("PT1M")
    Duration publicMaxAge();

    /** How far back the chapter calendar feed keeps events that already ended. */
    @WithDefault("P30D")
    Duration feedHistory();
}
