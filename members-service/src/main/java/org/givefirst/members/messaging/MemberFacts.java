package org.givefirst.members.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.givefirst.members.persistence.Chapter;
import org.givefirst.platform.contracts.EventFormat;
import org.givefirst.members.persistence.Member;
import org.givefirst.platform.contracts.OfferKind;
import org.givefirst.platform.contracts.FactTypes;
import org.givefirst.platform.outbox.Outbox;
import org.givefirst.platform.outbox.Topics;

/**
 * The facts members-service publishes on {@value Topics#MEMBERS}, written through the outbox. Their
 * JSON Schemas and sample events are in {@code docs/events/members/}; their types are in {@link FactTypes}.
 *
 * <p>A profile fact carries the member's whole public state (no email, ever), so that a read model
 * simply replaces what it holds; {@code version} grows with every change of the member.
 */
@ApplicationScoped
public class MemberFacts {

    private final Outbox outbox;

    public MemberFacts(Outbox outbox) {
        this.outbox = outbox;
    }

    public void chapterCreated(Chapter chapter) {
        outbox.publish(Topics.MEMBERS, chapter.id, FactTypes.CHAPTER_CREATED,
                new ChapterData(chapter.id.toString(), chapter.slug, chapter.name, chapter.city, chapter.timeZone));
    }

    /** The chapter's whole state after a change of its name, city or time zone (the slug never changes). */
    public void chapterUpdated(Chapter chapter) {
        outbox.publish(Topics.MEMBERS, chapter.id, FactTypes.CHAPTER_UPDATED,
                new ChapterData(chapter.id.toString(), chapter.slug, chapter.name, chapter.city, chapter.timeZone));
    }

    /** Call after the member's row was flushed, so that its version is final. */
    public void memberRegistered(Member member) {
        outbox.publish(Topics.MEMBERS, member.id, FactTypes.MEMBER_REGISTERED, MemberData.of(member));
    }

    /** Call after the member's row was flushed, so that its version is final. */
    public void memberUpdated(Member member) {
        outbox.publish(Topics.MEMBERS, member.id, FactTypes.MEMBER_UPDATED, MemberData.of(member));
    }

    /** The member joined a chapter (after {@code member.updated}, which lists their chapters now). */
    public void joinedChapter(UUID memberId, String chapter) {
        outbox.publish(Topics.MEMBERS, memberId, FactTypes.MEMBER_JOINED_CHAPTER, new MembershipData(memberId.toString(), chapter));
    }

    /** The member left a chapter (after {@code member.updated}, which lists their chapters now). */
    public void leftChapter(UUID memberId, String chapter) {
        outbox.publish(Topics.MEMBERS, memberId, FactTypes.MEMBER_LEFT_CHAPTER, new MembershipData(memberId.toString(), chapter));
    }

    public void memberErased(UUID memberId, OffsetDateTime erasedAt) {
        outbox.publish(Topics.MEMBERS, memberId, FactTypes.MEMBER_ERASED, new ErasedData(memberId.toString(), erasedAt));
    }

    public record ChapterData(String chapterId, String slug, String name, String city, String timeZone) {
    }

    /** The public state of a member, as every consumer needs it. */
    public record MemberData(
            String memberId,
            long version,
            String displayName,
            String headline,
            String city,
            String timeZone,
            List<String> chapters,
            List<OfferData> offers,
            List<ObjectiveData> objectives,
            PreferencesData preferences,
            boolean publicProfile,
            IntroductionPreferencesData introductionPreferences) {

        public static MemberData of(Member m) {
            return new MemberData(m.id.toString(), m.version, m.displayName, m.headline, m.city, m.timeZone,
                    m.chapterSlugs(),
                    m.offers.stream().map(o -> new OfferData(o.kind, o.description, List.copyOf(o.tags))).toList(),
                    m.objectives.stream().map(o -> new ObjectiveData(o.id.toString(), o.what, o.who, o.where,
                            List.copyOf(o.tags), o.priority, o.specificity)).toList(),
                    new PreferencesData(m.formats.stream().sorted().toList(), m.openToIntroductions,
                            m.allowsOtherChapterIntroductions, m.maxIntroductionsPerMonth),
                    m.publicProfile,
                    new IntroductionPreferencesData(m.helpsNewcomers, sorted(m.neverIntroduce), sorted(m.wantsToMeet)));
        }

        private static List<String> sorted(java.util.Collection<UUID> ids) {
            return ids.stream().map(UUID::toString).sorted().toList();
        }
    }

    public record OfferData(OfferKind kind, String description, List<String> tags) {
    }

    public record ObjectiveData(String objectiveId, String what, String who, String where, List<String> tags,
                                int priority, int specificity) {
    }

    public record PreferencesData(List<EventFormat> formats, boolean openToIntroductions,
                                  boolean allowsOtherChapterIntroductions, int maxIntroductionsPerMonth) {
    }

    /**
     * The member's private introduction preferences: only matching-service acts on them, and no
     * consumer shows them to anyone (the members named never learn it).
     */
    public record IntroductionPreferencesData(boolean helpsNewcomers, List<String> neverIntroduce, List<String> wantsToMeet) {
    }

    /** A member and the slug of the chapter they joined or left. */
    public record MembershipData(String memberId, String chapter) {
    }

    public record ErasedData(String memberId, OffsetDateTime erasedAt) {
    }
}
