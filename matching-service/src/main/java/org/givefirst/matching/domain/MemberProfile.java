package org.givefirst.matching.domain;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.givefirst.platform.contracts.MemberDefaults;
import org.givefirst.platform.contracts.Tags;

/**
 * What matching knows about a member, as kept in matching-service's read model of members-service.
 *
 * @param memberId                         the member
 * @param chapters                         ids or slugs of the chapters the member belongs to
 * @param offers                           what the member can give (normalized tags)
 * @param objectives                       what the member seeks
 * @param openToIntroductions              false removes every edge of the member
 * @param allowsOtherChapterIntroductions  opt-in to introductions with members of other chapters
 *                                         (both sides must opt in)
 * @param monthlyIntroductionLimit         max introductions per calendar month the member wants
 * @param introductionsThisMonth           introductions already made or proposed this month
 * @param erased                           the member was erased: never matched again
 * @param offerDescriptions                the member's own words for what they offer (text matching only)
 * @param helpsNewcomers                   opted in to "happy to help newcomers and people who are starting
 *                                         out": preferred as the partner of newcomers and takers
 * @param neverIntroduce                   private: members this member must never be introduced to, seated
 *                                         with or suggested to (a hard constraint both ways; the other
 *                                         member never learns it)
 * @param wantsToMeet                      private: members this member would like to meet (a bounded boost
 *                                         of a pair that has two-way value anyway)
 */
