package org.givefirst.matching.domain;

import java.util.Arrays;
import java.util.Set;
import org.givefirst.platform.contracts.Tags;

/**
 * A networking objective as matching sees it: the tags of what (and whom) the member seeks, the
 * member's own words for the what and the who, how much it matters to them and how specific it is.
 *
 * @param tags        normalized tags; matched exactly, and also through the text analysis when the
 *                    community has one ({@link TextMatching})
 * @param priority    1 (nice to have) .. 5 (most important)
 * @param specificity 0 (vague, "get new business") .. 100 (concrete what, who and where), as
 *                    assessed by members-service
 * @param what        free text: the information sought ("" when none); used only by text matching
 * @param who         free text: the kinds of people who could help ("" when none); text matching only
 */
public record Objective(Set<String> tags, int priority, int specificity, String what, String who) {

    public static final int MIN_PRIORITY = 1;
    public static final int MAX_PRIORITY = 5;
    public static final int MAX_SPECIFICITY = 100;

    public Objective {
        tags = Tags.normalizedSet(tags);
        if (priority < MIN_PRIORITY || priority > MAX_PRIORITY) {
            throw new IllegalArgumentException("priority must be in 1..5, was " + priority);
        }
        if (specificity < 0 || specificity > MAX_SPECIFICITY) {
            throw new IllegalArgumentException("specificity must be in 0..100, was " + specificity);
        }
        what = what == null ? "" : what;
        who = who == null ? "" : who;
    }

    /** An objective of tags only. */
    public Objective(Set<String> tags, int priority, int specificity) {
        this(tags, priority, specificity, "", "");
    }

    /** Convenience for tests and demo data. */
    public static Objective of(int priority, int specificity, String... tags) {
        return new Objective(Set.copyOf(Arrays.asList(tags)), priority, specificity);
    }

    /** A copy with the member's own words for the what and the who. */
    public Objective withText(String what, String who) {
        return new Objective(tags, priority, specificity, what, who);
    }
}
