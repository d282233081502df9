package org.givefirst.loadtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.givefirst.platform.testing.TestTokens;

/**
 * How long a profile change takes to reach another service. Probe B changes its offers back and
 * forth between something probe A seeks and something nobody seeks; after each change the driver
 * asks matching-service for A's suggestions until B appears (or disappears), and a Kafka consumer
 * notes when B's fact arrives on {@code givefirst.members.v1}. Both are timed from the moment the
 * change was sent.
 */
final class Propagation {

    private static final String TOPIC = "givefirst.members.v1";
    private static final long TIMEOUT_NANOS = 10_000_000_000L;

    private Propagation() {
    }

    static void run(JsonNode state, int changes) throws Exception {
        UUID a = UUID.fromString(state.path("probeA").asText());
        UUID b = UUID.fromString(state.path("probeB").asText());
        String tokenA = TestTokens.member(a);
        String tokenB = TestTokens.member(b);
        Http http = new Http();

        ConcurrentLinkedQueue<Long> arrivals = new ConcurrentLinkedQueue<>();
        AtomicBoolean stop = new AtomicBoolean();
        CountDownLatch positioned = new CountDownLatch(1);
        Thread listener = new Thread(() -> listen(b.toString(), arrivals, stop, positioned), "probe-b-facts");
        listener.start();
        if (!positioned.await(60, TimeUnit.SECONDS)) { // at the end of every partition before the first change
            throw new IllegalStateException("The probe consumer did not reach the end of " + TOPIC + " within 60 s");
        }

        long[] visible = new long[changes];
        long[] onKafka = new long[changes];
        for (int i = 0; i < changes; i++) {
            boolean offersWhatASeeks = i % 2 == 0;
            arrivals.clear();
            long sent = System.nanoTime();
            http.put(LoadDriver.MEMBERS + "/api/v1/members/" + b + "/offers", tokenB,
                    offers(offersWhatASeeks ? "lt-a-seeks" : "lt-nobody-seeks-" + i)).expect(200);
            while (suggests(http, a, b, tokenA) != offersWhatASeeks && System.nanoTime() - sent < TIMEOUT_NANOS) {
                Thread.sleep(2);
            }
            // A change not seen within the timeout counts as the timeout: the percentiles then say so.
            visible[i] = System.nanoTime() - sent;
            while (arrivals.isEmpty() && System.nanoTime() - sent < TIMEOUT_NANOS) {
                Thread.sleep(1);
            }
            Long arrived = arrivals.peek();
            onKafka[i] = (arrived == null ? System.nanoTime() : arrived) - sent;
            Thread.sleep(100);
        }
        stop.set(true);
        listener.join();

        Latencies toMatching = new Latencies(visible);
        Latencies toKafka = new Latencies(onKafka);
        System.out.printf(Locale.ROOT, "propagation: change -> visible in matching's suggestions %s%n", toMatching.summary());
        System.out.printf(Locale.ROOT, "propagation: change -> fact on Kafka %s%n", toKafka.summary());
        Latencies.result("propagation.matching.p50_ms", toMatching.percentileMillis(50));
        Latencies.result("propagation.matching.p99_ms", toMatching.percentileMillis(99));
        Latencies.result("propagation.kafka.p50_ms", toKafka.percentileMillis(50));
        Latencies.result("propagation.kafka.p99_ms", toKafka.percentileMillis(99));
    }

    private static ObjectNode offers(String tag) {
        ObjectNode body = Http.JSON.createObjectNode();
        ObjectNode offer = body.putArray("offers").addObject().put("kind", "skill").put("description", "What I can give");
        offer.putArray("tags").add(tag);
        return body;
    }

    private static boolean suggests(Http http, UUID member, UUID other, String token) {
        JsonNode items = http.get(LoadDriver.MATCHING + "/api/v1/members/" + member + "/suggestions?limit=50", token)
                .expect(200).json().path("items");
        for (JsonNode item : items) {
            if (other.toString().equals(item.path("member").path("memberId").asText())) {
                return true;
            }
        }
        return false;
    }

    private static void listen(String key, ConcurrentLinkedQueue<Long> arrivals, AtomicBoolean stop, CountDownLatch positioned) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, LoadDriver.KAFKA,
                ConsumerConfig.GROUP_ID_CONFIG, "load-probe-" + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 5);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(TOPIC).stream()
                    .map(p -> new TopicPartition(TOPIC, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position);
            positioned.countDown();
            while (!stop.get()) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(5))) {
                    if (key.equals(record.key())) {
                        arrivals.add(System.nanoTime());
                    }
                }
            }
        }
    }
}
