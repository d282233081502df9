package org.givefirst.matching.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.givefirst.matching.domain.ChapterPolicy;
import org.givefirst.matching.domain.Community;
import org.givefirst.matching.domain.MemberProfile;
import org.givefirst.matching.domain.PairHistory;
import org.givefirst.matching.persistence.Introduction;
import org.givefirst.matching.persistence.MemberView;

/**
 * Builds the domain's {@link Community} snapshot as of now from the read models: profiles (with
 * their introductions this month, the text of their objectives and offers, and their private
 * preferences), decayed giving ledgers, reliability, the pair history (open, declined, met and
 * whether both found it useful), the chapter's policy, the text analyzer and, for a round, how many
 * rounds ago each member last got an introduction. Only the members that matter are loaded: for one
 * member, the members sharing a tag with them in both directions (the {@code member_tag} index),
 * the members they would like to meet or who would like to meet them and, with text matching on,
 * the members of their chapters; for a round, the members of the chapter.
 */
@ApplicationScoped
public class CommunityLoader {

    private final EntityManager em;
    private final MemberQueries members;
    private final GivingLedgers ledgers;
    private final Reliabilities reliabilities;
    private final ChapterPolicies policies;
    private final TextAnalysis text;
    private final Clock clock;

    public CommunityLoader(EntityManager em, MemberQueries members, GivingLedgers ledgers, Reliabilities reliabilities,
            ChapterPolicies policies, TextAnalysis text, Clock clock) {
        this.em = em;
        this.members = members;
        this.ledgers = ledgers;
        this.reliabilities = reliabilities;
        this.policies = policies;
        this.text = text;
        this.clock = clock;
    }

    /** A community and the stored members it was built from. */
    public record Loaded(Community community, Map<UUID, MemberView> views) {

        public MemberProfile profile(UUID memberId) {
            return community.profile(memberId).orElseThrow();
        }
    }

    /**
     * The member and every member who could be suggested to them; empty when the member is unknown.
     * The policy is that of the member's first chapter (by slug).
     */
    public Optional<Loaded> aroundMember(UUID memberId) {
        if (members.find(memberId).isEmpty()) {
            return Optional.empty();
        }
        Set<UUID> ids = new LinkedHashSet<>();
        ids.add(memberId);
        ids.addAll(members.twoWayTagNeighbours(memberId));
        ids.addAll(members.wishesAround(memberId));
        Set<String> chapters = new TreeSet<>(members.chaptersOf(memberId));
        if (text.analyzer().isPresent()) {
            chapters.forEach(chapter -> ids.addAll(members.membersOf(chapter)));
        }
        return Optional.of(load(ids, chapters.isEmpty() ? null : chapters.iterator().next(), false));
    }

    /** The members of a chapter, for a round: with how many rounds ago each last got an introduction in one. */
    public Loaded ofChapter(String chapter) {
        return load(members.membersOf(chapter), chapter, true);
    }

    /** These members (unknown ids are left out), under the policy of this chapter (null: the deployment's). */
    public Loaded of(Collection<UUID> memberIds, String chapter) {
        return load(memberIds, chapter, false);
    }

    /** These members (unknown ids are left out), under the deployment's policy. */
    public Loaded of(Collection<UUID> memberIds) {
        return load(memberIds, null, false);
    }

    /** The policy a snapshot of this chapter uses. */
    public ChapterPolicy policy(String chapter) {
        return policies.of(chapter);
    }

