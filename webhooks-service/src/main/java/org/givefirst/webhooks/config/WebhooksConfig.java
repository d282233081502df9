package org.givefirst.webhooks.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How webhooks-service delivers: the targets it accepts, its retries, its timeouts and its pace. */
@ConfigMapping(prefix = "givefirst.webhooks")
public interface WebhooksConfig {

    Targets targets();

    Retry retry();

    Delivery delivery();

    /** Longest a rotated secret keeps signing beside the new one. */
    @WithDefault("P7D")
    Duration maxSecretOverlap();

    /** Which receivers may be registered and reached (see docs/webhooks.md, "Safety"). */
    interface Targets {
        /** Only https URLs (production); http is accepted only when false (the local run, tests). */
        @WithDefault("true")
        boolean requireHttps();

        @WithDefault("false")
        boolean allowLoopback();

        /** RFC 1918, carrier-grade NAT and IPv6 unique local addresses. */
        @WithDefault("false")
        boolean allowPrivate();

        /** 169.254.0.0/16 (with the cloud metadata address) and fe80::/10. */
        @WithDefault("false")
        boolean allowLinkLocal();
    }

    /** Exponential backoff with jitter, for a day from the first attempt, then the delivery is failed. */
    interface Retry {
        @WithDefault("30s")
        Duration initial();

        @WithDefault("1h")
        Duration max();

        @WithDefault("24h")
        Duration giveUpAfter();
    }

    interface Delivery {
        @WithDefault("5s")
        Duration connectTimeout();

        /** The whole attempt, from connecting to the end of the answer. */
        @WithDefault("10s")
        Duration timeout();

        /** Deliveries one pass attempts at most (concurrently). */
        @WithDefault("50")
        int batchSize();

        /** How often due deliveries are looked for. */
        @WithDefault("1s")
        Duration interval();

        /** Characters of a receiver's answer kept in the delivery log at most. */
        @WithDefault("256")
        int responseExcerpt();
    }
}
