package org.givefirst.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.nodepool.ProcessRoles;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** Kafka through Strimzi in KRaft mode, and exactly the topics the services publish on. */
class KafkaTest {

    static final List<String> OVERLAYS = Overlay.ALL;

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void topicsAreExactlyThePlatformTopics(String overlay) {
        Set<String> topics = new TreeSet<>();
        for (Kustomize.Resource resource : Overlay.of(overlay).rendered().ofKind("KafkaTopic")) {
            KafkaTopic topic = Models.bind(resource, KafkaTopic.class);
            String name = topic.getSpec().getTopicName() != null ? topic.getSpec().getTopicName() : topic.getMetadata().getName();
            topics.add(name);
        }
        assertEquals(PlatformTopics.names(), topics);
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void eachTopicFitsTheBrokersOfItsCluster(String overlay) {
        Overlay o = Overlay.of(overlay);
        for (Kustomize.Resource resource : o.rendered().ofKind("KafkaTopic")) {
            KafkaTopic topic = Models.bind(resource, KafkaTopic.class);
            String cluster = topic.getMetadata().getLabels().get("strimzi.io/cluster");
            Kafka kafka = Models.bind(o.rendered().get("Kafka", cluster), Kafka.class);
            int brokers = brokers(o, cluster);
            int replicas = topic.getSpec().getReplicas();
            assertTrue(replicas <= brokers, resource + ": " + replicas + " replicas on " + brokers + " brokers");
            int minInSync = Integer.parseInt(String.valueOf(topic.getSpec().getConfig().getOrDefault("min.insync.replicas",
                    kafka.getSpec().getKafka().getConfig().getOrDefault("min.insync.replicas", 1))));
            assertTrue(minInSync <= replicas, resource + ": min.insync.replicas " + minInSync + " > " + replicas + " replicas");
            if (replicas > 1) {
                assertTrue(minInSync < replicas, resource + ": one broker down would stop every write");
            }
            assertTrue(topic.getSpec().getPartitions() >= 1);
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void kafkaRunsInKraftModeWithItsInternalTopicsReplicatedWithinTheBrokers(String overlay) {
        Overlay o = Overlay.of(overlay);
        for (Kustomize.Resource resource : o.rendered().ofKind("Kafka")) {
            Kafka kafka = Models.bind(resource, Kafka.class);
            Set<ProcessRoles> roles = new TreeSet<>();
            for (Kustomize.Resource pool : o.rendered().ofKind("KafkaNodePool")) {
                KafkaNodePool nodePool = Models.bind(pool, KafkaNodePool.class);
                if (resource.name().equals(nodePool.getMetadata().getLabels().get("strimzi.io/cluster"))) {
                    roles.addAll(nodePool.getSpec().getRoles());
                }
            }
            assertEquals(Set.of(ProcessRoles.BROKER, ProcessRoles.CONTROLLER), roles, "KRaft: controllers and brokers in node pools");
            Map<String, Object> config = kafka.getSpec().getKafka().getConfig();
            int brokers = brokers(o, resource.name());
            for (String factor : List.of("default.replication.factor", "offsets.topic.replication.factor",
                    "transaction.state.log.replication.factor", "min.insync.replicas", "transaction.state.log.min.isr")) {
                int value = Integer.parseInt(String.valueOf(config.get(factor)));
                assertTrue(value >= 1 && value <= brokers, resource + ": " + factor + " = " + value + " with " + brokers + " brokers");
            }
            assertEquals("false", String.valueOf(config.get("auto.create.topics.enable")), "topics come from KafkaTopic resources only");
            assertTrue(kafka.getSpec().getEntityOperator().getTopicOperator() != null, "the Topic Operator manages the KafkaTopics");
        }
    }

    private static int brokers(Overlay o, String cluster) {
        int brokers = 0;
        for (Kustomize.Resource pool : o.rendered().ofKind("KafkaNodePool")) {
            KafkaNodePool nodePool = Models.bind(pool, KafkaNodePool.class);
            if (cluster.equals(nodePool.getMetadata().getLabels().get("strimzi.io/cluster"))
                    && nodePool.getSpec().getRoles().contains(ProcessRoles.BROKER)) {
                brokers += nodePool.getSpec().getReplicas();
            }
        }
        return brokers;
    }
}
