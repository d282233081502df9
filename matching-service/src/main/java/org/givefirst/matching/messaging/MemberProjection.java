package org.givefirst.matching.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.givefirst.matching.domain.MemberProfile;
import org.givefirst.matching.domain.Objective;
import org.givefirst.matching.domain.Tags;
import org.givefirst.matching.persistence.ChapterView;
import org.givefirst.matching.persistence.MemberView;

/**
 * The read model of members-service's facts: public profiles, chapter memberships, tag indexes and
 * chapters. It also turns a stored profile into the domain's {@link MemberProfile}.
 */
@ApplicationScoped
public class MemberReadModel {

    /** Applied when a profile carries no preferences: members-service's own defaults. */
    public static final int DEFAULT_MAX_INTRODUCTIONS_PER_MONTH = 4;

    private static final TypeReference<List<Offer>> OFFERS = new TypeReference<>() { };
    private static final TypeReference<List<ObjectiveText>> OBJECTIVES = new TypeReference<>() { };
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };

    private final EntityManager em;
    private final ObjectMapper json;

    public MemberReadModel(EntityManager em, ObjectMapper json) {
        this.em = em;
        this.json = json;
    }

    /** A member's public profile, as in {@code member.registered} / {@code member.updated}. */
    public record Profile(UUID memberId, Long version, String displayName, List<String> chapters, String city, String timeZone,
            List<Offer> offers, List<ObjectiveText> objectives, List<String> formats, boolean openToIntroductions,
            int maxIntroductionsPerMonth, boolean allowOtherChapters) {
    }

    /** Something a member can give. */
    public record Offer(List<String> tags, String text) {
    }

    /** A networking objective: what, who, where, its tags, priority 1–5 and specificity 0–100. */
    public record ObjectiveText(String what, String who, String where, List<String> tags, int priority, int specificity) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void chapterCreated(UUID chapterId, String slug, String name, String city, String timeZone) {
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
        if (isErased(profile.memberId())) {
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

    /** Deletes the profile, its chapters and tags, and remembers the id as erased. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void erase(UUID memberId, OffsetDateTime at) {
        em.createNativeQuery("insert into erased_member (member_id, erased_at) values (?1, ?2) on conflict do nothing")
                .setParameter(1, memberId).setParameter(2, at).executeUpdate();
        em.createNativeQuery("delete from member_profile where member_id = ?1").setParameter(1, memberId).executeUpdate();
    }

    public boolean isErased(UUID memberId) {
        return !em.createNativeQuery("select 1 from erased_member where member_id = ?1")
                .setParameter(1, memberId).getResultList().isEmpty();
    }

    public Optional<MemberView> find(UUID memberId) {
        return Optional.ofNullable(MemberView.findById(memberId));
    }

    public Set<String> chaptersOf(UUID memberId) {
        return chaptersOf(List.of(memberId)).getOrDefault(memberId, Set.of());
    }

    /** The chapters of each member. */
    public Map<UUID, Set<String>> chaptersOf(Collection<UUID> memberIds) {
        Map<UUID, Set<String>> chapters = new HashMap<>();
        if (memberIds.isEmpty()) {
            return chapters;
        }
        for (List<UUID> chunk : Chunks.of(memberIds)) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select member_id, chapter from member_chapter where member_id in (?1)")
                    .setParameter(1, chunk).getResultList();
            for (Object[] row : rows) {
                chapters.computeIfAbsent((UUID) row[0], id -> new HashSet<>()).add((String) row[1]);
            }
        }
        return chapters;
    }

    /** Ids of the members of a chapter, in a stable order. */
    @SuppressWarnings("unchecked")
    public List<UUID> membersOf(String chapter) {
        return em.createNativeQuery("select member_id from member_chapter where chapter = ?1 order by member_id", UUID.class)
                .setParameter(1, chapter).getResultList();
    }

    /** True when matching knows this chapter, from {@code chapter.created} or from a member in it. */
    public boolean knowsChapter(String slug) {
        return ChapterView.findBySlug(slug).isPresent()
                || !em.createNativeQuery("select 1 from member_chapter where chapter = ?1 limit 1")
                        .setParameter(1, slug).getResultList().isEmpty();
    }

    /**
     * The members who share a tag with this one in both directions: they offer something the member
     * seeks, and seek something the member offers (the SQL side of the domain's inverted indexes).
     */
    @SuppressWarnings("unchecked")
    public List<UUID> twoWayTagNeighbours(UUID memberId) {
        return em.createNativeQuery("""
                select o.member_id from member_tag o
                  join member_tag mine on mine.member_id = ?1 and mine.kind = 'seek' and o.tag = mine.tag
                 where o.kind = 'offer' and o.member_id <> ?1
                intersect
                select s.member_id from member_tag s
                  join member_tag mine on mine.member_id = ?1 and mine.kind = 'offer' and s.tag = mine.tag
                 where s.kind = 'seek' and s.member_id <> ?1
                """, UUID.class).setParameter(1, memberId).getResultList();
    }

    public List<MemberView> findAll(Collection<UUID> memberIds) {
        List<MemberView> found = new ArrayList<>();
        for (List<UUID> chunk : Chunks.of(memberIds)) {
            found.addAll(MemberView.list("memberId in ?1", chunk));
        }
        found.sort(java.util.Comparator.comparing(member -> member.memberId));
        return found;
    }

    /** The domain profile of a stored member, with their introductions of this month. */
    public MemberProfile toProfile(MemberView member, Set<String> chapters, int introductionsThisMonth) {
        Set<String> offers = new HashSet<>();
        offers(member).forEach(offer -> offers.addAll(offer.tags() == null ? List.of() : offer.tags()));
        List<Objective> objectives = new ArrayList<>();
        for (ObjectiveText objective : objectives(member)) {
            objectives.add(new Objective(new HashSet<>(objective.tags() == null ? List.of() : objective.tags()),
                    clamp(objective.priority(), Objective.MIN_PRIORITY, Objective.MAX_PRIORITY),
                    clamp(objective.specificity(), 0, Objective.MAX_SPECIFICITY)));
        }
        return MemberProfile.builder(member.memberId)
                .chapters(chapters)
                .offers(offers)
                .objectives(objectives)
                .openToIntroductions(member.openToIntroductions)
                .allowsOtherChapterIntroductions(member.allowOtherChapters)
                .monthlyIntroductionLimit(member.maxIntroductionsPerMonth)
                .introductionsThisMonth(introductionsThisMonth)
                .build();
    }

    public List<Offer> offers(MemberView member) {
        return read(member.offersJson, OFFERS);
    }

    public List<ObjectiveText> objectives(MemberView member) {
        return read(member.objectivesJson, OBJECTIVES);
    }

    public Set<String> formats(MemberView member) {
        return new HashSet<>(read(member.formatsJson, STRINGS));
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

    private static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot store profile part as JSON", e);
        }
    }

    private <T> T read(String value, TypeReference<T> type) {
        try {
            return json.readValue(value, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored profile part is not the expected JSON", e);
        }
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
