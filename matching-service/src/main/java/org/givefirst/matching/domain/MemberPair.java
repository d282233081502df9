package org.givefirst.matching.domain;

import java.util.Objects;
import java.util.UUID;

/**
 * An unordered pair of members, stored in canonical order ({@code first < second}) so that
 * {@code MemberPair.of(a, b).equals(MemberPair.of(b, a))}.
 */
public record MemberPair(UUID first, UUID second) {

    public MemberPair {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        if (first.compareTo(second) > 0) {
            UUID swap = first;
            first = second;
            second = swap;
        }
    }

    public static MemberPair of(UUID a, UUID b) {
        return new MemberPair(a, b);
    }

    public boolean contains(UUID member) {
        return first.equals(member) || second.equals(member);
    }

    /** The other member of the pair. */
    public UUID other(UUID member) {
        if (first.equals(member)) {
            return second;
        }
        if (second.equals(member)) {
            return first;
        }
        throw new IllegalArgumentException(member + " is not in " + this);
    }
}
