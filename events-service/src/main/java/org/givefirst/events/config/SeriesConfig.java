package org.givefirst.events.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "givefirst.series")
public interface SeriesConfig {

    /** How far ahead a series' occurrences exist as events (members RSVP to them, matching sees them). */
    @WithDefault("P56D")
    Duration window();

    /** How often every replica rolls the window (a Quarkus scheduler period such as 1h; "off" turns it off). */
    @WithDefault("1h")
    String schedule();
}