public record MemberProfile(
        UUID memberId,
        Set<String> chapters,
        Set<String> offers,
        List<Objective> objectives,
        boolean openToIntroductions,
        boolean allowsOtherChapterIntroductions,
        int monthlyIntroductionLimit,
        int introductionsThisMonth,
        boolean erased,
        List<String> offerDescriptions,
        boolean helpsNewcomers,
        Set<UUID> neverIntroduce,
        Set<UUID> wantsToMeet) {

    public MemberProfile {
        Objects.requireNonNull(memberId, "memberId");
        chapters = chapters == null ? Set.of() : Set.copyOf(chapters);
        offers = Tags.normalizedSet(offers);
        objectives = objectives == null ? List.of() : List.copyOf(objectives);
        if (monthlyIntroductionLimit < 0 || introductionsThisMonth < 0) {
            throw new IllegalArgumentException("introduction counts must not be negative");
        }
        offerDescriptions = offerDescriptions == null ? List.of()
                : offerDescriptions.stream().filter(d -> d != null && !d.isBlank()).toList();
        neverIntroduce = neverIntroduce == null ? Set.of() : Set.copyOf(neverIntroduce);
        wantsToMeet = wantsToMeet == null ? Set.of() : Set.copyOf(wantsToMeet);
    }

    /** A profile of tags and limits only, without preferences or descriptions. */
    public MemberProfile(UUID memberId, Set<String> chapters, Set<String> offers, List<Objective> objectives,
            boolean openToIntroductions, boolean allowsOtherChapterIntroductions, int monthlyIntroductionLimit,
            int introductionsThisMonth, boolean erased) {
        this(memberId, chapters, offers, objectives, openToIntroductions, allowsOtherChapterIntroductions,
                monthlyIntroductionLimit, introductionsThisMonth, erased, List.of(), false, Set.of(), Set.of());
    }

    /** True when either member asked never to be introduced to the other. */
    public boolean refuses(MemberProfile other) {
        return neverIntroduce.contains(other.memberId) || other.neverIntroduce.contains(memberId);
    }

    /** The union of the tags of all objectives: what the member seeks. */
    public Set<String> seeks() {
        Set<String> seeks = new HashSet<>();
        for (Objective objective : objectives) {
            seeks.addAll(objective.tags());
        }
        return seeks;
    }

    /** Introductions the member still accepts this month (never negative). */
    public int remainingIntroductionsThisMonth() {
        return Math.max(0, monthlyIntroductionLimit - introductionsThisMonth);
    }

    /** True when the two members share at least one chapter. */
    public boolean sharesChapterWith(MemberProfile other) {
        return Tags.intersects(chapters, other.chapters);
    }

    /** A copy erased of everything but the id, as kept after {@code member.erased}. */
    public MemberProfile erasedCopy() {
        return new MemberProfile(memberId, Set.of(), Set.of(), List.of(), false, false, 0, 0, true);
    }

    /** A copy with another count of introductions this month. */
    public MemberProfile withIntroductionsThisMonth(int count) {
        return new MemberProfile(memberId, chapters, offers, objectives, openToIntroductions,
                allowsOtherChapterIntroductions, monthlyIntroductionLimit, count, erased, offerDescriptions,
                helpsNewcomers, neverIntroduce, wantsToMeet);
    }

    /** A copy with other objectives (for example one objective asked about). */
    public MemberProfile withObjectives(List<Objective> focused) {
        return new MemberProfile(memberId, chapters, offers, focused, openToIntroductions,
                allowsOtherChapterIntroductions, monthlyIntroductionLimit, introductionsThisMonth, erased,
                offerDescriptions, helpsNewcomers, neverIntroduce, wantsToMeet);
    }

    /** Starts a builder with sensible defaults (open, limit 4, one chapter to be set). */
    public static Builder builder(UUID memberId) {
        return new Builder(memberId);
    }

    /** Builder for read-model mapping, tests and synthetic data. */
    public static final class Builder {
        private final UUID memberId;
        private Set<String> chapters = Set.of();
        private Set<String> offers = Set.of();
        private List<Objective> objectives = List.of();
        private boolean open = MemberDefaults.OPEN_TO_INTRODUCTIONS;
        private boolean otherChapters = MemberDefaults.OTHER_CHAPTER_INTRODUCTIONS;
        private int limit = MemberDefaults.MAX_INTRODUCTIONS_PER_MONTH;
        private int thisMonth = 0;
        private boolean erased = false;
        private List<String> offerDescriptions = List.of();
        private boolean helpsNewcomers = false;
        private Set<UUID> neverIntroduce = Set.of();
        private Set<UUID> wantsToMeet = Set.of();

        private Builder(UUID memberId) {
            this.memberId = memberId;
        }

        public Builder chapters(String... chapters) {
            this.chapters = Set.copyOf(Arrays.asList(chapters));
            return this;
        }

        public Builder chapters(Set<String> chapters) {
            this.chapters = chapters;
            return this;
        }

        public Builder offers(String... offers) {
            this.offers = Set.copyOf(Arrays.asList(offers));
            return this;
        }

        public Builder offers(Set<String> offers) {
            this.offers = offers;
            return this;
        }

        public Builder objectives(Objective... objectives) {
            this.objectives = List.of(objectives);
            return this;
        }

        public Builder objectives(List<Objective> objectives) {
            this.objectives = objectives;
            return this;
        }

        public Builder openToIntroductions(boolean open) {
            this.open = open;
            return this;
        }

        public Builder allowsOtherChapterIntroductions(boolean allows) {
            this.otherChapters = allows;
            return this;
        }

        public Builder monthlyIntroductionLimit(int limit) {
            this.limit = limit;
            return this;
        }

        public Builder introductionsThisMonth(int count) {
            this.thisMonth = count;
            return this;
        }

        public Builder erased(boolean erased) {
            this.erased = erased;
            return this;
        }

        public Builder offerDescriptions(String... descriptions) {
            this.offerDescriptions = List.of(descriptions);
            return this;
        }

        public Builder offerDescriptions(List<String> descriptions) {
            this.offerDescriptions = descriptions;
            return this;
        }

        public Builder helpsNewcomers(boolean helps) {
            this.helpsNewcomers = helps;
            return this;
        }

        public Builder neverIntroduce(Collection<UUID> members) {
            this.neverIntroduce = Set.copyOf(members);
            return this;
        }

        public Builder wantsToMeet(Collection<UUID> members) {
            this.wantsToMeet = Set.copyOf(members);
            return this;
        }

        public MemberProfile build() {
            return new MemberProfile(memberId, chapters, offers, objectives, open, otherChapters, limit,
                    thisMonth, erased, offerDescriptions, helpsNewcomers, neverIntroduce, wantsToMeet);
        }
    }
}
