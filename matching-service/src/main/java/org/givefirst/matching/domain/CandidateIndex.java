package org.givefirst.matching.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.givefirst.platform.contracts.Tags;

/**
 * Inverted indexes over a community's tags: tag → members who offer it, tag → members who seek it.
 *
 * <p>A pair can only score above 0 when each side offers at least one tag the other seeks (the
 * harmonic mean of a one-way pair is 0), so the candidates of A are
 * <pre>
 *   (∪ over t ∈ seeks(A) of offerers(t))  ∩  (∪ over t ∈ offers(A) of seekers(t))
 * </pre>
 * computed by walking the shorter of the two posting-list unions and checking the other direction
 * per member. The cost of a query is the length of those posting lists (the one-way plausible
 * pairs), never the community size; building all pairs costs the sum of that over members.
 *
 * <p>With a {@link TextMatching}, the analysed terms count like tags (A offers a term B seeks), through
 * their own posting lists, but only terms with short posting lists ({@link TextMatching#MAX_POSTINGS}),
 * so the cost stays bounded. Members one of whom said "I'd like to meet" the other are candidates
 * whatever their tags (the score still needs two-way value).
 *
 * <p>Erased members are not indexed. Hard constraints are not applied here (see
 * {@link HardConstraints}). Immutable and thread-safe once built.
 */
public final class CandidateIndex {

    private static final int[] NONE = new int[0];

    private final MemberProfile[] members;
    private final Map<UUID, Integer> positions;
    private final List<Set<String>> seeks;
    private final Map<String, int[]> offerers;
    private final Map<String, int[]> seekers;
    private final int[][] offerTerms;
    private final int[][] seekTerms;
    private final Map<Integer, int[]> termOfferers;
    private final Map<Integer, int[]> termSeekers;
    private final int[][] wanted;

    private CandidateIndex(MemberProfile[] members, Map<UUID, Integer> positions, List<Set<String>> seeks,
            Map<String, int[]> offerers, Map<String, int[]> seekers, int[][] offerTerms, int[][] seekTerms,
            int[][] wanted) {
        this.members = members;
        this.positions = positions;
        this.seeks = seeks;
        this.offerers = offerers;
        this.seekers = seekers;
        this.offerTerms = offerTerms;
        this.seekTerms = seekTerms;
        this.termOfferers = postings(offerTerms);
        this.termSeekers = postings(seekTerms);
        this.wanted = wanted;
    }

    /** Builds the tag indexes for a whole community (or chapter). */
    public static CandidateIndex build(Collection<MemberProfile> profiles) {
        return build(profiles, null);
    }

    /** Builds the tag indexes, and the term indexes when {@code text} is not null. */
    public static CandidateIndex build(Collection<MemberProfile> profiles, TextMatching text) {
        List<MemberProfile> indexed = new ArrayList<>(profiles.size());
        for (MemberProfile profile : profiles) {
            if (!profile.erased()) {
                indexed.add(profile);
            }
        }
        MemberProfile[] members = indexed.toArray(new MemberProfile[0]);
        Map<UUID, Integer> positions = new HashMap<>(members.length * 2);
        List<Set<String>> seeks = new ArrayList<>(members.length);
        Map<String, List<Integer>> offerLists = new HashMap<>();
        Map<String, List<Integer>> seekLists = new HashMap<>();
        for (int i = 0; i < members.length; i++) {
            positions.put(members[i].memberId(), i);
            Set<String> seek = Set.copyOf(members[i].seeks());
            seeks.add(seek);
            for (String tag : members[i].offers()) {
                offerLists.computeIfAbsent(tag, t -> new ArrayList<>()).add(i);
            }
            for (String tag : seek) {
                seekLists.computeIfAbsent(tag, t -> new ArrayList<>()).add(i);
            }
        }
        int[][] offerTerms = new int[members.length][];
        int[][] seekTerms = new int[members.length][];
        for (int i = 0; i < members.length; i++) {
            offerTerms[i] = text == null ? NONE : text.indexedOfferTerms(members[i].memberId());
            seekTerms[i] = text == null ? NONE : text.indexedSeekTerms(members[i].memberId());
        }
        return new CandidateIndex(members, positions, seeks, toArrays(offerLists), toArrays(seekLists), offerTerms,
                seekTerms, wanted(members, positions));
    }

