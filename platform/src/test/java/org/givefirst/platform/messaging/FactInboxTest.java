package org.givefirst.platform.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A consumer applies each CloudEvent once: the claim is taken in the transaction of the change. */
@QuarkusTest
class FactInboxTest {

    @Inject
    FactInbox inbox;

    @Test
    void aFactIsClaimedOncePerConsumerAndReadWithItsData() {
        String id = UUID.randomUUID().toString();
        byte[] record = cloudEvent(id);

        Optional<IncomingFact> first = QuarkusTransaction.requiringNew().call(() -> inbox.claim("test/a", record));
        assertTrue(first.isPresent());
        assertEquals("org.givefirst.member.erased.v1", first.get().type());
        assertEquals("m-1", first.get().data().path("memberId").asText());
        assertEquals(Optional.empty(), QuarkusTransaction.requiringNew().call(() -> inbox.claim("test/a", record)),
                "redelivered: skipped");
        assertTrue(QuarkusTransaction.requiringNew().call(() -> inbox.claim("test/b", record)).isPresent(),
                "another consumer applies the same fact independently");
    }

    @Test
    void aClaimRolledBackWithItsChangeCanBeClaimedAgain() {
        byte[] record = cloudEvent(UUID.randomUUID().toString());
        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            assertTrue(inbox.claim("test/rollback", record).isPresent());
            throw new IllegalStateException("the handler failed after claiming the fact");
        }));
        assertTrue(QuarkusTransaction.requiringNew().call(() -> inbox.claim("test/rollback", record)).isPresent(),
                "a failed handling must not mark the fact as applied");
    }

    @Test
    void aRecordThatIsNoCloudEventIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> QuarkusTransaction.requiringNew().run(() ->
                inbox.claim("test/garbage", "not json".getBytes(StandardCharsets.UTF_8))));
    }

    private static byte[] cloudEvent(String id) {
        return ("{\"specversion\":\"1.0\",\"id\":\"" + id + "\",\"source\":\"/givefirst/members-service\","
                + "\"type\":\"org.givefirst.member.erased.v1\",\"subject\":\"m-1\",\"time\":\"2026-12-01T10:00:00Z\","
                + "\"datacontenttype\":\"application/json\",\"data\":{\"memberId\":\"m-1\"}}").getBytes(StandardCharsets.UTF_8);
    }
}
