package org.givefirst.matching.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
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
import java.util.UUID;
import org.givefirst.matching.domain.Community;
import org.givefirst.matching.domain.GivingLedger;
import org.givefirst.matching.domain.MemberPair;
import org.givefirst.matching.domain.MemberProfile;
import org.givefirst.matching.domain.PairHistory;
import org.givefirst.matching.persistence.Introduction;
import org.givefirst.matching.persistence.MemberView;

/**
 * Builds the domain's {@link Community} snapshot from the read models: profiles (with their
 * introductions this month), giving ledgers and pair history. Only the members that matter are
 * loaded: for one member, the members sharing a tag with them in both directions (looked up in
 * the {@code member_tag} index); for a round, the members of the chapter.
 */
@ApplicationScoped
public class CommunityLoader {

    private final EntityManager em;
    private final MemberQueries members;
    private final GivingLedgers ledgers;
    private final Clock clock;

    public CommunityLoader(EntityManager em, MemberQueries members, GivingLedgers ledgers, Clock clock) {
        this.em = em;
        this.members = members;
        this.ledgers = ledgers;
        this.clock = clock;
    }

    /** A community and the stored members it was built from. */
    public record Loaded(Community community, Map<UUID, MemberView> views) {

        public MemberProfile profile(UUID memberId) {
            return community.profile(memberId).orElseThrow();
        }
    }

    /** The member and every member who could be suggested to them; empty when the member is unknown. */
    public Optional<Loaded> aroundMember(UUID memberId) {
        if (members.find(memberId).isEmpty()) {
            return Optional.empty();
        }
        Set<UUID> ids = new LinkedHashSet<>();
        ids.add(memberId);
        ids.addAll(members.twoWayTagNeighbours(memberId));
        return Optional.of(of(ids));
    }

    /** The members of a chapter. */
    public Loaded ofChapter(String chapter) {
        return of(members.membersOf(chapter));
    }

    /** These members (unknown ids are left out). */
    public Loaded of(Collection<UUID> memberIds) {
        List<MemberView> views = members.findAll(memberIds);
        Set<UUID> ids = new HashSet<>();
        views.forEach(view -> ids.add(view.memberId));
        Map<UUID, Set<String>> chapters = members.chaptersOf(ids);
        Map<UUID, Integer> thisMonth = introductionsThisMonth(ids);
        List<MemberProfile> profiles = new ArrayList<>();
        Map<UUID, MemberView> byId = new HashMap<>();
        for (MemberView view : views) {
            profiles.add(members.toProfile(view, chapters.getOrDefault(view.memberId, Set.of()),
                    thisMonth.getOrDefault(view.memberId, 0)));
            byId.put(view.memberId, view);
        }
        Map<UUID, GivingLedger> ledgersById = ledgers.ledgersOf(ids);
        return new Loaded(new Community(profiles, ledgersById, history(ids)), byId);
    }

    /**
     * Pairs among these members already introduced (suggested, accepted or made) or declined.
     * Expired and withdrawn introductions do not block a new one.
     */
    private PairHistory history(Set<UUID> ids) {
        Set<MemberPair> introduced = new HashSet<>();
        Set<MemberPair> declined = new HashSet<>();
        for (List<UUID> chunk : Chunks.of(ids)) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("""
                    select member_a, member_b, status from introduction
                     where member_a in (?1) and member_b is not null and status in ('suggested', 'accepted', 'made', 'declined')""")
                    .setParameter(1, chunk).getResultList();
            for (Object[] row : rows) {
                UUID a = (UUID) row[0];
                UUID b = (UUID) row[1];
                if (!ids.contains(b)) {
                    continue;
                }
                (Introduction.DECLINED.equals(row[2]) ? declined : introduced).add(MemberPair.of(a, b));
            }
        }
        return new PairHistory(introduced, declined);
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
