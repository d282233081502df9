package org.givefirst.matching.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.givefirst.matching.domain.MemberProfile;
import org.givefirst.matching.domain.Objective;
import org.givefirst.matching.persistence.ChapterView;
import org.givefirst.matching.persistence.MemberView;

/**
 * What matching knows about members, read from the read model the members facts feed
 * ({@code messaging.MemberProjection}); and a stored profile as the domain's {@link MemberProfile}.
 */
@ApplicationScoped
public class MemberQueries {

    private static final TypeReference<List<MemberView.Offer>> OFFERS = new TypeReference<>() { };
    private static final TypeReference<List<MemberView.ObjectiveText>> OBJECTIVES = new TypeReference<>() { };
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };

    private final EntityManager em;
    private final ObjectMapper json;

    public MemberQueries(EntityManager em, ObjectMapper json) {
        this.em = em;
        this.json = json;
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

    /** The members this one would like to meet, and those who would like to meet this one (candidates whatever the tags). */
    @SuppressWarnings("unchecked")
    public List<UUID> wishesAround(UUID memberId) {
        return em.createNativeQuery("""
                select other_id from member_preference where member_id = ?1 and kind = 'meet'
                union
                select member_id from member_preference where other_id = ?1 and kind = 'meet'
                """, UUID.class).setParameter(1, memberId).getResultList();
    }

    public List<MemberView> findAll(Collection<UUID> memberIds) {
        List<MemberView> found = new ArrayList<>();
        for (List<UUID> chunk : Chunks.of(memberIds)) {
            found.addAll(MemberView.list("memberId in ?1", chunk));
        }
        found.sort(Comparator.comparing(member -> member.memberId));
        return found;
    }

    /** The stored members of these ids, by id (unknown and erased ids are left out). */
    public Map<UUID, MemberView> byId(Collection<UUID> memberIds) {
        Map<UUID, MemberView> known = new HashMap<>();
        findAll(memberIds.stream().filter(java.util.Objects::nonNull).toList()).forEach(member -> known.put(member.memberId, member));
        return known;
    }

    /** A member's private introduction preferences as stored ({@code member_preference}). */
    public record Preferences(Set<UUID> neverIntroduce, Set<UUID> wantsToMeet) {
        public static final Preferences NONE = new Preferences(Set.of(), Set.of());
    }

    /** The preferences of these members; members without any are left out. */
    public Map<UUID, Preferences> preferencesOf(Collection<UUID> memberIds) {
        Map<UUID, Set<UUID>> never = new HashMap<>();
        Map<UUID, Set<UUID>> meet = new HashMap<>();
        for (List<UUID> chunk : Chunks.of(memberIds)) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select member_id, kind, other_id from member_preference where member_id in (?1)")
                    .setParameter(1, chunk).getResultList();
            for (Object[] row : rows) {
                ("never".equals(row[1]) ? never : meet).computeIfAbsent((UUID) row[0], id -> new HashSet<>()).add((UUID) row[2]);
            }
        }
        Map<UUID, Preferences> preferences = new HashMap<>();
        Set<UUID> ids = new HashSet<>(never.keySet());
        ids.addAll(meet.keySet());
        ids.forEach(id -> preferences.put(id, new Preferences(never.getOrDefault(id, Set.of()), meet.getOrDefault(id, Set.of()))));
        return preferences;
    }

    /** The domain profile of a stored member without preferences, with their introductions of this month. */
    public MemberProfile toProfile(MemberView member, Set<String> chapters, int introductionsThisMonth) {
        return toProfile(member, chapters, introductionsThisMonth, Preferences.NONE);
    }

    /**
     * The domain profile of a stored member: tags, the objectives' what/who text and the offers'
     * descriptions (for text matching), limits, introductions of this month and private preferences.
     */
    public MemberProfile toProfile(MemberView member, Set<String> chapters, int introductionsThisMonth, Preferences preferences) {
        Set<String> offers = new HashSet<>();
        List<String> descriptions = new ArrayList<>();
        for (MemberView.Offer offer : offers(member)) {
            offers.addAll(offer.tags() == null ? List.of() : offer.tags());
            if (offer.text() != null) {
                descriptions.add(offer.text());
            }
        }
        List<Objective> objectives = new ArrayList<>();
        for (MemberView.ObjectiveText objective : objectives(member)) {
            objectives.add(new Objective(new HashSet<>(objective.tags() == null ? List.of() : objective.tags()),
                    clamp(objective.priority(), Objective.MIN_PRIORITY, Objective.MAX_PRIORITY),
                    clamp(objective.specificity(), 0, Objective.MAX_SPECIFICITY), objective.what(), objective.who()));
        }
        return MemberProfile.builder(member.memberId)
                .offerDescriptions(descriptions)
                .helpsNewcomers(member.helpsNewcomers)
                .neverIntroduce(preferences.neverIntroduce())
                .wantsToMeet(preferences.wantsToMeet())
                .chapters(chapters)
                .offers(offers)
                .objectives(objectives)
                .openToIntroductions(member.openToIntroductions)
                .allowsOtherChapterIntroductions(member.allowOtherChapters)
                .monthlyIntroductionLimit(member.maxIntroductionsPerMonth)
                .introductionsThisMonth(introductionsThisMonth)
                .build();
    }

    public List<MemberView.Offer> offers(MemberView member) {
        return read(member.offersJson, OFFERS);
    }

    public List<MemberView.ObjectiveText> objectives(MemberView member) {
        return read(member.objectivesJson, OBJECTIVES);
    }

    public Set<String> formats(MemberView member) {
        return new HashSet<>(read(member.formatsJson, STRINGS));
    }

    private static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }

    private <T> T read(String value, TypeReference<T> type) {
        try {
            return json.readValue(value, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored profile part is not the expected JSON", e);
        }
    }
}
