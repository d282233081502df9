package org.givefirst.matching.domain;

import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * One suggested introduction for a member, with its explanation.
 *
 * @param memberId      the member the suggestion is for
 * @param otherMemberId whom they should meet
 * @param score         the two-way score (A = member, B = other)
 * @param memberCanGive sorted tags the other seeks that the member covers (exactly, or through the text
 *                      analysis: "crm" sought, "customer relationship management" offered)
 * @param otherCanGive  sorted tags the member seeks that the other covers
 * @param otherIsTaker  the other member only takes so far (ranked after every non-taker)
 * @param otherIsUnreliable the other member does not turn up lately (ranked after every reliable non-taker)
 */
public record Suggestion(UUID memberId, UUID otherMemberId, TwoWayScore score, Set<String> memberCanGive,
        Set<String> otherCanGive, boolean otherIsTaker, boolean otherIsUnreliable) {

    public Suggestion {
        memberCanGive = Collections.unmodifiableSortedSet(new TreeSet<>(memberCanGive));
        otherCanGive = Collections.unmodifiableSortedSet(new TreeSet<>(otherCanGive));
    }
}