    /** For each member, the members they want to meet or who want to meet them (positions, sorted). */
    private static int[][] wanted(MemberProfile[] members, Map<UUID, Integer> positions) {
        List<Set<Integer>> wanted = new ArrayList<>(members.length);
        for (int i = 0; i < members.length; i++) {
            wanted.add(null);
        }
        for (int i = 0; i < members.length; i++) {
            for (UUID other : members[i].wantsToMeet()) {
                Integer j = positions.get(other);
                if (j != null && j != i) {
                    if (wanted.get(i) == null) {
                        wanted.set(i, new HashSet<>());
                    }
                    if (wanted.get(j) == null) {
                        wanted.set(j, new HashSet<>());
                    }
                    wanted.get(i).add(j);
                    wanted.get(j).add(i);
                }
            }
        }
        int[][] arrays = new int[members.length][];
        for (int i = 0; i < members.length; i++) {
            arrays[i] = wanted.get(i) == null ? NONE : wanted.get(i).stream().mapToInt(Integer::intValue).sorted().toArray();
        }
        return arrays;
    }

    private static Map<Integer, int[]> postings(int[][] termsByMember) {
        Map<Integer, List<Integer>> lists = new HashMap<>();
        for (int i = 0; i < termsByMember.length; i++) {
            for (int t : termsByMember[i]) {
                lists.computeIfAbsent(t, x -> new ArrayList<>()).add(i);
            }
        }
        Map<Integer, int[]> arrays = new HashMap<>(lists.size() * 2);
        lists.forEach((t, list) -> arrays.put(t, list.stream().mapToInt(Integer::intValue).toArray()));
        return arrays;
    }

    private static Map<String, int[]> toArrays(Map<String, List<Integer>> lists) {
        Map<String, int[]> arrays = new HashMap<>(lists.size() * 2);
        lists.forEach((tag, list) -> arrays.put(tag, list.stream().mapToInt(Integer::intValue).toArray()));
        return arrays;
    }

    /** Number of indexed (non-erased) members. */
    public int size() {
        return members.length;
    }

    /** Members who offer this tag. */
    public List<UUID> offerersOf(String tag) {
        return ids(offerers.getOrDefault(Tags.normalize(tag), NONE));
    }

    /** Members who seek this tag. */
    public List<UUID> seekersOf(String tag) {
        return ids(seekers.getOrDefault(Tags.normalize(tag), NONE));
    }

    /**
     * The members that share at least one tag with this member in both directions (this member
     * offers something they seek and they offer something this member seeks). Empty for a member
     * that is not indexed.
     */
    public List<UUID> candidatesOf(UUID memberId) {
        Integer position = positions.get(memberId);
        if (position == null) {
            return List.of();
        }
        return ids(candidates(position, new Visited(members.length, false)));
    }

    /** The profiles of {@link #candidatesOf(UUID)}. */
    public List<MemberProfile> candidateProfilesOf(UUID memberId) {
        Integer position = positions.get(memberId);
        if (position == null) {
            return List.of();
        }
        int[] found = candidates(position, new Visited(members.length, false));
        List<MemberProfile> profiles = new ArrayList<>(found.length);
        for (int j : found) {
            profiles.add(members[j]);
        }
        return profiles;
    }

    /** Calls the consumer once for every unordered two-way candidate pair of the community. */
    public void forEachCandidatePair(PairConsumer consumer) {
        Visited visited = new Visited(members.length, true);
        for (int i = 0; i < members.length; i++) {
            for (int j : candidates(i, visited)) {
                if (j > i) {
                    consumer.accept(members[i], members[j]);
                }
            }
        }
    }

