package org.givefirst.matching.domain;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Who sat together at the chapter's last events ({@link ChapterPolicy#tableMemoryEvents()} of them):
 * for each pair, at how many of those events they shared a table. Tables penalize seating them
 * together again.
 */
public final class SeatingHistory {

    private static final SeatingHistory EMPTY = new SeatingHistory(Map.of());

    private final Map<MemberPair, Integer> together;

    private SeatingHistory(Map<MemberPair, Integer> together) {
        this.together = Map.copyOf(together);
    }

    public static SeatingHistory empty() {
        return EMPTY;
    }

    /**
     * The history of past seatings: one entry per event, each a list of tables, each the people who
     * sat there.
     */
    public static SeatingHistory of(List<? extends Collection<? extends Collection<UUID>>> events) {
        Map<MemberPair, Integer> together = new HashMap<>();
        for (Collection<? extends Collection<UUID>> event : events) {
            for (Collection<UUID> table : event) {
                List<UUID> people = List.copyOf(table);
                for (int i = 0; i < people.size(); i++) {
                    for (int j = i + 1; j < people.size(); j++) {
                        if (!people.get(i).equals(people.get(j))) {
                            together.merge(MemberPair.of(people.get(i), people.get(j)), 1, Integer::sum);
                        }
                    }
                }
            }
        }
        return new SeatingHistory(together);
    }

    /** At how many of the remembered events the two shared a table. */
    public int timesTogether(UUID a, UUID b) {
        return together.isEmpty() || a.equals(b) ? 0 : together.getOrDefault(MemberPair.of(a, b), 0);
    }
}
