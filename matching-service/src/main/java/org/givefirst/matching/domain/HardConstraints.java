package org.givefirst.matching.domain;

import java.util.Optional;

/**
 * Rules that remove an edge instead of lowering its score. A pair excluded here is never
 * suggested and never matched in a round, whatever its score.
 */
public final class HardConstraints {

    /** Why a member or a pair is excluded. */
    public enum Exclusion {
        SAME_MEMBER,
        ERASED,
        NOT_OPEN_TO_INTRODUCTIONS,
        OVER_MONTHLY_LIMIT,
        ALREADY_INTRODUCED,
        DECLINED_BEFORE,
        DIFFERENT_CHAPTER,
        BOTH_TAKERS
    }

    private HardConstraints() {
    }

    /** Why this member cannot get any introduction now, if so. */
    public static Optional<Exclusion> memberExclusion(MemberProfile member) {
        if (member.erased()) {
            return Optional.of(Exclusion.ERASED);
        }
        if (!member.openToIntroductions()) {
            return Optional.of(Exclusion.NOT_OPEN_TO_INTRODUCTIONS);
        }
        if (member.remainingIntroductionsThisMonth() <= 0) {
            return Optional.of(Exclusion.OVER_MONTHLY_LIMIT);
        }
        return Optional.empty();
    }

    /** True when the member can get an introduction now. */
    public static boolean eligible(MemberProfile member) {
        return memberExclusion(member).isEmpty();
    }

    /** Why this pair cannot be introduced, if so. Both members must be eligible themselves. */
    public static Optional<Exclusion> pairExclusion(Community community, MemberProfile a, MemberProfile b) {
        if (a.memberId().equals(b.memberId())) {
            return Optional.of(Exclusion.SAME_MEMBER);
        }
        Optional<Exclusion> member = memberExclusion(a).or(() -> memberExclusion(b));
        if (member.isPresent()) {
            return member;
        }
        return pairOnlyExclusion(community, a, b);
    }

    /** The pair rules alone, for callers that already checked both members. */
    static Optional<Exclusion> pairOnlyExclusion(Community community, MemberProfile a, MemberProfile b) {
        if (community.history().alreadyIntroduced(a.memberId(), b.memberId())) {
            return Optional.of(Exclusion.ALREADY_INTRODUCED);
        }
        if (community.history().declinedBefore(a.memberId(), b.memberId())) {
            return Optional.of(Exclusion.DECLINED_BEFORE);
        }
        if (!a.sharesChapterWith(b) && !(a.allowsOtherChapterIntroductions() && b.allowsOtherChapterIntroductions())) {
            return Optional.of(Exclusion.DIFFERENT_CHAPTER);
        }
        if (community.isTaker(a.memberId()) && community.isTaker(b.memberId())) {
            return Optional.of(Exclusion.BOTH_TAKERS);
        }
        return Optional.empty();
    }

    /** True when the pair may be suggested or matched. */
    public static boolean allows(Community community, MemberProfile a, MemberProfile b) {
        return pairExclusion(community, a, b).isEmpty();
    }
}
