package org.givefirst.platform.outbox;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.givefirst.platform.testing.Infrastructure;
import org.givefirst.platform.testing.TopicProbe;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The outbox relays each fact once, in the order written, and keeps what Kafka does not take for the next pass. */
@QuarkusTest
class OutboxRelayTest {

    @Inject
    Outbox outbox;

    @Inject
    OutboxRelay relay;

    @Test
    void factsOfOneKeyArriveOnceEachInTheOrderWrittenAsCloudEvents() {
        String key = UUID.randomUUID().toString();
        List<UUID> written = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            int n = i;
            written.add(QuarkusTransaction.requiringNew().call(() ->
                    outbox.publish(Topics.MEMBERS, key, "org.givefirst.test.happened.v1", Map.of("n", n))));
        }
        relay.relayPending();

        List<TopicProbe.Fact> facts = await().atMost(Duration.ofSeconds(30))
                .until(() -> TopicProbe.factsWithKey(Topics.MEMBERS, key), found -> found.size() >= 3);
        assertEquals(written.stream().map(UUID::toString).toList(), facts.stream().map(TopicProbe.Fact::id).toList(),
                "each fact once, in the order written");
        assertEquals(List.of(0, 1, 2), facts.stream().map(f -> f.data().path("n").asInt()).toList());
        TopicProbe.Fact first = facts.get(0);
        assertEquals("1.0", first.cloudEvent().path("specversion").asText());
        assertEquals("/givefirst/platform-test", first.cloudEvent().path("source").asText());
        assertEquals(key, first.cloudEvent().path("subject").asText());
        assertEquals("org.givefirst.test.happened.v1", first.type());
    }

    @Test
    void aBacklogLargerThanABatchArrivesOnceEachInTheOrderWrittenPerKeyWithoutBeingAskedTo() {
        List<String> keys = new ArrayList<>();
        for (int k = 0; k < 10; k++) {
            keys.add(UUID.randomUUID().toString());
        }
        // 2,500 facts over ten keys, written in one transaction: more than two relay batches. The commit
        // alone wakes the relay; nothing here calls it.
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < 2_500; i++) {
                outbox.publish(Topics.MEMBERS, keys.get(i % keys.size()), "org.givefirst.test.happened.v1", Map.of("n", i));
            }
        });
        await().atMost(Duration.ofSeconds(60)).until(() -> keys.stream().allMatch(key -> pending(key) == 0));
        for (int k = 0; k < keys.size(); k++) {
            List<Integer> arrived = TopicProbe.factsWithKey(Topics.MEMBERS, keys.get(k)).stream()
                    .map(f -> f.data().path("n").asInt()).toList();
            List<Integer> expected = new ArrayList<>();
            for (int i = k; i < 2_500; i += keys.size()) {
                expected.add(i);
            }
            assertEquals(expected, arrived, "key " + k + ": each fact once, in the order written");
        }
    }

    @Test
    void aFactKafkaDidNotTakeStaysPendingAndIsSentOnceOnALaterPass() {
        Assumptions.assumeTrue(Infrastructure.kafkaIsInJvm(), "needs the in-JVM broker");
        String key = UUID.randomUUID().toString();
        UUID id;
        Infrastructure.stopKafkaBroker();
        try {
            id = QuarkusTransaction.requiringNew().call(() ->
                    outbox.publish(Topics.MEMBERS, key, "org.givefirst.test.happened.v1", Map.of("n", 1)));
            relay.relayPending();
            assertEquals(1L, pending(key), "the broker is down: the fact waits in the outbox");
        } finally {
            Infrastructure.startKafkaBroker();
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            relay.relayPending();
            return pending(key) == 0;
        });
        List<TopicProbe.Fact> facts = TopicProbe.factsWithKey(Topics.MEMBERS, key);
        assertEquals(List.of(id.toString()), facts.stream().map(TopicProbe.Fact::id).toList(), "sent once, after the outage");
        assertTrue(QuarkusTransaction.requiringNew().call(() ->
                OutboxEvent.<OutboxEvent>find("eventId", id).firstResult().sentAt != null));
    }

    private static long pending(String key) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("aggregateKey = ?1 and sentAt is null", key));
    }
}