    /** Receives candidate pairs. */
    @FunctionalInterface
    public interface PairConsumer {
        void accept(MemberProfile a, MemberProfile b);
    }

    private int[] candidates(int i, Visited visited) {
        MemberProfile member = members[i];
        Set<String> memberSeeks = seeks.get(i);
        Set<String> memberOffers = member.offers();
        // Walk whichever direction has the shorter posting lists, check the other per member.
        long viaSeeks = postingLength(memberSeeks, offerers) + postingLength(seekTerms[i], termOfferers);
        long viaOffers = postingLength(memberOffers, seekers) + postingLength(offerTerms[i], termSeekers);
        boolean walkSeeks = viaSeeks <= viaOffers;
        visited.next();
        Found found = new Found();
        for (String tag : walkSeeks ? memberSeeks : memberOffers) {
            for (int j : (walkSeeks ? offerers : seekers).getOrDefault(tag, NONE)) {
                consider(i, j, walkSeeks, visited, found);
            }
        }
        for (int term : walkSeeks ? seekTerms[i] : offerTerms[i]) {
            for (int j : (walkSeeks ? termOfferers : termSeekers).getOrDefault(term, NONE)) {
                consider(i, j, walkSeeks, visited, found);
            }
        }
        for (int j : wanted[i]) {
            if (visited.firstVisit(j)) {
                found.add(j);
            }
        }
        int[] result = Arrays.copyOf(found.positions, found.count);
        Arrays.sort(result);
        return result;
    }

    /** Adds j when it was not seen yet and the direction not walked links i and j too. */
    private void consider(int i, int j, boolean walkedSeeks, Visited visited, Found found) {
        if (j == i || !visited.firstVisit(j)) {
            return;
        }
        boolean otherDirection = walkedSeeks ? offersWhatIsSought(i, j) : offersWhatIsSought(j, i);
        if (otherDirection) {
            found.add(j);
        }
    }

    /** True when the giver offers a tag, or an indexed term, that the seeker seeks. */
    private boolean offersWhatIsSought(int giver, int seeker) {
        return Tags.intersects(members[giver].offers(), seeks.get(seeker))
                || intersects(offerTerms[giver], seekTerms[seeker]);
    }

    private static boolean intersects(int[] a, int[] b) {
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                return true;
            }
            if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return false;
    }

    private static long postingLength(int[] terms, Map<Integer, int[]> postings) {
        long length = 0;
        for (int term : terms) {
            length += postings.getOrDefault(term, NONE).length;
        }
        return length;
    }

    /** A growing list of candidate positions. */
    private static final class Found {
        private int[] positions = new int[8];
        private int count;

        void add(int j) {
            if (count == positions.length) {
                positions = Arrays.copyOf(positions, count * 2);
            }
            positions[count++] = j;
        }
    }

    private static long postingLength(Set<String> tags, Map<String, int[]> postings) {
        long length = 0;
        for (String tag : tags) {
            length += postings.getOrDefault(tag, NONE).length;
        }
        return length;
    }

    private List<UUID> ids(int[] positionsOf) {
        List<UUID> ids = new ArrayList<>(positionsOf.length);
        for (int j : positionsOf) {
            ids.add(members[j].memberId());
        }
        return ids;
    }

    /**
     * Visited marks: an epoch-stamped array when reused over all members (no clearing), a hash set
     * for a single query so that its cost stays proportional to the posting lists.
     */
    private static final class Visited {
        private final int[] stamps;
        private final Set<Integer> seen;
        private int epoch;

        Visited(int size, boolean reused) {
            this.stamps = reused ? new int[size] : null;
            this.seen = reused ? null : new HashSet<>();
        }

        void next() {
            epoch++;
            if (seen != null) {
                seen.clear();
            }
        }

        boolean firstVisit(int j) {
            if (stamps == null) {
                return seen.add(j);
            }
            if (stamps[j] == epoch) {
                return false;
            }
            stamps[j] = epoch;
            return true;
        }
    }
}
