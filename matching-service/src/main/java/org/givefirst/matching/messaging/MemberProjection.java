package org.givefirst.matching.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.givefirst.matching.persistence.ChapterView;
import org.givefirst.matching.persistence.MemberView;
import org.givefirst.matching.service.MemberQueries;
import org.givefirst.platform.contracts.Tags;

/**
 * Keeps the read model of members-service's facts: public profiles, chapter memberships, the tag
 * indexes and chapters. What services read of it is in {@link MemberQueries}.
 */
@ApplicationScoped
public class MemberProjection {

    private final EntityManager em;
    private final ObjectMapper json;
    private final MemberQueries members;

    public MemberProjection(EntityManager em, ObjectMapper json, MemberQueries members) {
        this.em = em;
        this.json = json;
        this.members = members;
    }

    /** A member's public profile, as in {@code member.registered} / {@code member.updated}. */
    public record Profile(UUID memberId, Long version, String displayName, List<String> chapters, String city, String timeZone,
            List<MemberView.Offer> offers, List<MemberView.ObjectiveText> objectives, List<String> formats,
            boolean openToIntroductions, int maxIntroductionsPerMonth, boolean allowOtherChapters,
            IntroductionPreferences introductionPreferences) {
    }

    /** A member's private introduction preferences; {@link #NONE} when a fact carries none. */
    public record IntroductionPreferences(boolean helpsNewcomers, Set<UUID> neverIntroduce, Set<UUID> wantsToMeet) {
        public static final IntroductionPreferences NONE = new IntroductionPreferences(false, Set.of(), Set.of());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void chapterSaved(UUID chapterId, String slug, String name, String city, String timeZone) {
        ChapterView chapter = ChapterView.findById(chapterId);
        if (chapter == null) {
            chapter = new ChapterView();
            chapter.chapterId = chapterId;
        }
        chapter.slug = slug;
        chapter.name = name == null ? slug : name;
        chapter.city = city;
        chapter.timeZone = timeZone;
        chapter.persist();
    }

    /**
     * Stores the full profile (registered or updated), replacing what was known. Ignored for an
     * erased member, and for a profile older than the stored one (a lower {@code version}).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void upsert(Profile profile, OffsetDateTime at) {
        if (members.isErased(profile.memberId())) {
            return;
        }
        MemberView member = MemberView.findById(profile.memberId());
        if (member == null) {
            member = new MemberView();
            member.memberId = profile.memberId();
        } else if (profile.version() != null && member.version != null && profile.version() < member.version) {
            return;
        }
        member.version = profile.version();
        member.displayName = profile.displayName() == null ? "" : profile.displayName();
        member.city = profile.city();
        member.timeZone = profile.timeZone();
        member.offersJson = write(profile.offers());
        member.objectivesJson = write(profile.objectives());
        member.formatsJson = write(profile.formats());
        member.openToIntroductions = profile.openToIntroductions();
        member.maxIntroductionsPerMonth = Math.max(0, profile.maxIntroductionsPerMonth());
        member.allowOtherChapters = profile.allowOtherChapters();
        member.helpsNewcomers = profile.introductionPreferences().helpsNewcomers();
        member.updatedAt = at;
        member.persist();
        em.flush();

        em.createNativeQuery("delete from member_chapter where member_id = ?1").setParameter(1, member.memberId).executeUpdate();
        for (String chapter : new LinkedHashSet<>(profile.chapters())) {
            joinChapter(member.memberId, chapter);
        }
        em.createNativeQuery("delete from member_tag where member_id = ?1").setParameter(1, member.memberId).executeUpdate();
        Set<String> offers = new HashSet<>();
        profile.offers().forEach(offer -> offers.addAll(Tags.normalize(offer.tags())));
        Set<String> seeks = new HashSet<>();
        profile.objectives().forEach(objective -> seeks.addAll(Tags.normalize(objective.tags())));
        insertTags(member.memberId, "offer", offers);
        insertTags(member.memberId, "seek", seeks);
        em.createNativeQuery("delete from member_preference where member_id = ?1").setParameter(1, member.memberId).executeUpdate();
        insertPreferences(member.memberId, "never", profile.introductionPreferences().neverIntroduce());
        insertPreferences(member.memberId, "meet", profile.introductionPreferences().wantsToMeet());
    }

    /** Preferences naming an erased member are left out: the erasure may have been applied before this older fact. */
    private void insertPreferences(UUID memberId, String kind, Set<UUID> others) {
        for (UUID other : others) {
            if (other.equals(memberId) || members.isErased(other)) {
                continue;
            }
            em.createNativeQuery("insert into member_preference (member_id, kind, other_id) values (?1, ?2, ?3) on conflict do nothing")
                    .setParameter(1, memberId).setParameter(2, kind).setParameter(3, other).executeUpdate();
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void joinedChapter(UUID memberId, String chapter) {
        if (MemberView.findById(memberId) != null) {
            joinChapter(memberId, chapter);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void leftChapter(UUID memberId, String chapter) {
        em.createNativeQuery("delete from member_chapter where member_id = ?1 and chapter = ?2")
                .setParameter(1, memberId).setParameter(2, chapter).executeUpdate();
    }

    /**
     * Deletes the profile, its chapters, tags and preferences, removes the member from everyone
     * else's preferences, and remembers the id as erased.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void erase(UUID memberId, OffsetDateTime at) {
        em.createNativeQuery("delete from member_preference where other_id = ?1").setParameter(1, memberId).executeUpdate();
        em.createNativeQuery("insert into erased_member (member_id, erased_at) values (?1, ?2) on conflict do nothing")
                .setParameter(1, memberId).setParameter(2, at).executeUpdate();
        em.createNativeQuery("delete from member_profile where member_id = ?1").setParameter(1, memberId).executeUpdate();
    }

    private void joinChapter(UUID memberId, String chapter) {
        em.createNativeQuery("insert into member_chapter (member_id, chapter) values (?1, ?2) on conflict do nothing")
                .setParameter(1, memberId).setParameter(2, chapter).executeUpdate();
    }

    private void insertTags(UUID memberId, String kind, Set<String> tags) {
        for (String tag : tags) {
            em.createNativeQuery("insert into member_tag (member_id, kind, tag) values (?1, ?2, ?3) on conflict do nothing")
                    .setParameter(1, memberId).setParameter(2, kind).setParameter(3, tag).executeUpdate();
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot store profile part as JSON", e);
        }
    }
}
