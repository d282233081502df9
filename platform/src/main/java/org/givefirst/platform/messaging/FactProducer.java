package org.givefirst.platform.messaging;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The Kafka producer the outbox relay sends with: idempotent, acknowledged by all in-sync replicas,
 * and short timeouts so that a broker outage surfaces as a failed send the relay retries later.
 */
@ApplicationScoped
public class FactProducer {

    private final String bootstrapServers;
    private Producer<String, byte[]> producer;

    public FactProducer(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    public synchronized Producer<String, byte[]> get() {
        if (producer == null) {
            Map<String, Object> config = new HashMap<>();
            config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
            config.put(ProducerConfig.CLIENT_ID_CONFIG, "givefirst-outbox-relay");
            config.put(ProducerConfig.ACKS_CONFIG, "all");
            config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            config.put(ProducerConfig.LINGER_MS_CONFIG, 0);
            config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
            config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 4_000);
            config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 10_000);
            config.put(ProducerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 2_000);
            producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
        }
        return producer;
    }

    /** Closes the producer at once, failing what it still buffers; the next {@link #get()} makes a new one. */
    public synchronized void discard() {
        if (producer != null) {
            producer.close(Duration.ZERO);
            producer = null;
        }
    }

    @PreDestroy
    synchronized void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
            producer = null;
        }
    }
}
