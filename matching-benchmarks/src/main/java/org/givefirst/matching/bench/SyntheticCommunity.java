package org.givefirst.matching.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.givefirst.matching.domain.Community;
import org.givefirst.matching.domain.GivingLedger;
import org.givefirst.matching.domain.MemberProfile;
import org.givefirst.matching.domain.Objective;
import org.givefirst.matching.domain.PairHistory;

/**
 * Deterministic synthetic communities for the benchmarks.
 *
 * <p>Members belong to "circles" of {@value #CIRCLE_SIZE} (an industry or neighbourhood); each circle
 * has its own pool of {@value #TAGS_PER_CIRCLE} tags, and the circles sit on a ring. A member offers
 * {@value #OFFERS} tags and seeks {@value #SEEKS} (two objectives, of two tags and one tag, random
 * priority and specificity); each tag comes from the member's own circle with probability
 * 1 - {@value #NEIGHBOUR_SHARE}, otherwise from the previous or the next circle. With these numbers a
 * member has about 20 two-way candidates (printed by {@link QualityReport}), the cross-circle tags join
 * all circles into one giant component (so large communities really need the approximate method), and
 * a member's one-way posting lists stay around 50 long whatever the community size.
 *
 * <p>Ledgers: 60% newcomers, 25% givers (1–4 events hosted or help confirmed), 15% takers
 * (2–5 introductions received, nothing given). Everyone is in one chapter, open, limit 4 a month.
 */
public final class SyntheticCommunity {

    public static final int CIRCLE_SIZE = 100;
    public static final int TAGS_PER_CIRCLE = 13;
    public static final int OFFERS = 3;
    public static final int SEEKS = 3;
    public static final double NEIGHBOUR_SHARE = 0.15;

    private SyntheticCommunity() {
    }

    /** A community of {@code size} members, the same for the same size and seed. */
    public static Community generate(int size, long seed) {
        Random random = new Random(seed);
        int circles = Math.max(1, (size + CIRCLE_SIZE - 1) / CIRCLE_SIZE);
        List<MemberProfile> members = new ArrayList<>(size);
        Map<UUID, GivingLedger> ledgers = new HashMap<>();
        for (int i = 0; i < size; i++) {
            UUID id = new UUID(seed, i);
            int circle = i % circles;
            Set<String> offers = new HashSet<>();
            while (offers.size() < OFFERS) {
                offers.add(tag(random, circle, circles));
            }
            Set<String> first = new HashSet<>();
            while (first.size() < 2) {
                first.add(tag(random, circle, circles));
            }
            String second = tag(random, circle, circles);
            List<Objective> objectives = List.of(
                    new Objective(first, 1 + random.nextInt(5), 20 + random.nextInt(81)),
                    new Objective(Set.of(second), 1 + random.nextInt(5), 20 + random.nextInt(81)));
            members.add(MemberProfile.builder(id).chapters("bench").offers(offers).objectives(objectives)
                    .monthlyIntroductionLimit(4).build());
            double kind = random.nextDouble();
            if (kind < 0.25) {
                ledgers.put(id, new GivingLedger(random.nextInt(3), 0, 0, 1 + random.nextInt(2), random.nextInt(3)));
            } else if (kind < 0.40) {
                ledgers.put(id, new GivingLedger(0, 0, 0, 0, 2 + random.nextInt(4)));
            }
        }
        return new Community(members, ledgers, PairHistory.empty());
    }

    private static String tag(Random random, int circle, int circles) {
        int home = circle;
        if (circles > 1 && random.nextDouble() < NEIGHBOUR_SHARE) {
            home = Math.floorMod(circle + (random.nextBoolean() ? 1 : -1), circles);
        }
        // One word ("c12t3"), so that the text analysis sees the tag as one term, as it would a real one.
        return "c" + home + "t" + random.nextInt(TAGS_PER_CIRCLE);
    }
}
