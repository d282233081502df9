package org.givefirst.matching.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * An immutable snapshot of what matching needs about a group of members (a chapter, or the whole
 * community): their profiles, their giving ledgers and the pair history. The Quarkus layer builds
 * one from its read models; everything in this package works on it.
 */
public final class Community {

    private final Map<UUID, MemberProfile> profiles;
    private final Map<UUID, GivingLedger> ledgers;
    private final PairHistory history;
    private volatile CandidateIndex candidateIndex;

    /**
     * @param profiles the members, in a stable order (ties are broken by this order)
     * @param ledgers  giving ledgers by member id; a missing ledger is {@link GivingLedger#empty()}
     * @param history  pairs already introduced or declined
     */
    public Community(Collection<MemberProfile> profiles, Map<UUID, GivingLedger> ledgers, PairHistory history) {
        Map<UUID, MemberProfile> byId = new LinkedHashMap<>();
        for (MemberProfile profile : profiles) {
            if (byId.put(profile.memberId(), profile) != null) {
                throw new IllegalArgumentException("duplicate member " + profile.memberId());
            }
        }
        this.profiles = Collections.unmodifiableMap(byId);
        this.ledgers = Map.copyOf(new HashMap<>(ledgers));
        this.history = history;
    }

    /** A community without ledgers or history (everyone a newcomer). */
    public static Community of(Collection<MemberProfile> profiles) {
        return new Community(profiles, Map.of(), PairHistory.empty());
    }

    public List<MemberProfile> members() {
        return new ArrayList<>(profiles.values());
    }

    public int size() {
        return profiles.size();
    }

    public Optional<MemberProfile> profile(UUID memberId) {
        return Optional.ofNullable(profiles.get(memberId));
    }

    public GivingLedger ledger(UUID memberId) {
        return ledgers.getOrDefault(memberId, GivingLedger.empty());
    }

    public double factor(UUID memberId) {
        return ledger(memberId).factor();
    }

    public boolean isTaker(UUID memberId) {
        return ledger(memberId).isTaker();
    }

    public PairHistory history() {
        return history;
    }

    /** The two-way score of two members of this community (hard constraints not applied). */
    public TwoWayScore score(MemberProfile a, MemberProfile b) {
        return TwoWayScore.between(a, ledger(a.memberId()), b, ledger(b.memberId()));
    }

    /** The inverted tag indexes of this community, built once on first use. */
    public CandidateIndex candidateIndex() {
        CandidateIndex index = candidateIndex;
        if (index == null) {
            synchronized (this) {
                index = candidateIndex;
                if (index == null) {
                    index = CandidateIndex.build(profiles.values());
                    candidateIndex = index;
                }
            }
        }
        return index;
    }
}
