package org.givefirst.platform.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "givefirst.outbox")
public interface OutboxConfig {

    /** CloudEvent {@code source} of every fact this service publishes, e.g. {@code /givefirst/members-service}. */
    String source();

    /**
     * How often the relay looks at the outbox without being woken: the safety net for facts written by
     * another replica. A commit that wrote facts wakes the relay at once.
     */
    @WithDefault("1s")
    Duration relayInterval();

    /** How many facts one relay pass hands to the producer at once before it waits and commits. */
    @WithDefault("1000")
    int batchSize();

    /** How long the relay waits for the broker to acknowledge a batch before it retries on its next pass. */
    @WithDefault("15s")
    Duration sendTimeout();

    /** How long relayed facts are kept in the outbox table for inspection before they are deleted. */
    @WithDefault("P7D")
    Duration retention();
}
