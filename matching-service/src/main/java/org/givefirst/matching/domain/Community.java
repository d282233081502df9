package org.givefirst.matching.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.givefirst.platform.contracts.Tags;

/**
 * An immutable snapshot of what matching needs about a group of members (a chapter, or the whole
 * community): their profiles, their giving ledgers, their reliability, the pair history, how long
 * ago each last got an introduction in a round, the chapter's policy, the moment it is taken at and,
 * optionally, the text analysis. The Quarkus layer builds one from its read models; everything in
 * this package works on it.
 */
public final class Community {

    /** Who a round serves first (see {@link RoundMatcher}): lower tiers are matched before higher ones. */
    public enum Tier {
        /** Gives, or is new: served first. */
        RELIABLE,
        /** Does not turn up ({@link Reliability#isUnreliable()}): matched after the reliable members. */
        UNRELIABLE,
        /** Only takes ({@link GivingLedger#isTaker()}): matched last, with whoever is still free. */
        TAKER
    }

    private final Map<UUID, MemberProfile> profiles;
    private final Map<UUID, GivingLedger> ledgers;
    private final Map<UUID, Reliability> reliabilities;
    private final Map<UUID, Integer> lastRoundIntroduction;
    private final PairHistory history;
    private final ChapterPolicy policy;
    private final Instant asOf;
    private final TextAnalyzer textAnalyzer;
    private volatile CandidateIndex candidateIndex;
    private volatile TextMatching textMatching;

    /**
     * A snapshot without reliability, round history, text analysis, with the default policy.
     *
     * @param profiles the members, in a stable order (ties are broken by this order)
     * @param ledgers  giving ledgers by member id; a missing ledger is {@link GivingLedger#empty()}
     * @param history  pairs already introduced or declined
     */
    public Community(Collection<MemberProfile> profiles, Map<UUID, GivingLedger> ledgers, PairHistory history) {
        this(builder().members(profiles).ledgers(ledgers).history(history));
    }

    private Community(Builder builder) {
        Map<UUID, MemberProfile> byId = new LinkedHashMap<>();
        for (MemberProfile profile : builder.profiles) {
            if (byId.put(profile.memberId(), profile) != null) {
                throw new IllegalArgumentException("duplicate member " + profile.memberId());
            }
        }
        this.profiles = Collections.unmodifiableMap(byId);
        this.ledgers = Map.copyOf(builder.ledgers);
        this.reliabilities = Map.copyOf(builder.reliabilities);
        this.lastRoundIntroduction = Map.copyOf(builder.lastRoundIntroduction);
        this.history = builder.history;
        this.policy = builder.policy;
        this.asOf = builder.asOf;
        this.textAnalyzer = builder.textAnalyzer;
    }

