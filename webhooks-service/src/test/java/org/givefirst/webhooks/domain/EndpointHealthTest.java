package org.givefirst.webhooks.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class EndpointHealthTest {

    private static final Instant ROUND_START = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void anEndpointThatNeverAcceptedAnythingIsDisabledWhenADeliveryFails() {
        assertTrue(EndpointHealth.disableAfterFailure(ROUND_START, null));
    }

    @Test
    void anEndpointSilentSinceTheFailedRoundBeganIsDisabled() {
        assertTrue(EndpointHealth.disableAfterFailure(ROUND_START, ROUND_START.minusSeconds(1)));
    }

    @Test
    void anEndpointThatAcceptedOtherDeliveriesMeanwhileStaysEnabled() {
        assertFalse(EndpointHealth.disableAfterFailure(ROUND_START, ROUND_START.plusSeconds(3600)));
    }
}
