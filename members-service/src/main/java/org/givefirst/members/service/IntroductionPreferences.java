package org.givefirst.members.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.givefirst.members.messaging.MemberFacts.MemberData;
import org.givefirst.members.persistence.Member;
import org.givefirst.members.service.MemberStore.ChapterMoves;
import org.givefirst.platform.problem.ProblemException;

/**
 * A member's private introduction preferences: "happy to help newcomers and people starting out",
 * "never introduce me to X" and "I'd like to meet X". Saving them publishes {@code member.updated}
 * (the member facts carry them for matching-service); no view of another member ever shows them.
 */
@ApplicationScoped
public class IntroductionPreferences {

    /** At most this many members in "never introduce me to". */
    public static final int MAX_NEVER = 200;
    /** At most this many members in "I'd like to meet". */
    public static final int MAX_WANTS_TO_MEET = 50;

    /** The preferences as a whole document. */
    public record Preferences(boolean helpsNewcomers, Set<UUID> neverIntroduce, Set<UUID> wantsToMeet) {
        public Preferences {
            neverIntroduce = neverIntroduce == null ? Set.of() : new LinkedHashSet<>(neverIntroduce);
            wantsToMeet = wantsToMeet == null ? Set.of() : new LinkedHashSet<>(wantsToMeet);
        }
    }

    private final MemberStore store;

    public IntroductionPreferences(MemberStore store) {
        this.store = store;
    }

    /** The member's preferences, or 404 / 410. */
    @Transactional
    public Preferences get(UUID id) {
        return of(store.get(id));
    }

    /**
     * Replaces the member's preferences. Every member named must exist (400 otherwise), may not be
     * the member themselves, and may not be both never-introduce and would-like-to-meet.
     */
    @Transactional
    public Preferences replace(UUID id, Preferences wanted) {
        Member member = store.lock(id);
        if (wanted.neverIntroduce().contains(id) || wanted.wantsToMeet().contains(id)) {
            throw ProblemException.invalid(wanted.neverIntroduce().contains(id) ? "neverIntroduce" : "wantsToMeet",
                    "must not name the member themselves");
        }
        Set<UUID> both = new HashSet<>(wanted.neverIntroduce());
        both.retainAll(wanted.wantsToMeet());
        if (!both.isEmpty()) {
            throw ProblemException.invalid("wantsToMeet", "must not name a member of neverIntroduce: " + sorted(both));
        }
        Set<UUID> named = new HashSet<>(wanted.neverIntroduce());
        named.addAll(wanted.wantsToMeet());
        requireMembers(named);

        MemberData before = MemberData.of(member);
        member.helpsNewcomers = wanted.helpsNewcomers();
        replaceAll(member.neverIntroduce, wanted.neverIntroduce());
        replaceAll(member.wantsToMeet, wanted.wantsToMeet());
        return of(store.save(member, before, false, ChapterMoves.NONE));
    }

    private static void requireMembers(Set<UUID> ids) {
        if (ids.isEmpty()) {
            return;
        }
        Set<UUID> known = Member.<Member>list("id in ?1", ids).stream().map(m -> m.id).collect(Collectors.toSet());
        Set<UUID> unknown = new HashSet<>(ids);
        unknown.removeAll(known);
        if (!unknown.isEmpty()) {
            throw ProblemException.invalid("neverIntroduce/wantsToMeet", "no member with id " + sorted(unknown));
        }
    }

    private static void replaceAll(Set<UUID> current, Set<UUID> wanted) {
        if (!current.equals(wanted)) {
            current.clear();
            current.addAll(wanted.stream().sorted().toList());
        }
    }

    private static String sorted(Collection<UUID> ids) {
        return ids.stream().map(UUID::toString).sorted().collect(Collectors.joining(", "));
    }

    private static Preferences of(Member m) {
        return new Preferences(m.helpsNewcomers, sortedSet(m.neverIntroduce), sortedSet(m.wantsToMeet));
    }

    private static Set<UUID> sortedSet(Collection<UUID> ids) {
        return new LinkedHashSet<>(List.copyOf(ids).stream().sorted().toList());
    }
}
