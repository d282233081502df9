package org.givefirst.matching.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Splits long id lists so that an {@code in (...)} query stays well under the driver's parameter limit. */
final class Chunks {

    static final int SIZE = 1000;

    private Chunks() {
    }

    static <T> List<List<T>> of(Collection<T> items) {
        List<T> all = List.copyOf(items);
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += SIZE) {
            chunks.add(all.subList(from, Math.min(all.size(), from + SIZE)));
        }
        return chunks;
    }
}
