package org.givefirst.matching.messaging;

import io.quarkus.arc.Unremovable;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.reactive.messaging.kafka.KafkaConsumerRebalanceListener;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.givefirst.platform.outbox.Topics;
import org.jboss.logging.Logger;

/**
 * Rebuilds the read models from the topics when the database is empty. A new consumer group
 * already starts at the earliest offset ({@code auto.offset.reset=earliest}); this listener also
 * covers a database that was emptied while the group kept its committed offsets: when a partition
 * is assigned and this service has never applied a fact of that topic, it reads the partition from
 * its beginning. Redelivered facts are harmless (idempotent consumers).
 */
@ApplicationScoped
@Unremovable
@Identifier(RebuildFromTopics.NAME)
public class RebuildFromTopics implements KafkaConsumerRebalanceListener {

    public static final String NAME = "matching-rebuild-from-topics";

    private static final Logger LOG = Logger.getLogger(RebuildFromTopics.class);

    private final DataSource dataSource;
    private final Map<String, String> consumerOfTopic;

    @Inject
    public RebuildFromTopics(DataSource dataSource) {
        this(dataSource, Map.of(Topics.MEMBERS, MembersConsumer.CONSUMER, Topics.EVENTS, EventsConsumer.CONSUMER));
    }

    RebuildFromTopics(DataSource dataSource, Map<String, String> consumerOfTopic) {
        this.dataSource = dataSource;
        this.consumerOfTopic = Map.copyOf(consumerOfTopic);
    }

    @Override
    public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        List<TopicPartition> fromStart = partitions.stream()
                .filter(partition -> consumerOfTopic.containsKey(partition.topic()))
                .filter(partition -> neverApplied(consumerOfTopic.get(partition.topic())))
                .toList();
        if (!fromStart.isEmpty()) {
            LOG.infof("Nothing applied yet from %s: reading from the beginning to rebuild the read model", fromStart);
            consumer.seekToBeginning(fromStart);
        }
    }

    /** True when the consumer has no processed fact recorded: the read model is empty. */
    boolean neverApplied(String consumerName) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("select 1 from processed_event where consumer = ? limit 1")) {
            statement.setString(1, consumerName);
            try (ResultSet rs = statement.executeQuery()) {
                return !rs.next();
            }
        } catch (SQLException e) {
            LOG.warn("Cannot tell whether the read model is empty; keeping the committed offsets", e);
            return false;
        }
    }
}
