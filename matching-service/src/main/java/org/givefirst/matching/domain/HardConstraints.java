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
        /** A taker who got an introduction in one of the chapter's last N − 1 rounds (rounds only). */
        TAKER_RESTING,
        /**
         * One of the two asked never to be introduced to the other. Deliberately does not say which:
         * the other member must never learn it.
         */
        MEMBER_PREFERENCE,
        ALREADY_INTRODUCED,
        /** An introduction of the pair is suggested or accepted and not closed yet. */
        INTRODUCTION_OPEN,
        /** They met and both found it useful; the chapter's cooldown has not passed yet. */
        IN_COOLDOWN,
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

    /** Why this member cannot get an introduction in this round of the community, if so. */
    public static Optional<Exclusion> roundExclusion(Community community, MemberProfile member) {
        Optional<Exclusion> exclusion = memberExclusion(member);
        if (exclusion.isEmpty() && community.restsThisRound(member.memberId())) {
            return Optional.of(Exclusion.TAKER_RESTING);
        }
        return exclusion;
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
        if (a.refuses(b)) {
            return Optional.of(Exclusion.MEMBER_PREFERENCE);
        }
        Optional<Exclusion> history = community.history().exclusion(a.memberId(), b.memberId(), community.asOf(),
                community.policy().reconnectCooldown());
        if (history.isPresent()) {
            return history;
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
