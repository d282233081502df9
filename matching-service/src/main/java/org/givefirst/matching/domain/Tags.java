package org.givefirst.matching.domain;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Tag normalization shared by offers and objectives: matching is exact on tags, so "Java ",
 * "java" and "JAVA" must be the same tag. Tags are trimmed, lower-cased (root locale) and
 * inner whitespace runs collapse to one dash; blank tags are dropped.
 */
public final class Tags {

    private Tags() {
    }

    /** Normalizes one tag; returns an empty string for a blank tag. */
    public static String normalize(String tag) {
        if (tag == null) {
            return "";
        }
        return tag.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", "-");
    }

    /** Normalizes a collection of tags into an unmodifiable set without blanks. */
    public static Set<String> normalize(Collection<String> tags) {
        if (tags == null || tags.isEmpty()) {
            return Set.of();
        }
        return tags.stream()
                .map(Tags::normalize)
                .filter(t -> !t.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
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
