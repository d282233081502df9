package org.givefirst.events;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.givefirst.events.messaging.MembersTopicConsumer;
import org.givefirst.platform.contracts.FactTypes;
import org.givefirst.platform.outbox.Topics;
import org.givefirst.platform.testing.Contracts;
import org.givefirst.platform.testing.Infrastructure;

/**
 * Sets up chapters and members the way members-service does: by publishing its facts on
 * {@value Topics#MEMBERS} of the test broker (the documented samples, each for another chapter or
 * member and with a fresh CloudEvent id, checked against their schemas), then waiting until
 * events-service's consumer has applied each one. What a test then sees is what the read model
 * made of real facts.
 */
final class MemberFactsSent {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static KafkaProducer<String, String> producer;

    private MemberFactsSent() {
    }

    /** A new chapter, known to events-service once this returns. */
    static String chapter(String prefix) {
        String slug = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        chapterFact(FactTypes.CHAPTER_CREATED, UUID.randomUUID(), slug, "Givefirst " + slug);
        return slug;
    }

    /** The chapter's name changes ({@code chapter.updated}). */
    static void chapterRenamed(UUID chapterId, String slug, String name) {
        chapterFact(FactTypes.CHAPTER_UPDATED, chapterId, slug, name);
    }

    static UUID chapterFact(String type, UUID chapterId, String slug, String name) {
        ObjectNode fact = sample(type, chapterId);
        ObjectNode data = (ObjectNode) fact.get("data");
        data.put("chapterId", chapterId.toString());
        data.put("slug", slug);
        data.put("name", name);
        applied(send(chapterId, fact));
        return chapterId;
    }

    /** A new member of these chapters, with the display name the stand-in members-service gives them. */
    static UUID member(String... chapters) {
        UUID id = UUID.randomUUID();
        registered(id, chapters);
        return id;
    }

    /** {@code member.registered}: the member, named {@link MembersServiceStub#displayNameOf}, in these chapters; not a public profile. */
    static void registered(UUID id, String... chapters) {
        ObjectNode fact = sample(FactTypes.MEMBER_REGISTERED, id);
        ObjectNode data = (ObjectNode) fact.get("data");
        data.put("memberId", id.toString());
        data.put("displayName", MembersServiceStub.displayNameOf(id));
        data.put("publicProfile", false);
        ArrayNode slugs = data.putArray("chapters");
        List.of(chapters).stream().sorted().forEach(slugs::add);
        applied(send(id, fact));
    }

    /** {@code member.joined-chapter}, as members-service publishes it after the member.updated that lists the chapter. */
    static void joined(UUID id, String chapter) {
        applied(send(id, membership(FactTypes.MEMBER_JOINED_CHAPTER, id, chapter)));
    }

    static void left(UUID id, String chapter) {
        applied(send(id, membership(FactTypes.MEMBER_LEFT_CHAPTER, id, chapter)));
    }

    /** {@code member.erased}. */
    static void erased(UUID id) {
        ObjectNode fact = sample(FactTypes.MEMBER_ERASED, id);
        ((ObjectNode) fact.get("data")).put("memberId", id.toString());
        applied(send(id, fact));
    }

    private static ObjectNode membership(String type, UUID id, String chapter) {
        ObjectNode fact = sample(type, id);
        ((ObjectNode) fact.get("data")).put("memberId", id.toString()).put("chapter", chapter);
        return fact;
    }

    /** The documented sample of a type, for another aggregate and with a fresh CloudEvent id. */
    private static ObjectNode sample(String type, UUID subject) {
        ObjectNode fact = Contracts.sample(type).deepCopy();
        fact.put("id", UUID.randomUUID().toString());
        fact.put("subject", subject.toString());
        return fact;
    }

    /** Sends the fact (it must conform to its schema) and returns its CloudEvent id. */
    static String send(UUID key, JsonNode fact) {
        Contracts.assertConforms(fact);
        try {
            ProducerRecord<String, String> record = new ProducerRecord<>(Topics.MEMBERS, key.toString(), JSON.writeValueAsString(fact));
            record.headers().add("content-type", "application/cloudevents+json".getBytes(StandardCharsets.UTF_8));
            producer().send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("Could not send to " + Topics.MEMBERS, e);
        }
        return fact.path("id").asText();
    }

    /** Waits until events-service's members consumer has applied these CloudEvents. */
    static void applied(String... cloudEventIds) {
        EntityManager em = Arc.container().instance(EntityManager.class).get();
        List<String> ids = List.of(cloudEventIds);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50)).until(() ->
                QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                                "select count(*) from processed_event where consumer = ?1 and event_id in (?2)")
                        .setParameter(1, MembersTopicConsumer.CONSUMER).setParameter(2, ids).getSingleResult()).intValue())
                        == ids.size());
    }

    private static synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, Infrastructure.kafkaBootstrapServers()),
                    new StringSerializer(), new StringSerializer());
        }
        return producer;
    }
}
