package org.givefirst.webhooks.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.givefirst.platform.contracts.FactTypes;
import org.givefirst.platform.messaging.FactInbox;
import org.givefirst.platform.messaging.IncomingFact;
import org.givefirst.webhooks.persistence.ChapterReadModel;
import org.givefirst.webhooks.service.FactDeliveries;
import org.jboss.logging.Logger;

/**
 * Reads the three topics and records each fact's deliveries to the endpoints of the chapters it
 * concerns: the chapter it names (a chapter, a membership, an event, a suggested introduction), the
 * chapters of the member a profile fact is about, or, for the facts that name none, the chapters
 * the read models remember (the member's, for member.erased; the introduction's, for the facts after
 * its suggestion). Each CloudEvent is claimed once per topic handler, in the transaction that records
 * its deliveries, so a redelivered record records nothing.
 */
@ApplicationScoped
public class FactsConsumer {

    public static final String MEMBERS = "webhooks-service/members";
    public static final String EVENTS = "webhooks-service/events";
    public static final String INTRODUCTIONS = "webhooks-service/introductions";

    private static final Logger LOG = Logger.getLogger(FactsConsumer.class);

    private final FactInbox inbox;
    private final FactDeliveries deliveries;
    private final EntityManager em;
    private final ObjectMapper json;
    private final Clock clock;

    public FactsConsumer(FactInbox inbox, FactDeliveries deliveries, EntityManager em, ObjectMapper json, Clock clock) {
        this.inbox = inbox;
        this.deliveries = deliveries;
        this.em = em;
        this.json = json;
        this.clock = clock;
    }

    @Incoming("members")
    @Blocking
    @Transactional
    public void onMembers(ConsumerRecord<String, byte[]> record) {
        IncomingFact fact = inbox.claim(MEMBERS, record.value()).orElse(null);
        if (fact == null) {
            return;
        }
        JsonNode data = fact.data();
        List<String> chapters = new ArrayList<>();
        UUID profileOf = null;
        switch (fact.type()) {
            case FactTypes.CHAPTER_CREATED -> chapters.add(data.path("slug").asText());
            case FactTypes.MEMBER_REGISTERED, FactTypes.MEMBER_UPDATED -> {
                profileOf = uuid(data.path("memberId"));
                data.path("chapters").forEach(chapter -> chapters.add(chapter.asText()));
                if (profileOf != null) {
                    ChapterReadModel.replace(em, profileOf, chapters);
                }
            }
            case FactTypes.MEMBER_JOINED_CHAPTER -> {
                chapters.add(data.path("chapter").asText());
                ChapterReadModel.join(em, uuid(data.path("memberId")), chapters.get(0));
            }
            case FactTypes.MEMBER_LEFT_CHAPTER -> {
                chapters.add(data.path("chapter").asText());
                ChapterReadModel.leave(em, uuid(data.path("memberId")), chapters.get(0));
            }
            case FactTypes.MEMBER_ERASED -> {
                UUID member = uuid(data.path("memberId"));
                chapters.addAll(ChapterReadModel.chaptersOf(em, member));
                ChapterReadModel.forget(em, member);
                long forgotten = deliveries.eraseMember(member);
                LOG.infof("Member erased (fact %s): %d held profile deliveries forgotten", fact.id(), forgotten);
            }
            default -> LOG.debugf("Fact type %s is not delivered", fact.type());
        }
        record(fact, chapters, profileOf);
    }

    @Incoming("events")
    @Blocking
    @Transactional
    public void onEvents(ConsumerRecord<String, byte[]> record) {
        IncomingFact fact = inbox.claim(EVENTS, record.value()).orElse(null);
        if (fact == null) {
            return;
        }
        String chapter = fact.data().path("event").path("chapter").asText(null);
        record(fact, chapter == null ? List.of() : List.of(chapter), null);
    }

    @Incoming("introductions")
    @Blocking
    @Transactional
    public void onIntroductions(ConsumerRecord<String, byte[]> record) {
        IncomingFact fact = inbox.claim(INTRODUCTIONS, record.value()).orElse(null);
        if (fact == null) {
            return;
        }
        UUID introduction = uuid(fact.data().path("introductionId"));
        String chapter = fact.data().path("chapter").asText(null);
        if (chapter != null && introduction != null) {
            ChapterReadModel.introductionIn(em, introduction, chapter);
        }
        List<String> chapters = chapter != null ? List.of(chapter)
                : introduction == null ? List.of() : ChapterReadModel.chapterOfIntroduction(em, introduction);
        record(fact, chapters, null);
    }

    private void record(IncomingFact fact, List<String> chapters, UUID profileOf) {
        if (chapters.isEmpty()) {
            return;
        }
        deliveries.record(new FactDeliveries.Fact(fact.id(), fact.type(), fact.timeOr(clock).toInstant(), profileOf),
                chapters, FactAudience.body(json, fact));
    }

    private static UUID uuid(JsonNode node) {
        try {
            return node.isTextual() ? UUID.fromString(node.asText()) : null;
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }
}
