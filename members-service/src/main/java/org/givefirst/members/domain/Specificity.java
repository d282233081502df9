package org.givefirst.members.domain;

import java.util.ArrayList;
import java.util.Collection;
import org.givefirst.platform.contracts.Tags;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How specific a networking objective is, from 0 to 100, with hints that make it more specific.
 *
 * <p>"Getting new business" is a goal, not an objective; "meeting sales professionals currently
 * using a software-based contact management system" is one: it says <em>what</em> information is
 * sought, and the what drives the <em>who</em>, which drives the <em>where</em>. The score rewards
 * exactly that, in four parts:
 *
 * <pre>
 *   what   0..50   10 per concrete word (at most 40), + 5 for 5 words or more, + 10 for 8 or more
 *   who    0..30   15 per concrete word (at most 30)
 *   where  0..10   10 with a concrete word, 5 for a vague place, 0 when absent
 *   tags   0..10   5 for one tag, 10 for two or more
 * </pre>
 *
 * A <em>concrete</em> word is one that narrows the objective down: not a stop word ("the", "who",
 * "can") and not one of the words every vague objective is made of ("new", "business", "people",
 * "opportunities", "anyone"). Below {@value #WORKABLE} an objective is {@link Level#VAGUE}, from
 * {@value #SPECIFIC} it is {@link Level#SPECIFIC}. Matching weighs an objective by this score, so
 * a vague objective can never be served as well as a specific one.
 */
public final class Specificity {

    public static final int MAX_SCORE = 100;
    /** Lowest score of a workable objective. */
    public static final int WORKABLE = 40;
    /** Lowest score of a specific objective. */
    public static final int SPECIFIC = 70;

    /** How an objective reads to someone who could help. */
    public enum Level {
        VAGUE, WORKABLE, SPECIFIC
    }

    /**
     * An assessment.
     *
     * @param score 0 (vague) .. 100 (concrete what, who and where, well tagged)
     * @param level the band the score falls in
     * @param hints what would make the objective more specific, most useful first; empty when nothing is missing
     */
    public record Assessment(int score, Level level, List<String> hints) {
        public Assessment {
            hints = List.copyOf(hints);
        }
    }

    private static final Set<String> STOP_WORDS = Set.of(
            "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "from", "with",
            "by", "about", "into", "onto", "over", "under", "via", "per", "as", "than", "then", "so", "if",
            "who", "whom", "whose", "which", "that", "this", "these", "those", "what", "when", "where", "how",
            "why", "can", "could", "would", "will", "shall", "should", "may", "might", "must", "be", "is",
            "are", "was", "were", "been", "being", "am", "do", "does", "did", "have", "has", "had", "i", "me",
            "my", "mine", "we", "us", "our", "you", "your", "they", "them", "their", "he", "him", "his",
            "she", "her", "it", "its", "not", "no", "yes", "there", "here", "also", "just", "very", "really",
            "currently", "using", "use", "used", "who's", "i'm", "we're", "etc");

    /** Words that every vague objective is made of: they say nothing about what or whom. */
    private static final Set<String> GENERIC_WORDS = Set.of(
            "new", "more", "better", "good", "great", "interesting", "big", "small", "best", "top",
            "business", "businesses", "company", "companies", "opportunity", "opportunities", "potential",
            "get", "getting", "got", "gain", "grow", "growing", "growth", "increase", "find", "finding",
            "look", "looking", "want", "wanting", "need", "needing", "seek", "seeking", "like", "help",
            "helping", "helpful", "meet", "meeting", "meetings", "connect", "connecting", "connection",
            "connections", "contacts", "network", "networking", "relationship", "relationships",
            "people", "person", "persons", "anyone", "anybody", "everyone", "everybody", "someone",
            "somebody", "folks", "individuals", "professionals", "experts", "decision", "makers",
            "leads", "clients", "customers", "prospects", "deals", "money", "revenue", "success",
            "successful", "partners", "partnerships", "referrals", "introductions", "ideas", "information",
            "advice", "support", "resources", "things", "stuff", "anything", "everything", "something",
            "point", "direction", "way", "ways", "kind", "kinds", "type", "types", "sort", "some", "any",
            "all", "many", "lots", "various", "different", "possible", "general", "job", "jobs", "work",
            "events", "event", "anywhere", "somewhere", "everywhere", "places", "place", "around", "local",
            "online", "area");

    private Specificity() {
    }

    /**
     * Assesses a (possibly draft) objective.
     *
     * @param what  the information sought; may be blank in a draft
     * @param who   the kinds of people who could help; may be blank in a draft
     * @param where where such people gather; optional
     * @param tags  the objective's tags, raw or normalized
     */
    public static Assessment assess(String what, String who, String where, Collection<String> tags) {
        List<String> hints = new ArrayList<>();

        List<String> whatWords = words(what);
        Set<String> whatConcrete = concrete(whatWords);
        int whatScore = Math.min(40, 10 * whatConcrete.size())
                + (whatWords.size() >= 8 ? 10 : whatWords.size() >= 5 ? 5 : 0);
        if (whatWords.isEmpty()) {
            hints.add("Say what information you are looking for, and why it matters to you.");
        } else if (whatConcrete.isEmpty()) {
            hints.add("\"" + what.strip() + "\" is a goal, not an objective: say precisely what you want to learn or find, "
                    + "for example \"sales professionals currently using a software-based contact management system\".");
        } else if (whatConcrete.size() < 3) {
            hints.add("Narrow down what you seek: name the field, the tool, the situation or the decision it is for.");
        }

        List<String> whoWords = words(who);
        Set<String> whoConcrete = concrete(whoWords);
        int whoScore = Math.min(30, 15 * whoConcrete.size());
        if (whoWords.isEmpty()) {
            hints.add("Say who could help: the kinds of people who know this, by role, trade or situation "
                    + "(\"sales trainers\", \"owners of family restaurants\").");
        } else if (whoConcrete.isEmpty()) {
            hints.add("\"" + who.strip() + "\" could be anyone: name the kinds of people, by role, trade or situation.");
        } else if (whoConcrete.size() == 1) {
            hints.add("Add one more detail about who could help: their trade, their seniority or the kind of organization they work in.");
        }

        List<String> whereWords = words(where);
        int whereScore;
        if (whereWords.isEmpty()) {
            whereScore = 0;
            hints.add("Optional: say where such people gather (a sales association meetup, a CRM workshop), "
                    + "or ask Givefirst where to go.");
        } else if (concrete(whereWords).isEmpty()) {
            whereScore = 5;
            hints.add("Name a concrete place or kind of gathering where such people meet.");
        } else {
            whereScore = 10;
        }

        int tagCount = Tags.normalize(tags).size();
        int tagScore = tagCount >= 2 ? 10 : tagCount == 1 ? 5 : 0;
        if (tagCount == 0) {
            hints.add("Add tags: introductions are matched on the tags of what you seek and what others offer.");
        } else if (tagCount == 1) {
            hints.add("Add a second tag so that more of the right people can be found.");
        }

        int score = Math.min(MAX_SCORE, whatScore + whoScore + whereScore + tagScore);
        return new Assessment(score, level(score), hints);
    }

    public static Level level(int score) {
        if (score >= SPECIFIC) {
            return Level.SPECIFIC;
        }
        return score >= WORKABLE ? Level.WORKABLE : Level.VAGUE;
    }

    /** The words of a text, lower-cased; letters, digits and the joiners of words like "software-based" or "c++". */
    static List<String> words(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<String> words = new ArrayList<>();
        for (String raw : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}+#'.-]+")) {
            String word = raw.replaceAll("^[.'-]+|[.'-]+$", "");
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    /** The distinct words that narrow an objective down. */
    static Set<String> concrete(List<String> words) {
        Set<String> concrete = new LinkedHashSet<>();
        for (String word : words) {
            boolean hasDigit = word.chars().anyMatch(Character::isDigit);
            if ((word.length() >= 3 || hasDigit || word.contains("+") || word.contains("#"))
                    && !STOP_WORDS.contains(word) && !GENERIC_WORDS.contains(word)) {
                concrete.add(word);
            }
        }
        return concrete;
    }
}
