package org.givefirst.platform.contracts;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * How offers and objectives are tagged, in members-service (which stores tags normalized) and in
 * matching-service (which matches on them). Matching is exact on tags, so "Java ", "java" and "JAVA"
 * must be one tag: a tag is trimmed, lower-cased (root locale) and its inner whitespace runs become
 * one dash; blank tags are dropped.
 */
public final class Tags {

    public static final int MAX_LENGTH = 40;

    private Tags() {
    }

    /** One tag, normalized; empty for a blank tag. */
    public static String normalize(String tag) {
        if (tag == null) {
            return "";
        }
        return tag.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", "-");
    }

    /** Normalized tags without blanks or duplicates, in the order first given. */
    public static List<String> normalize(Collection<String> tags) {
        if (tags == null) {
            return List.of();
        }
        Set<String> normalized = new LinkedHashSet<>();
        for (String tag : tags) {
            String t = normalize(tag);
            if (!t.isEmpty()) {
                normalized.add(t);
            }
        }
        return List.copyOf(normalized);
    }

    /** Normalized tags without blanks, as an unmodifiable set: for matching, where order does not count. */
    public static Set<String> normalizedSet(Collection<String> tags) {
        return Set.copyOf(normalize(tags));
    }

    /** The tags of a filter such as {@code offers=java,public speaking}: comma-separated, possibly repeated. */
    public static List<String> parseFilter(Collection<String> values) {
        if (values == null) {
            return List.of();
        }
        return normalize(values.stream()
                .filter(Objects::nonNull)
                .flatMap(v -> Arrays.stream(v.split(",")))
                .toList());
    }

    /** The tags present in both sets, sorted (used for explanations). */
    public static Set<String> intersection(Set<String> a, Set<String> b) {
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        TreeSet<String> shared = new TreeSet<>();
        for (String tag : small) {
            if (large.contains(tag)) {
                shared.add(tag);
            }
        }
        return shared;
    }

    /** True when the two sets share at least one tag. */
    public static boolean intersects(Set<String> a, Set<String> b) {
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        for (String tag : small) {
            if (large.contains(tag)) {
                return true;
            }
        }
        return false;
    }
}
