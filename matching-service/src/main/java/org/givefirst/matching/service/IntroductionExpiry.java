package org.givefirst.matching.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Expires introductions that were not answered by both sides within
 * {@code givefirst.matching.introductions.expire-after} (default 14 days), every
 * {@code givefirst.matching.introductions.expiry-check} (default 10 minutes), in batches.
 */
@ApplicationScoped
public class IntroductionExpiry {

    static final int BATCH = 200;

    private final IntroductionService introductions;

    public IntroductionExpiry(IntroductionService introductions) {
        this.introductions = introductions;
    }

    @Scheduled(identity = "introduction-expiry", every = "${givefirst.matching.introductions.expiry-check:10m}",
            delayed = "30s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void expireDue() {
        while (introductions.expireUnanswered(introductions.now(), BATCH) == BATCH) {
            // another full batch may be waiting
        }
    }
}
