package org.givefirst.members.domain;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How offers and objectives are tagged. Matching is exact on tags, so "Java ", "java" and "JAVA"
 * must be one tag: a tag is trimmed, lower-cased and its inner whitespace runs become one dash
 * (the same rule matching-service applies to what it receives).
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

    /** The tags of a filter such as {@code offers=java,public speaking}: comma-separated, possibly repeated. */
    public static List<String> parseFilter(Collection<String> values) {
        if (values == null) {
            return List.of();
        }
        List<String> split = values.stream()
                .filter(v -> v != null)
                .flatMap(v -> java.util.Arrays.stream(v.split(",")))
                .toList();
        return normalize(split);
    }
}
