package org.givefirst.matching.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.givefirst.platform.contracts.Tags;

/**
 * Text-aware usefulness: the analysed terms ({@link TextAnalyzer}) of every member's offers (tags and
 * descriptions) and objectives (tags, what and who), so that near-identical needs and offers meet.
 *
 * <p>For one objective o of B and a giver A, the covered share is
 * <pre>
 *   tags(o) ≠ ∅ :  share of o's tags that A offers exactly, or whose analysed terms A's offers all contain
 *   text        :  Σ idf(t) over o's what/who terms A's offers contain  ÷  Σ idf(t) over o's what/who terms,
 *                  counted only from {@value #MIN_TEXT_SHARE} up (one word in common by chance is not a match)
 *   covered(o)  =  max(tag share, {@value #TEXT_WEIGHT} · text share)
 * </pre>
 * and u(A→B) is the same weighted average as {@link Usefulness} with covered(o) in place of the exact
 * tag share; an objective counts when it has tags or text. So a tag met through the analysis counts
 * like the same tag, and free text alone counts at most half as much: it adds recall and weight but
 * never replaces tags. idf(t) = ln(1 + members / members offering t), so words that everybody offers
 * weigh little. A pair still needs value in both directions: the two-way score is the harmonic mean.
 *
 * <p>The candidate index uses the analysed terms as well, but only terms that few members offer and
 * few seek: at most {@value #MAX_POSTING_SHARE} of the members (but always {@value #MIN_POSTINGS}) and
 * never more than {@value #MAX_POSTINGS}. The cost of finding a member's candidates stays bounded by
 * those posting lists whatever the community size; a word most members use ("sales" in a sales
 * chapter) still counts in the score and, as a tag, still makes candidates through the tag index.
 */
public final class TextMatching {

    /** Weight of a share covered by free text only, relative to tags. */
    public static final double TEXT_WEIGHT = 0.5;
    /** A smaller share of an objective's words found in the offers is a coincidence, not a match. */
    public static final double MIN_TEXT_SHARE = 0.25;
    /** Terms offered or sought by more members than this add no candidates (they still add weight). */
    public static final int MAX_POSTINGS = 1_000;
    /** ... nor terms offered or sought by more than this share of the members ... */
    public static final double MAX_POSTING_SHARE = 0.05;
    /** ... unless they are used by at most this many. */
    public static final int MIN_POSTINGS = 50;

    private static final int[] NONE = new int[0];

    private final TextAnalyzer analyzer;
    private final Map<String, Integer> termIds;
    private final double[] idf;
    private final boolean[] indexed;
    private final Map<UUID, MemberTerms> byMember;

    /** A member's analysed terms: sorted term ids. */
    private record MemberTerms(int[] offers, List<ObjectiveTerms> objectives, int[] seeks) {
    }

    /** One objective: its tags, each tag's terms, and its what/who terms (sorted term ids). */
    private record ObjectiveTerms(Objective objective, String[] tags, int[][] tagTerms, int[] text) {
    }

    private TextMatching(TextAnalyzer analyzer, Map<String, Integer> termIds, double[] idf, boolean[] indexed,
            Map<UUID, MemberTerms> byMember) {
        this.analyzer = analyzer;
        this.termIds = termIds;
        this.idf = idf;
        this.indexed = indexed;
        this.byMember = byMember;
    }

    /** Analyses every non-erased member once. */
    public static TextMatching build(Collection<MemberProfile> profiles, TextAnalyzer analyzer) {
        Map<String, Integer> termIds = new HashMap<>();
        Map<UUID, MemberTerms> byMember = new HashMap<>(profiles.size() * 2);
        List<Integer> offerCounts = new ArrayList<>();
        List<Integer> seekCounts = new ArrayList<>();
        for (MemberProfile profile : profiles) {
            if (profile.erased()) {
                continue;
            }
            MemberTerms terms = analyse(profile, analyzer, termIds);
            byMember.put(profile.memberId(), terms);
            count(terms.offers(), offerCounts);
            count(terms.seeks(), seekCounts);
        }
        int terms = termIds.size();
        double[] idf = new double[terms];
        boolean[] indexed = new boolean[terms];
        int members = Math.max(1, byMember.size());
        int postingLimit = (int) Math.min(MAX_POSTINGS, Math.max(MIN_POSTINGS, MAX_POSTING_SHARE * members));
        for (int t = 0; t < terms; t++) {
            int offered = t < offerCounts.size() ? offerCounts.get(t) : 0;
            int sought = t < seekCounts.size() ? seekCounts.get(t) : 0;
            idf[t] = Math.log(1.0 + (double) members / Math.max(1, offered));
            indexed[t] = offered <= postingLimit && sought <= postingLimit;
        }
        return new TextMatching(analyzer, termIds, idf, indexed, byMember);
    }

    private static void count(int[] terms, List<Integer> counts) {
        for (int t : terms) {
            while (counts.size() <= t) {
                counts.add(0);
            }
            counts.set(t, counts.get(t) + 1);
        }
    }

