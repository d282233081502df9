package org.givefirst.matching.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.common.TopicPartition;
import org.givefirst.matching.support.Facts;
import org.givefirst.matching.support.Facts.Member;
import org.givefirst.matching.support.Scenario;
import org.junit.jupiter.api.Test;

/** An empty read model is rebuilt from the topics even when the consumer group kept its offsets. */
@QuarkusTest
class RebuildFromTopicsTest {

    @Inject
    DataSource dataSource;

    @Test
    void aConsumerThatNeverAppliedAFactRereadsItsPartitionsFromTheBeginning() {
        TopicPartition partition = new TopicPartition("givefirst.rebuild-test.v1", 0);
        MockConsumer<String, byte[]> consumer = consumerAt(partition, 42);
        new RebuildFromTopics(dataSource, Map.of(partition.topic(), "matching-service/nothing-applied-yet"))
                .onPartitionsAssigned(consumer, List.of(partition));
        assertEquals(0, consumer.position(partition), "rewound to the beginning");
    }

    @Test
    void aConsumerWithAppliedFactsKeepsItsCommittedOffsets() {
        Scenario.members(new Member("Someone").chapters(Facts.chapterSlug("rebuild")).registered());
        TopicPartition partition = new TopicPartition("givefirst.members.v1", 0);
        MockConsumer<String, byte[]> consumer = consumerAt(partition, 42);
        new RebuildFromTopics(dataSource).onPartitionsAssigned(consumer, List.of(partition));
        assertEquals(42, consumer.position(partition), "the read model has facts: keep going from the committed offset");
    }

    private static MockConsumer<String, byte[]> consumerAt(TopicPartition partition, long offset) {
        MockConsumer<String, byte[]> consumer = new MockConsumer<>("earliest");
        consumer.assign(List.of(partition));
        Map<TopicPartition, Long> beginning = new HashMap<>();
        beginning.put(partition, 0L);
        consumer.updateBeginningOffsets(beginning);
        consumer.seek(partition, offset);
        return consumer;
    }
}
