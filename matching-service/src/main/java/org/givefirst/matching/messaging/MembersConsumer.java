package org.givefirst.matching.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.givefirst.matching.service.Erasure;
import org.givefirst.matching.service.MemberReadModel;
import org.givefirst.platform.messaging.CloudEvents;
import org.givefirst.platform.messaging.IncomingFact;
import org.givefirst.platform.messaging.ProcessedEvents;
import org.jboss.logging.Logger;

/**
 * Keeps the members read model from {@code givefirst.members.v1}: one channel, records of one
 * member (the key) in order, each CloudEvent applied once. Unknown types are recorded as
 * processed and skipped.
 */
@ApplicationScoped
public class MembersConsumer {

    public static final String CONSUMER = "matching-service/members";

    public static final String MEMBER_REGISTERED = "org.givefirst.member.registered.v1";
    public static final String MEMBER_UPDATED = "org.givefirst.member.updated.v1";
    public static final String MEMBER_ERASED = "org.givefirst.member.erased.v1";
    public static final String JOINED_CHAPTER = "org.givefirst.member.joined-chapter.v1";
    public static final String LEFT_CHAPTER = "org.givefirst.member.left-chapter.v1";
    public static final String CHAPTER_CREATED = "org.givefirst.chapter.created.v1";

    private static final Logger LOG = Logger.getLogger(MembersConsumer.class);

    private final CloudEvents cloudEvents;
    private final ProcessedEvents processed;
    private final MemberReadModel members;
    private final Erasure erasure;

    public MembersConsumer(CloudEvents cloudEvents, ProcessedEvents processed, MemberReadModel members, Erasure erasure) {
        this.cloudEvents = cloudEvents;
        this.processed = processed;
        this.members = members;
        this.erasure = erasure;
    }

    @Incoming("members")
    @Blocking
    @Transactional
    public void on(ConsumerRecord<String, byte[]> record) {
        IncomingFact fact = cloudEvents.parse(record.value());
        if (!processed.firstDelivery(CONSUMER, fact.id())) {
            return;
        }
        JsonNode data = fact.data();
        OffsetDateTime at = fact.time() != null ? fact.time() : OffsetDateTime.now(ZoneOffset.UTC);
        switch (fact.type()) {
            case MEMBER_REGISTERED, MEMBER_UPDATED -> members.upsert(profile(data), at);
            case MEMBER_ERASED -> erasure.erase(FactData.requiredUuid(data, "memberId"), at);
            case JOINED_CHAPTER -> members.joinedChapter(FactData.requiredUuid(data, "memberId"), required(data, "chapter"));
            case LEFT_CHAPTER -> members.leftChapter(FactData.requiredUuid(data, "memberId"), required(data, "chapter"));
            case CHAPTER_CREATED -> members.chapterCreated(FactData.requiredUuid(data, "chapterId"), required(data, "slug"),
                    FactData.text(data, "name"), FactData.text(data, "city"), FactData.text(data, "timeZone"));
            default -> LOG.debugf("Skipping %s %s: not a type matching-service reads", fact.type(), fact.id());
        }
    }

    static MemberReadModel.Profile profile(JsonNode data) {
        UUID memberId = FactData.requiredUuid(data, "memberId");
        List<MemberReadModel.Offer> offers = new ArrayList<>();
        data.path("offers").forEach(offer -> offers.add(new MemberReadModel.Offer(FactData.strings(offer, "tags"),
                FactData.firstText(offer, "description", "text"))));
        List<MemberReadModel.ObjectiveText> objectives = new ArrayList<>();
        data.path("objectives").forEach(objective -> objectives.add(new MemberReadModel.ObjectiveText(
                FactData.text(objective, "what"), FactData.text(objective, "who"), FactData.text(objective, "where"),
                FactData.strings(objective, "tags"), FactData.integer(objective, "priority", 3),
                FactData.integer(objective, "specificity", 50))));
        JsonNode preferences = data.path("preferences");
        boolean otherChapters = preferences.has("allowsOtherChapterIntroductions")
                ? FactData.bool(preferences, "allowsOtherChapterIntroductions", false)
                : FactData.bool(preferences, "allowOtherChapters", false);
        return new MemberReadModel.Profile(memberId, FactData.longValue(data, "version"), FactData.text(data, "displayName"),
                FactData.strings(data, "chapters"), FactData.text(data, "city"), FactData.text(data, "timeZone"), offers,
                objectives, FactData.strings(preferences, "formats").stream().map(FactData::format).toList(),
                FactData.bool(preferences, "openToIntroductions", true),
                FactData.integer(preferences, "maxIntroductionsPerMonth", MemberReadModel.DEFAULT_MAX_INTRODUCTIONS_PER_MONTH),
                otherChapters);
    }

    private static String required(JsonNode data, String field) {
        String value = FactData.text(data, field);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("fact data has no " + field);
        }
        return value;
    }
}
