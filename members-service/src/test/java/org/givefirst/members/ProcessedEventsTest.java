package org.givefirst.members;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.givefirst.platform.messaging.ProcessedEvents;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProcessedEventsTest {

    @Inject
    ProcessedEvents processed;

    @Test
    void aCloudEventIdIsClaimedOncePerConsumer() {
        String id = UUID.randomUUID().toString();
        assertTrue(QuarkusTransaction.requiringNew().call(() -> processed.firstDelivery("test/a", id)));
        assertFalse(QuarkusTransaction.requiringNew().call(() -> processed.firstDelivery("test/a", id)));
        assertTrue(QuarkusTransaction.requiringNew().call(() -> processed.firstDelivery("test/b", id)),
                "another consumer applies the same event independently");
    }

    @Test
    void aClaimRolledBackWithItsChangeCanBeClaimedAgain() {
        String id = UUID.randomUUID().toString();
        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            assertTrue(processed.firstDelivery("test/rollback", id));
            throw new IllegalStateException("the handler failed after claiming the event");
        }));
        assertTrue(QuarkusTransaction.requiringNew().call(() -> processed.firstDelivery("test/rollback", id)),
                "a failed handling must not mark the event as processed");
    }
}
