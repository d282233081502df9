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

    /** The domain profile of a stored member, with their introductions of this month. */
    public MemberProfile toProfile(MemberView member, Set<String> chapters, int introductionsThisMonth) {
        Set<String> offers = new HashSet<>();
        offers(member).forEach(offer -> offers.addAll(offer.tags() == null ? List.of() : offer.tags()));
        List<Objective> objectives = new ArrayList<>();
        for (MemberView.ObjectiveText objective : objectives(member)) {
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
