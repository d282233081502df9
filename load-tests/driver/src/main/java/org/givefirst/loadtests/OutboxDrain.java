package org.givefirst.loadtests;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The backlog an outage leaves: {@code facts} pending rows put into a service's outbox at once (as
 * if the broker had been down while they were written), and the time until the running service's
 * relay has sent them all. The reference is a plain Kafka producer with the relay's guarantees
 * (idempotent, acks=all) sending the same number of records of the same size, in the same run.
 *
 * <p>The facts go to their own topic, {@code givefirst.loadtest.v1}, which no service consumes.
 */
final class OutboxDrain {

    static final String TOPIC = "givefirst.loadtest.v1";

    private OutboxDrain() {
    }

    static void run(String jdbcUrl, int facts) throws Exception {
        String user = System.getenv().getOrDefault("GIVEFIRST_DB_USER", "givefirst");
        String password = System.getenv().getOrDefault("GIVEFIRST_DB_PASSWORD", "givefirst");
        String payload = "{\"memberId\":\"" + UUID.randomUUID() + "\",\"note\":\"a fact of a typical size, written while the broker was down\"}";

        double reference = referenceSeconds(facts, payload);

        try (Connection db = DriverManager.getConnection(jdbcUrl, user, password)) {
            db.setAutoCommit(false);
            try (PreparedStatement insert = db.prepareStatement("insert into outbox_event"
                    + " (event_id, topic, aggregate_key, event_type, subject, occurred_at, payload) values (?, ?, ?, ?, ?, ?, ?)")) {
                Timestamp now = Timestamp.from(Instant.now());
                for (int i = 0; i < facts; i++) {
                    String key = new UUID(42, i % 1000).toString();
                    insert.setObject(1, UUID.randomUUID());
                    insert.setString(2, TOPIC);
                    insert.setString(3, key);
                    insert.setString(4, "org.givefirst.loadtest.backlog.v1");
                    insert.setString(5, key);
                    insert.setTimestamp(6, now);
                    insert.setString(7, payload);
                    insert.addBatch();
                    if (i % 1000 == 999) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            long start = System.nanoTime();
            db.commit();
            db.setAutoCommit(true);
            long pending;
            do {
                Thread.sleep(20);
                try (Statement count = db.createStatement();
                     ResultSet rs = count.executeQuery("select count(*) from outbox_event where sent_at is null and topic = '" + TOPIC + "'")) {
                    rs.next();
                    pending = rs.getLong(1);
                }
                if (System.nanoTime() - start > 600_000_000_000L) {
                    throw new IllegalStateException(pending + " facts still pending after 10 minutes");
                }
            } while (pending > 0);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "outbox: %d pending facts relayed in %.2f s (%.0f/s); "
                    + "reference producer: %.2f s (%.0f/s); ratio %.1f%n", facts, seconds, facts / seconds, reference,
                    facts / reference, seconds / reference);
            Latencies.result("outbox.drain_s", seconds);
            Latencies.result("outbox.reference_s", reference);
        }
    }

    private static double referenceSeconds(int records, String payload) throws Exception {
        byte[] value = ("{\"specversion\":\"1.0\",\"id\":\"" + UUID.randomUUID() + "\",\"source\":\"/givefirst/load-tests\","
                + "\"type\":\"org.givefirst.loadtest.reference.v1\",\"data\":" + payload + "}").getBytes(StandardCharsets.UTF_8);
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, LoadDriver.KAFKA,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
            producer.partitionsFor(TOPIC);
            long start = System.nanoTime();
            List<Future<RecordMetadata>> sent = new ArrayList<>(records);
            for (int i = 0; i < records; i++) {
                sent.add(producer.send(new ProducerRecord<>(TOPIC, new UUID(43, i % 1000).toString(), value)));
            }
            for (Future<RecordMetadata> f : sent) {
                f.get();
            }
            return (System.nanoTime() - start) / 1e9;
        }
    }
}