    private static MemberTerms analyse(MemberProfile profile, TextAnalyzer analyzer, Map<String, Integer> termIds) {
        TreeSet<Integer> offers = new TreeSet<>();
        for (String tag : profile.offers()) {
            offers.addAll(ids(analyzer.tagTerms(tag), termIds));
        }
        for (String description : profile.offerDescriptions()) {
            offers.addAll(ids(analyzer.terms(description), termIds));
        }
        TreeSet<Integer> seeks = new TreeSet<>();
        List<ObjectiveTerms> objectives = new ArrayList<>();
        for (Objective objective : profile.objectives()) {
            String[] tags = objective.tags().stream().sorted().toArray(String[]::new);
            int[][] tagTerms = new int[tags.length][];
            for (int i = 0; i < tags.length; i++) {
                tagTerms[i] = sorted(ids(analyzer.tagTerms(tags[i]), termIds));
                for (int t : tagTerms[i]) {
                    seeks.add(t);
                }
            }
            List<Integer> text = new ArrayList<>(ids(analyzer.terms(objective.what()), termIds));
            text.addAll(ids(analyzer.terms(objective.who()), termIds));
            int[] textTerms = sorted(text);
            for (int t : textTerms) {
                seeks.add(t);
            }
            objectives.add(new ObjectiveTerms(objective, tags, tagTerms, textTerms));
        }
        return new MemberTerms(sorted(offers), List.copyOf(objectives), sorted(seeks));
    }

    private static List<Integer> ids(List<String> terms, Map<String, Integer> termIds) {
        List<Integer> ids = new ArrayList<>(terms.size());
        for (String term : terms) {
            ids.add(termIds.computeIfAbsent(term, t -> termIds.size()));
        }
        return ids;
    }

    private static int[] sorted(Collection<Integer> ids) {
        return ids.stream().mapToInt(Integer::intValue).distinct().sorted().toArray();
    }

    /** u(giver→seeker) with the text analysis; see the class comment. */
    public double usefulness(MemberProfile giver, MemberProfile seeker) {
        MemberTerms g = byMember.get(giver.memberId());
        MemberTerms s = byMember.get(seeker.memberId());
        if (g == null || s == null) {
            return giver.erased() || seeker.erased() ? 0.0 : Usefulness.of(giver, seeker);
        }
        double numerator = 0.0;
        double denominator = 0.0;
        for (ObjectiveTerms objective : s.objectives()) {
            if (objective.tags().length == 0 && objective.text().length == 0) {
                continue;
            }
            int priority = objective.objective().priority();
            denominator += priority;
            double covered = Math.max(tagShare(objective, giver.offers(), g.offers()),
                    TEXT_WEIGHT * textShare(objective.text(), g.offers()));
            numerator += priority * Usefulness.specificityWeight(objective.objective().specificity()) * covered;
        }
        return denominator == 0.0 ? 0.0 : numerator / denominator;
    }

    /** The seeker's objective tags the giver covers, exactly or through the analysis (for explanations). */
    public Set<String> coveredTags(MemberProfile giver, MemberProfile seeker) {
        MemberTerms g = byMember.get(giver.memberId());
        MemberTerms s = byMember.get(seeker.memberId());
        if (g == null || s == null) {
            return Tags.intersection(giver.offers(), seeker.seeks());
        }
        TreeSet<String> covered = new TreeSet<>();
        for (ObjectiveTerms objective : s.objectives()) {
            for (int i = 0; i < objective.tags().length; i++) {
                if (covers(objective, i, giver.offers(), g.offers())) {
                    covered.add(objective.tags()[i]);
                }
            }
        }
        return covered;
    }

    private static double tagShare(ObjectiveTerms objective, Set<String> offerTags, int[] offerTerms) {
        int count = objective.tags().length;
        if (count == 0) {
            return 0.0;
        }
        int covered = 0;
        for (int i = 0; i < count; i++) {
            if (covers(objective, i, offerTags, offerTerms)) {
                covered++;
            }
        }
        return (double) covered / count;
    }

    private static boolean covers(ObjectiveTerms objective, int tag, Set<String> offerTags, int[] offerTerms) {
        int[] terms = objective.tagTerms()[tag];
        return offerTags.contains(objective.tags()[tag]) || (terms.length > 0 && containsAll(offerTerms, terms));
    }

    private double textShare(int[] text, int[] offerTerms) {
        if (text.length == 0) {
            return 0.0;
        }
        double found = 0.0;
        double total = 0.0;
        for (int t : text) {
            total += idf[t];
            if (Arrays.binarySearch(offerTerms, t) >= 0) {
                found += idf[t];
            }
        }
        double share = total == 0.0 ? 0.0 : found / total;
        return share < MIN_TEXT_SHARE ? 0.0 : share;
    }

    private static boolean containsAll(int[] sortedSet, int[] sortedSubset) {
        int i = 0;
        for (int t : sortedSubset) {
            while (i < sortedSet.length && sortedSet[i] < t) {
                i++;
            }
            if (i == sortedSet.length || sortedSet[i] != t) {
                return false;
            }
        }
        return true;
    }

    /** The analysed offer terms of a member that may create candidates (sorted term ids). */
    int[] indexedOfferTerms(UUID memberId) {
        return onlyIndexed(byMember.containsKey(memberId) ? byMember.get(memberId).offers() : NONE);
    }

    /** The analysed seek terms of a member that may create candidates (sorted term ids). */
    int[] indexedSeekTerms(UUID memberId) {
        return onlyIndexed(byMember.containsKey(memberId) ? byMember.get(memberId).seeks() : NONE);
    }

    private int[] onlyIndexed(int[] terms) {
        return Arrays.stream(terms).filter(t -> indexed[t]).toArray();
    }

    /** Number of distinct analysed terms. */
    public int termCount() {
        return termIds.size();
    }

    /** The analyzer the terms come from. */
    public TextAnalyzer analyzer() {
        return analyzer;
    }
}
