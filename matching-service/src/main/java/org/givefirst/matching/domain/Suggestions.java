package org.givefirst.matching.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.givefirst.platform.contracts.Tags;

/**
 * Two-way suggestions for one member.
 *
 * <p>Candidates come from the community's {@link CandidateIndex} (only pairs that share a tag in
 * both directions), pairs excluded by {@link HardConstraints} are dropped, and the rest are ranked:
 * <ol>
 *   <li>non-takers before takers ("givers first": a taker never outranks anyone who gave or is new);</li>
 *   <li>then reliable members before unreliable ones ({@link Reliability#isUnreliable()});</li>
 *   <li>then by two-way score, which already carries both give-first factors, reliabilities and the
 *       preference boost;</li>
 *   <li>then by member id, so that the order is stable.</li>
 * </ol>
 * A member who is a taker gets at most {@link #DEFAULT_TAKER_CAP} suggestions whatever the limit
 * asked, and never another taker (see {@link HardConstraints.Exclusion#BOTH_TAKERS}); an unreliable
 * member gets fewer ({@link Reliability#suggestionLimit(int)}). A member one of the two asked never to
 * be introduced to is left out, on both sides, without a trace.
 */
public final class Suggestions {

    public static final int DEFAULT_TAKER_CAP = 3;

    private static final Comparator<Suggestion> RANKING = Comparator
            .comparing(Suggestion::otherIsTaker)
            .thenComparing(Suggestion::otherIsUnreliable)
            .thenComparing(Comparator.comparingDouble((Suggestion s) -> s.score().value()).reversed())
            .thenComparing(Suggestion::otherMemberId);

    private final Community community;
    private final int takerCap;

    public Suggestions(Community community) {
        this(community, DEFAULT_TAKER_CAP);
    }

    public Suggestions(Community community, int takerCap) {
        if (takerCap < 0) {
            throw new IllegalArgumentException("takerCap must not be negative");
        }
        this.community = community;
        this.takerCap = takerCap;
    }

    /**
     * Ranked suggestions for a member, at most {@code limit} (fewer for a taker). Empty for an
     * unknown member or one excluded by the hard constraints (erased, not open, over the limit).
     */
    public List<Suggestion> forMember(UUID memberId, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        MemberProfile member = community.profile(memberId).orElse(null);
        if (member == null || !HardConstraints.eligible(member)) {
            return List.of();
        }
        boolean memberIsTaker = community.isTaker(memberId);
        int max = community.reliability(memberId).suggestionLimit(memberIsTaker ? Math.min(limit, takerCap) : limit);
        List<Suggestion> ranked = new ArrayList<>();
        for (MemberProfile other : community.candidateIndex().candidateProfilesOf(memberId)) {
            if (!HardConstraints.allows(community, member, other)) {
                continue;
            }
            TwoWayScore score = community.score(member, other);
            if (!score.isTwoWay()) {
                continue;
            }
            ranked.add(new Suggestion(memberId, other.memberId(), score, community.canGive(member, other),
                    community.canGive(other, member), community.isTaker(other.memberId()),
                    community.isUnreliable(other.memberId())));
        }
        ranked.sort(RANKING);
        return ranked.size() > max ? List.copyOf(ranked.subList(0, max)) : List.copyOf(ranked);
    }
}
