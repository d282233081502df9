package org.givefirst.matching.domain;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.givefirst.matching.domain.HardConstraints.Exclusion;

/**
 * What happened between pairs of members, as far as suggesting them again is concerned.
 *
 * <ul>
 *   <li><b>declined</b>: either side declined an introduction of the pair: never again;</li>
 *   <li><b>open</b>: an introduction of the pair is suggested or accepted, not yet made, declined or
 *       expired: not again while it is open;</li>
 *   <li><b>met</b>: an introduction was made; when both said it was useful, the pair may be suggested
 *       again once the chapter's cooldown has passed since they met ({@link ChapterPolicy}), otherwise
 *       never;</li>
 *   <li><b>introduced</b>: introduced, with nothing known about how it went (what a caller gives
 *       through the two-set constructor): never again.</li>
 * </ul>
 * Expired and withdrawn introductions are not history: the pair may be suggested again.
 */
public final class PairHistory {

    private static final PairHistory EMPTY = new PairHistory(Set.of(), Set.of(), Set.of(), Map.of());

    /**
     * A made introduction.
     *
     * @param metAt           when they met (or when the introduction was made)
     * @param bothFoundUseful both members said the other helped them
     */
    public record Meeting(Instant metAt, boolean bothFoundUseful) {
        public Meeting {
            Objects.requireNonNull(metAt, "metAt");
        }
    }

    private final Set<MemberPair> introduced;
    private final Set<MemberPair> declined;
    private final Set<MemberPair> open;
    private final Map<MemberPair, Meeting> met;

    /** Pairs introduced (never again, whatever happened) and pairs declined. */
    public PairHistory(Collection<MemberPair> introduced, Collection<MemberPair> declined) {
        this(introduced, declined, Set.of(), Map.of());
    }

    private PairHistory(Collection<MemberPair> introduced, Collection<MemberPair> declined,
            Collection<MemberPair> open, Map<MemberPair, Meeting> met) {
        this.introduced = Set.copyOf(new HashSet<>(introduced));
        this.declined = Set.copyOf(new HashSet<>(declined));
        this.open = Set.copyOf(new HashSet<>(open));
        this.met = Map.copyOf(met);
    }

    public static PairHistory empty() {
        return EMPTY;
    }

    /**
     * Why this pair may not be introduced now, if so: {@code DECLINED_BEFORE},
     * {@code INTRODUCTION_OPEN}, {@code ALREADY_INTRODUCED} (introduced, or met without both finding it
     * useful) or {@code IN_COOLDOWN} (met, both found it useful, the cooldown since {@code metAt} has
     * not passed at {@code asOf}; months are counted in UTC).
     */
    public Optional<Exclusion> exclusion(UUID a, UUID b, Instant asOf, Period cooldown) {
        MemberPair pair = MemberPair.of(a, b);
        if (declined.contains(pair)) {
            return Optional.of(Exclusion.DECLINED_BEFORE);
        }
        if (open.contains(pair)) {
            return Optional.of(Exclusion.INTRODUCTION_OPEN);
        }
        if (introduced.contains(pair)) {
            return Optional.of(Exclusion.ALREADY_INTRODUCED);
        }
        Meeting meeting = met.get(pair);
        if (meeting == null) {
            return Optional.empty();
        }
        if (!meeting.bothFoundUseful()) {
            return Optional.of(Exclusion.ALREADY_INTRODUCED);
        }
        Instant again = meeting.metAt().atOffset(ZoneOffset.UTC).plus(cooldown).toInstant();
        return asOf.isBefore(again) ? Optional.of(Exclusion.IN_COOLDOWN) : Optional.empty();
    }

    /** True when the pair was ever introduced (open, made, or introduced). */
    public boolean alreadyIntroduced(UUID a, UUID b) {
        MemberPair pair = MemberPair.of(a, b);
        return introduced.contains(pair) || open.contains(pair) || met.containsKey(pair);
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

    public Set<MemberPair> open() {
        return open;
    }

    public Map<MemberPair, Meeting> met() {
        return met;
    }

    /** A copy with one more pair introduced (never again). */
    public PairHistory withIntroduced(UUID a, UUID b) {
        Set<MemberPair> more = new HashSet<>(introduced);
        more.add(MemberPair.of(a, b));
        return new PairHistory(more, declined, open, met);
    }

    /** A copy with one more declined pair. */
    public PairHistory withDeclined(UUID a, UUID b) {
        Set<MemberPair> more = new HashSet<>(declined);
        more.add(MemberPair.of(a, b));
        return new PairHistory(introduced, more, open, met);
    }

    /** A copy with one more open introduction (suggested or accepted). */
    public PairHistory withOpen(UUID a, UUID b) {
        Set<MemberPair> more = new HashSet<>(open);
        more.add(MemberPair.of(a, b));
        return new PairHistory(introduced, declined, more, met);
    }

    /** A copy where the pair met at {@code metAt}; the latest meeting of a pair is the one kept. */
    public PairHistory withMet(UUID a, UUID b, Instant metAt, boolean bothFoundUseful) {
        Map<MemberPair, Meeting> more = new HashMap<>(met);
        more.merge(MemberPair.of(a, b), new Meeting(metAt, bothFoundUseful),
                (old, now) -> now.metAt().isAfter(old.metAt()) ? now : old);
        return new PairHistory(introduced, declined, open, more);
    }

    /** Collects a whole history at once (the {@code with...} copies are for a few pairs). */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a history; see the class comment for what each kind of entry means. */
    public static final class Builder {
        private final Set<MemberPair> introduced = new HashSet<>();
        private final Set<MemberPair> declined = new HashSet<>();
        private final Set<MemberPair> open = new HashSet<>();
        private final Map<MemberPair, Meeting> met = new HashMap<>();

        private Builder() {
        }

        public Builder introduced(UUID a, UUID b) {
            introduced.add(MemberPair.of(a, b));
            return this;
        }

        public Builder declined(UUID a, UUID b) {
            declined.add(MemberPair.of(a, b));
            return this;
        }

        public Builder open(UUID a, UUID b) {
            open.add(MemberPair.of(a, b));
            return this;
        }

        public Builder met(UUID a, UUID b, Instant metAt, boolean bothFoundUseful) {
            met.merge(MemberPair.of(a, b), new Meeting(metAt, bothFoundUseful),
                    (old, now) -> now.metAt().isAfter(old.metAt()) ? now : old);
            return this;
        }

        public PairHistory build() {
            return new PairHistory(introduced, declined, open, met);
        }
    }
}
