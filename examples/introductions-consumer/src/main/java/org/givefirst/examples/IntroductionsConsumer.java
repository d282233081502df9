package org.givefirst.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Follows {@code givefirst.introductions.v1} and prints each introduction as it happens, one line
 * each. Every record is a CloudEvent 1.0 in structured JSON ({@code id, source, type, time, subject,
 * datacontenttype, data}); the record key is the introduction id, so one introduction's facts
 * arrive in order. Member names come from {@code givefirst.members.v1}, read first up to its end.
 *
 * <pre>
 * java -jar examples/introductions-consumer/target/introductions-consumer.jar [options]
 *   --bootstrap HOST:PORT  Kafka brokers (default: $KAFKA_BOOTSTRAP_SERVERS or localhost:9092)
 *   --from-now             only introductions from now on (default: from the beginning of the topic)
 *   --no-names             show member ids only; do not read givefirst.members.v1
 * </pre>
 *
 * It joins no consumer group and commits nothing: every run reads the topics anew, and it never
 * takes records away from another consumer. Stop it with Ctrl-C.
 */
public final class IntroductionsConsumer {

    static final String INTRODUCTIONS = "givefirst.introductions.v1";
    static final String MEMBERS = "givefirst.members.v1";

    private static final ObjectMapper JSON = new ObjectMapper();

    record Options(String bootstrap, boolean fromBeginning, boolean names) {

        static Options parse(String[] args, Map<String, String> environment) {
            String bootstrap = environment.getOrDefault("KAFKA_BOOTSTRAP_SERVERS", "localhost:9092");
            boolean fromBeginning = true;
            boolean names = true;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--bootstrap" -> bootstrap = value(args, ++i, "--bootstrap");
                    case "--from-now" -> fromBeginning = false;
                    case "--from-beginning" -> fromBeginning = true;
                    case "--no-names" -> names = false;
                    default -> throw new IllegalArgumentException("unknown option " + args[i]
                            + " (options: --bootstrap HOST:PORT, --from-now, --no-names)");
                }
            }
            return new Options(bootstrap, fromBeginning, names);
        }

        private static String value(String[] args, int i, String option) {
            if (i >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args[i];
        }
    }

    public static void main(String[] args) {
        Options options;
        try {
            options = Options.parse(args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        new IntroductionsConsumer().run(options, System.out, System.err);
    }

    void run(Options options, PrintStream out, PrintStream err) {
        MemberNames names = new MemberNames();
        IntroductionLine lines = new IntroductionLine(options.names() ? names::of : id -> java.util.Optional.empty());
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config(options))) {
            Thread main = Thread.currentThread();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                consumer.wakeup();
                try {
                    main.join(5000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            List<TopicPartition> introductions = partitions(consumer, INTRODUCTIONS);
            err.printf("Following %s on %s (%s)%n", INTRODUCTIONS, options.bootstrap(),
                    options.fromBeginning() ? "from the beginning" : "from now on");
            if (options.names()) {
                catchUpOnMembers(consumer, names, err);
            }
            Map<TopicPartition, Long> membersPositions = new HashMap<>();
            for (TopicPartition partition : consumer.assignment()) {
                membersPositions.put(partition, consumer.position(partition));
            }
            List<TopicPartition> assigned = new ArrayList<>(introductions);
            assigned.addAll(membersPositions.keySet());
            consumer.assign(assigned);
            membersPositions.forEach(consumer::seek);
            if (options.fromBeginning()) {
                consumer.seekToBeginning(introductions);
            } else {
                consumer.seekToEnd(introductions);
            }
            while (true) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofSeconds(1))) {
                    JsonNode event = parse(record, err);
                    if (event == null) {
                        continue;
                    }
                    if (record.topic().equals(MEMBERS)) {
                        names.apply(event);
                    } else {
                        out.println(lines.format(event));
                        out.flush();
                    }
                }
            }
        } catch (WakeupException e) {
            // Ctrl-C: the consumer closes with the try block.
        }
    }

    /** Reads the member facts up to the end they had when we started, so that the first lines already show names. */
    private static void catchUpOnMembers(KafkaConsumer<String, byte[]> consumer, MemberNames names, PrintStream err) {
        List<TopicPartition> members = partitions(consumer, MEMBERS);
        consumer.assign(members);
        consumer.seekToBeginning(members);
        Map<TopicPartition, Long> end = consumer.endOffsets(members);
        while (members.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
            for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                JsonNode event = parse(record, err);
                if (event != null) {
                    names.apply(event);
                }
            }
        }
    }

    private static List<TopicPartition> partitions(KafkaConsumer<String, byte[]> consumer, String topic) {
        List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(30));
        if (infos == null || infos.isEmpty()) {
            throw new IllegalStateException("topic " + topic + " does not exist (yet): is Givefirst running?");
        }
        return infos.stream().map(info -> new TopicPartition(topic, info.partition())).toList();
    }

    static JsonNode parse(ConsumerRecord<String, byte[]> record, PrintStream err) {
        try {
            JsonNode event = JSON.readTree(record.value());
            if (event == null || !event.isObject()) {
                throw new IOException("not a JSON object");
            }
            return event;
        } catch (IOException e) {
            err.printf("skipped %s-%d@%d: not a structured CloudEvent (%s): %s%n", record.topic(), record.partition(),
                    record.offset(), e.getMessage(), record.value() == null ? "null" : new String(record.value(), StandardCharsets.UTF_8));
            return null;
        }
    }

    private static Properties config(Options options) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, options.bootstrap());
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "givefirst-introductions-consumer");
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return config;
    }
}
