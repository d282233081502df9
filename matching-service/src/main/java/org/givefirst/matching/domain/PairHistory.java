package org.givefirst.matching.domain;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * Pairs that must never be suggested or matched again: pairs already introduced (in any state
 * but expired: suggested, accepted, made) and pairs where either side declined before.
 */
public final class PairHistory {

    private static final PairHistory EMPTY = new PairHistory(Set.of(), Set.of());

    private final Set<MemberPair> introduced;
    private final Set<MemberPair> declined;

    public PairHistory(Collection<MemberPair> introduced, Collection<MemberPair> declined) {
        this.introduced = Set.copyOf(new HashSet<>(introduced));
        this.declined = Set.copyOf(new HashSet<>(declined));
    }

    public static PairHistory empty() {
        return EMPTY;
    }

    public boolean alreadyIntroduced(UUID a, UUID b) {
        return !introduced.isEmpty() && introduced.contains(MemberPair.of(a, b));
    }

    public boolean declinedBefore(UUID a, UUID b) {
        return !declined.isEmpty() && declined.contains(MemberPair.of(a, b));
    }

    public Set<MemberPair> introduced() {
        return introduced;
    }

    public Set<MemberPair> declined() {
        return declined;
    }

    /** A copy with one more introduced pair. */
    public PairHistory withIntroduced(UUID a, UUID b) {
        Set<MemberPair> more = new HashSet<>(introduced);
        more.add(MemberPair.of(a, b));
        return new PairHistory(more, declined);
    }

    /** A copy with one more declined pair. */
    public PairHistory withDeclined(UUID a, UUID b) {
        Set<MemberPair> more = new HashSet<>(declined);
        more.add(MemberPair.of(a, b));
        return new PairHistory(introduced, more);
    }
}
