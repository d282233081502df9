package org.givefirst.webhooks.domain;

import java.time.Instant;

/**
 * When an endpoint is disabled: a delivery ran out of its day of retries and the endpoint has not
 * accepted any delivery since that delivery's first attempt. It failed for a whole day, so it is down
 * or gone, not refusing one body. A delivery refused while others go through does not disable it.
 */
public final class EndpointHealth {

    private EndpointHealth() {
    }

    public static boolean disableAfterFailure(Instant failedRoundStart, Instant lastSuccessAt) {
        return lastSuccessAt == null || lastSuccessAt.isBefore(failedRoundStart);
    }

    /** The reason shown to the organizer. */
    public static String reason(Instant failingSince, String lastError) {
        return "Every delivery failed since " + failingSince + " (last: " + lastError
                + "). Fix the receiver, then enable the endpoint again and replay what failed.";
    }
}
