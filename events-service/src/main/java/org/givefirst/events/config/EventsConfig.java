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

    /**
     * How many first places of a waitlist are told each change of their place
     * ({@code rsvp.waitlist-position-changed}); 0 tells nobody. Further back a member learns their
     * place when joining, and each change once they are among these places.
     */
    @WithDefault("10")
    int waitlistToldPlaces();

    /** How long before its start a published event's {@code event.reminder} fact is published. */
    @WithDefault("PT24H")
    Duration reminderLead();

    /** How often a replica looks for events whose reminder is due (any replica may; each event is claimed once). */
    @WithDefault("1m")
    String reminderEvery();

    /** How many reminders one look claims at most (one transaction). */
    @WithDefault("100")
    int reminderBatch();

    /**
     * Longest a public listing or feed is served from memory without a change seen in this JVM: the
     * bound on how stale another replica's answer can be (a change in this JVM is seen at once).
     */
    @WithDefault("PT30S")
    Duration publicCacheTtl();

    /** How many public documents (listings, feeds) are kept in memory at most. */
    @WithDefault("2000")
    int publicCacheSize();

    /** How long caches may serve a stale public answer while they revalidate it (Cache-Control stale-while-revalidate). */
    @WithDefault("PT5M")
    Duration publicStaleWhileRevalidate();
}
