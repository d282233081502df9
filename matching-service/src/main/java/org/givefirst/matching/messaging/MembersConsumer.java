package org.givefirst.matching.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.givefirst.matching.persistence.MemberView;
import org.givefirst.platform.contracts.FactTypes;
import org.givefirst.platform.contracts.MemberDefaults;
import org.givefirst.platform.messaging.FactInbox;
import org.givefirst.platform.messaging.IncomingFact;
import org.jboss.logging.Logger;

/**
 * Keeps the members read model from {@code givefirst.members.v1}: one channel, records of one
 * member (the key) in order, each CloudEvent applied once. Unknown types are recorded as
 * processed and skipped.
 */
@ApplicationScoped
public class MembersConsumer {

    public static final String CONSUMER = "matching-service/members";

    /** Specificity of an objective that arrives without its score (members-service always sends one): the middle. */
    static final int UNKNOWN_SPECIFICITY = 50;

    private static final Logger LOG = Logger.getLogger(MembersConsumer.class);

    private final FactInbox inbox;
    private final MemberProjection members;
    private final Erasure erasure;
    private final Clock clock;

    public MembersConsumer(FactInbox inbox, MemberProjection members, Erasure erasure, Clock clock) {
        this.inbox = inbox;
        this.members = members;
        this.erasure = erasure;
        this.clock = clock;
    }

    @Incoming("members")
    @Blocking
    @Transactional
    public void on(ConsumerRecord<String, byte[]> record) {
        IncomingFact fact = inbox.claim(CONSUMER, record.value()).orElse(null);
        if (fact == null) {
            return;
        }
        JsonNode data = fact.data();
        OffsetDateTime at = fact.timeOr(clock);
        switch (fact.type()) {
            case FactTypes.MEMBER_REGISTERED, FactTypes.MEMBER_UPDATED -> members.upsert(profile(data), at);
            case FactTypes.MEMBER_ERASED -> erasure.erase(FactData.requiredUuid(data, "memberId"), at);
            case FactTypes.MEMBER_JOINED_CHAPTER -> members.joinedChapter(FactData.requiredUuid(data, "memberId"),
                    required(data, "chapter"));
            case FactTypes.MEMBER_LEFT_CHAPTER -> members.leftChapter(FactData.requiredUuid(data, "memberId"),
                    required(data, "chapter"));
            case FactTypes.CHAPTER_CREATED, FactTypes.CHAPTER_UPDATED -> members.chapterSaved(FactData.requiredUuid(data, "chapterId"), required(data, "slug"),
                    FactData.text(data, "name"), FactData.text(data, "city"), FactData.text(data, "timeZone"));
            default -> LOG.debugf("Skipping %s %s: not a type matching-service reads", fact.type(), fact.id());
        }
    }

    /** The profile a fact carries; a field the producer left out takes the default members-service gives ({@link MemberDefaults}). */
    static MemberProjection.Profile profile(JsonNode data) {
        UUID memberId = FactData.requiredUuid(data, "memberId");
        List<MemberView.Offer> offers = new ArrayList<>();
        data.path("offers").forEach(offer -> offers.add(new MemberView.Offer(FactData.strings(offer, "tags"),
                FactData.firstText(offer, "description", "text"))));
        List<MemberView.ObjectiveText> objectives = new ArrayList<>();
        data.path("objectives").forEach(objective -> objectives.add(new MemberView.ObjectiveText(
                FactData.text(objective, "what"), FactData.text(objective, "who"), FactData.text(objective, "where"),
                FactData.strings(objective, "tags"), FactData.integer(objective, "priority", MemberDefaults.OBJECTIVE_PRIORITY),
                FactData.integer(objective, "specificity", UNKNOWN_SPECIFICITY))));
        JsonNode preferences = data.path("preferences");
        boolean otherChapters = preferences.has("allowsOtherChapterIntroductions")
                ? FactData.bool(preferences, "allowsOtherChapterIntroductions", MemberDefaults.OTHER_CHAPTER_INTRODUCTIONS)
                : FactData.bool(preferences, "allowOtherChapters", MemberDefaults.OTHER_CHAPTER_INTRODUCTIONS);
        return new MemberProjection.Profile(memberId, FactData.longValue(data, "version"), FactData.text(data, "displayName"),
                FactData.strings(data, "chapters"), FactData.text(data, "city"), FactData.text(data, "timeZone"), offers,
                objectives, FactData.strings(preferences, "formats").stream().map(FactData::format).toList(),
                FactData.bool(preferences, "openToIntroductions", MemberDefaults.OPEN_TO_INTRODUCTIONS),
                FactData.integer(preferences, "maxIntroductionsPerMonth", MemberDefaults.MAX_INTRODUCTIONS_PER_MONTH),
                otherChapters, introductionPreferences(data.path("introductionPreferences")));
    }

    /** The private introduction preferences; none when the fact predates them. Ids that are not UUIDs are skipped. */
    static MemberProjection.IntroductionPreferences introductionPreferences(JsonNode node) {
        if (!node.isObject()) {
            return MemberProjection.IntroductionPreferences.NONE;
        }
        return new MemberProjection.IntroductionPreferences(FactData.bool(node, "helpsNewcomers", false),
                uuids(FactData.strings(node, "neverIntroduce")), uuids(FactData.strings(node, "wantsToMeet")));
    }

    private static java.util.Set<UUID> uuids(List<String> values) {
        java.util.Set<UUID> ids = new java.util.LinkedHashSet<>();
        for (String value : values) {
            try {
                ids.add(UUID.fromString(value));
            } catch (IllegalArgumentException e) {
                LOG.debugf("Skipping a preference that is not a member id: %s", value);
            }
        }
        return ids;
    }

    private static String required(JsonNode data, String field) {
        String value = FactData.text(data, field);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("fact data has no " + field);
        }
        return value;
    }
}