    /** A community without ledgers or history (everyone a newcomer). */
    public static Community of(Collection<MemberProfile> profiles) {
        return new Community(profiles, Map.of(), PairHistory.empty());
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding everything this snapshot holds, to change one input. */
    public Builder toBuilder() {
        return builder().members(profiles.values()).ledgers(ledgers).reliabilities(reliabilities)
                .lastRoundIntroductions(lastRoundIntroduction).history(history).policy(policy).asOf(asOf)
                .textAnalyzer(textAnalyzer);
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

    /** The give-first factor of a member's ledger. */
    public double factor(UUID memberId) {
        return ledger(memberId).factor();
    }

    public Reliability reliability(UUID memberId) {
        return reliabilities.getOrDefault(memberId, Reliability.RELIABLE);
    }

    public boolean isTaker(UUID memberId) {
        return ledger(memberId).isTaker();
    }

    public boolean isNewcomer(UUID memberId) {
        return ledger(memberId).isNewcomer();
    }

    public boolean isUnreliable(UUID memberId) {
        return reliability(memberId).isUnreliable();
    }

    /** Who a round serves first: see {@link Tier}. */
    public Tier tier(UUID memberId) {
        if (isTaker(memberId)) {
            return Tier.TAKER;
        }
        return isUnreliable(memberId) ? Tier.UNRELIABLE : Tier.RELIABLE;
    }

    /**
     * True for a taker who got an introduction in one of the last N − 1 rounds of the chapter
     * (N = {@link ChapterPolicy#takerRestRounds()}): a taker gets at most one every N rounds.
     */
    public boolean restsThisRound(UUID memberId) {
        Integer roundsAgo = lastRoundIntroduction.get(memberId);
        return isTaker(memberId) && roundsAgo != null && roundsAgo < policy.takerRestRounds();
    }

    /** How many rounds ago the member last got an introduction in a round (1 = the previous round), if ever. */
    public Optional<Integer> lastRoundIntroduction(UUID memberId) {
        return Optional.ofNullable(lastRoundIntroduction.get(memberId));
    }

    public PairHistory history() {
        return history;
    }

    public ChapterPolicy policy() {
        return policy;
    }

    /** The moment this snapshot describes: cooldowns are measured against it. */
    public Instant asOf() {
        return asOf;
    }

    /** u(giver→seeker): with the text analysis when this community has one, tags only otherwise. */
    public double usefulness(MemberProfile giver, MemberProfile seeker) {
        TextMatching text = textMatching().orElse(null);
        return text == null ? Usefulness.of(giver, seeker) : text.usefulness(giver, seeker);
    }

    /** What the giver can give the seeker: the seeker's sought tags the giver covers (through the text analysis too). */
    public Set<String> canGive(MemberProfile giver, MemberProfile seeker) {
        TextMatching text = textMatching().orElse(null);
        return text == null ? Tags.intersection(giver.offers(), seeker.seeks()) : text.coveredTags(giver, seeker);
    }

    /** The two-way score of two members of this community (hard constraints not applied). */
    public TwoWayScore score(MemberProfile a, MemberProfile b) {
        double ab = usefulness(a, b);
        double ba = ab == 0.0 ? 0.0 : usefulness(b, a);
        if (ba == 0.0) {
            return TwoWayScore.of(ab, 0.0, factor(a.memberId()), factor(b.memberId()));
        }
        int wants = (a.wantsToMeet().contains(b.memberId()) ? 1 : 0) + (b.wantsToMeet().contains(a.memberId()) ? 1 : 0);
        boolean welcome = (a.helpsNewcomers() && welcomes(b.memberId())) || (b.helpsNewcomers() && welcomes(a.memberId()));
        return TwoWayScore.of(ab, ba, factor(a.memberId()), factor(b.memberId()), reliability(a.memberId()).factor(),
                reliability(b.memberId()).factor(), TwoWayScore.boost(wants, welcome));
    }

    private boolean welcomes(UUID memberId) {
        return isNewcomer(memberId) || isTaker(memberId);
    }

    /** The text analysis of this community's members, when it was given an analyzer; built once. */
    public Optional<TextMatching> textMatching() {
        if (textAnalyzer == null) {
            return Optional.empty();
        }
        TextMatching text = textMatching;
        if (text == null) {
            synchronized (this) {
                text = textMatching;
                if (text == null) {
                    text = TextMatching.build(profiles.values(), textAnalyzer);
                    textMatching = text;
                }
            }
        }
        return Optional.of(text);
    }

    /** The inverted indexes of this community (tags, and analysed terms with a text analyzer), built once. */
    public CandidateIndex candidateIndex() {
        CandidateIndex index = candidateIndex;
        if (index == null) {
            synchronized (this) {
                index = candidateIndex;
                if (index == null) {
                    index = CandidateIndex.build(profiles.values(), textMatching().orElse(null));
                    candidateIndex = index;
                }
            }
        }
        return index;
    }

    /** Collects the inputs of a snapshot; everything but the members is optional. */
    public static final class Builder {
        private Collection<MemberProfile> profiles = List.of();
        private Map<UUID, GivingLedger> ledgers = Map.of();
        private Map<UUID, Reliability> reliabilities = Map.of();
        private Map<UUID, Integer> lastRoundIntroduction = Map.of();
        private PairHistory history = PairHistory.empty();
        private ChapterPolicy policy = ChapterPolicy.defaults();
        private Instant asOf = Instant.EPOCH;
        private TextAnalyzer textAnalyzer;

        private Builder() {
        }

        public Builder members(Collection<MemberProfile> profiles) {
            this.profiles = List.copyOf(profiles);
            return this;
        }

        /** Giving ledgers by member; a member without one is a newcomer. */
        public Builder ledgers(Map<UUID, GivingLedger> ledgers) {
            this.ledgers = new HashMap<>(ledgers);
            return this;
        }

        /** Reliability by member; a member without one is reliable. */
        public Builder reliabilities(Map<UUID, Reliability> reliabilities) {
            this.reliabilities = new HashMap<>(reliabilities);
            return this;
        }

        /**
         * For each member who ever got an introduction in a round of this chapter: how many rounds
         * ago the last one was (1 = the previous round). Takers rest for N rounds after one.
         */
        public Builder lastRoundIntroductions(Map<UUID, Integer> roundsAgo) {
            this.lastRoundIntroduction = new HashMap<>(roundsAgo);
            return this;
        }

        public Builder history(PairHistory history) {
            this.history = Objects.requireNonNull(history, "history");
            return this;
        }

        public Builder policy(ChapterPolicy policy) {
            this.policy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /** The moment the snapshot describes (default: the epoch, when every cooldown is still running). */
        public Builder asOf(Instant asOf) {
            this.asOf = Objects.requireNonNull(asOf, "asOf");
            return this;
        }

        /** Turns on text-aware matching (tags, objective text and offer descriptions); null turns it off. */
        public Builder textAnalyzer(TextAnalyzer analyzer) {
            this.textAnalyzer = analyzer;
            return this;
        }

        public Community build() {
            return new Community(this);
        }
    }
}