    private Loaded load(Collection<UUID> memberIds, String chapter, boolean round) {
        Instant now = clock.instant();
        List<MemberView> views = members.findAll(memberIds);
        Set<UUID> ids = new HashSet<>();
        views.forEach(view -> ids.add(view.memberId));
        Map<UUID, Set<String>> chapters = members.chaptersOf(ids);
        Map<UUID, Integer> thisMonth = introductionsThisMonth(ids);
        Map<UUID, MemberQueries.Preferences> preferences = members.preferencesOf(ids);
        List<MemberProfile> profiles = new ArrayList<>();
        Map<UUID, MemberView> byId = new HashMap<>();
        for (MemberView view : views) {
            profiles.add(members.toProfile(view, chapters.getOrDefault(view.memberId, Set.of()),
                    thisMonth.getOrDefault(view.memberId, 0),
                    preferences.getOrDefault(view.memberId, MemberQueries.Preferences.NONE)));
            byId.put(view.memberId, view);
        }
        Community.Builder community = Community.builder()
                .members(profiles)
                .ledgers(ledgers.ledgersOf(ids, now))
                .reliabilities(reliabilities.of(ids))
                .history(history(ids))
                .policy(policies.of(chapter))
                .asOf(now)
                .textAnalyzer(text.analyzer().orElse(null));
        if (round && chapter != null) {
            community.lastRoundIntroductions(lastRoundIntroductions(chapter));
        }
        return new Loaded(community.build(), byId);
    }

    /**
     * What happened between pairs of these members: introductions suggested or accepted are open,
     * declined ones are declined, made ones met (at {@code made_at}; both found it useful when both
     * said the other helped). Expired and withdrawn introductions do not block a new one.
     */
    private PairHistory history(Set<UUID> ids) {
        PairHistory.Builder history = PairHistory.builder();
        for (List<UUID> chunk : Chunks.of(ids)) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("""
                    select member_a, member_b, status, made_at, created_at, a_other_helped, b_other_helped from introduction
                     where member_a in (?1) and member_b is not null and status in ('suggested', 'accepted', 'made', 'declined')""")
                    .setParameter(1, chunk).getResultList();
            for (Object[] row : rows) {
                UUID a = (UUID) row[0];
                UUID b = (UUID) row[1];
                if (!ids.contains(b)) {
                    continue;
                }
                switch ((String) row[2]) {
                    case Introduction.DECLINED -> history.declined(a, b);
                    case Introduction.MADE -> history.met(a, b,
                            GivingLedgers.toOffset(row[3] != null ? row[3] : row[4]).toInstant(),
                            Boolean.TRUE.equals(row[5]) && Boolean.TRUE.equals(row[6]));
                    default -> history.open(a, b);
                }
            }
        }
        return history.build();
    }

    /**
     * For each member who got an introduction (suggested, accepted or made) in a round of the chapter:
     * how many rounds ago the latest was (1 = the chapter's previous round).
     */
    private Map<UUID, Integer> lastRoundIntroductions(String chapter) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                with r as (select id, row_number() over (order by created_at desc, id desc) as n
                             from matching_round where chapter = ?1)
                select m, min(n) from (
                    select i.member_a as m, r.n from introduction i join r on r.id = i.round_id
                     where i.status in ('suggested', 'accepted', 'made')
                    union all
                    select i.member_b as m, r.n from introduction i join r on r.id = i.round_id
                     where i.status in ('suggested', 'accepted', 'made')
                ) x where m is not null group by m""")
                .setParameter(1, chapter).getResultList();
        Map<UUID, Integer> roundsAgo = new HashMap<>();
        for (Object[] row : rows) {
            roundsAgo.put((UUID) row[0], ((Number) row[1]).intValue());
        }
        return roundsAgo;
    }
    /**
     * Introductions proposed to each member this calendar month (UTC) and not declined, expired or
     * withdrawn: what counts against their monthly limit.
     */
    private Map<UUID, Integer> introductionsThisMonth(Set<UUID> ids) {
        OffsetDateTime monthStart = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.DAYS).withDayOfMonth(1);
        Map<UUID, Integer> counts = new HashMap<>();
        for (List<UUID> chunk : Chunks.of(ids)) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("""
                    select m, count(*) from (
                        select member_a as m from introduction where created_at >= ?2 and status in ('suggested', 'accepted', 'made')
                        union all
                        select member_b as m from introduction where created_at >= ?2 and status in ('suggested', 'accepted', 'made')
                    ) x where m in (?1) group by m""")
                    .setParameter(1, chunk).setParameter(2, monthStart).getResultList();
            for (Object[] row : rows) {
                counts.put((UUID) row[0], ((Number) row[1]).intValue());
            }
        }
        return counts;
    }
}
