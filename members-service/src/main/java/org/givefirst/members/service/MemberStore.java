package org.givefirst.members.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.givefirst.members.messaging.MemberFacts;
import org.givefirst.members.messaging.MemberFacts.MemberData;
import org.givefirst.members.persistence.Chapter;
import org.givefirst.members.persistence.ErasedMember;
import org.givefirst.members.persistence.Member;
import org.givefirst.platform.contracts.EventFormat;
import org.givefirst.platform.persistence.Writes;
import org.givefirst.platform.problem.ProblemException;

/**
 * Finding, locking and saving members, for every use case that changes one. A change locks the
 * member's row first, so that two changes of one member are applied (and their facts written to the
 * outbox) one after the other, never interleaved; saving publishes what other services can see of
 * the change, and nothing when nothing they see changed.
 */
@ApplicationScoped
public class MemberStore {

    /** A member belongs to 1 to this many chapters. */
    public static final int MAX_CHAPTERS = 10;

    /** What the contact endpoint reveals. */
    public record Contact(UUID memberId, String displayName, String email) {
    }

    /** Changes to preferences: a null field keeps the current value (the default for a new member). */
    public record PreferenceChanges(Set<EventFormat> formats, Boolean openToIntroductions,
                                    Boolean allowsOtherChapterIntroductions, Integer maxIntroductionsPerMonth,
                                    Boolean publicProfile) {
    }

    /** The chapters a change made the member join and leave, in slug order. */
    record ChapterMoves(List<Chapter> joined, List<Chapter> left) {
        static final ChapterMoves NONE = new ChapterMoves(List.of(), List.of());
    }

    private final MemberFacts facts;
    private final Writes writes;
    private final Clock clock;

    public MemberStore(MemberFacts facts, Writes writes, Clock clock) {
        this.facts = facts;
        this.writes = writes;
        this.clock = clock;
    }

    /** The member, or 404, or 410 when erased. */
    public Member get(UUID id) {
        return Member.<Member>findByIdOptional(id).orElseThrow(() -> missingOrGone(id));
    }

    public Contact contact(UUID id) {
        Member member = get(id);
        return new Contact(member.id, member.displayName, member.email);
    }

    /**
     * The member, with their row locked until the end of the transaction: every change of a member
     * (and every appointment of an organizer, {@link ChapterService}) starts with it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Member lock(UUID id) {
        return Member.<Member>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE).orElseThrow(() -> missingOrGone(id));
    }

    /**
     * Writes a changed member and publishes what others can see of the change: the new state, then
     * one fact per chapter joined or left. An email change alone is saved but publishes nothing.
     */
    Member save(Member member, MemberData before, boolean emailChanged, ChapterMoves moves) {
        boolean factChanged = changed(before, member);
        if (factChanged || emailChanged) {
            member.updatedAt = now();
            writes.flushOrConflict("This email is already registered");
        }
        if (factChanged) {
            facts.memberUpdated(member);
            moves.joined().forEach(chapter -> facts.joinedChapter(member.id, chapter.slug));
            moves.left().forEach(chapter -> facts.leftChapter(member.id, chapter.slug));
        }
        return member;
    }

    /** Makes the member belong to exactly these chapters; leaving a chapter also ends organizing it. */
    static ChapterMoves moveTo(Member member, Set<Chapter> wanted) {
        Comparator<Chapter> bySlug = Comparator.comparing(c -> c.slug);
        List<Chapter> joined = wanted.stream().filter(c -> !member.chapters.contains(c)).sorted(bySlug).toList();
        List<Chapter> left = member.chapters.stream().filter(c -> !wanted.contains(c)).sorted(bySlug).toList();
        left.forEach(member.chapters::remove);
        member.chapters.addAll(joined);
        for (Chapter chapter : left) {
            chapter.organizers.remove(member);
        }
        return new ChapterMoves(joined, left);
    }

    /** Whether what the facts show of the member changed (the version aside). */
    private static boolean changed(MemberData before, Member member) {
        return !withoutVersion(before).equals(withoutVersion(MemberData.of(member)));
    }

    private static MemberData withoutVersion(MemberData d) {
        return new MemberData(d.memberId(), 0, d.displayName(), d.headline(), d.city(), d.timeZone(), d.chapters(),
                d.offers(), d.objectives(), d.preferences(), d.publicProfile(), d.introductionPreferences());
    }

    static void applyPreferences(Member member, PreferenceChanges p) {
        if (p.formats() != null && !p.formats().equals(member.formats)) {
            member.formats.clear();
            member.formats.addAll(p.formats().stream().sorted().toList());
        }
        if (p.openToIntroductions() != null) {
            member.openToIntroductions = p.openToIntroductions();
        }
        if (p.allowsOtherChapterIntroductions() != null) {
            member.allowsOtherChapterIntroductions = p.allowsOtherChapterIntroductions();
        }
        if (p.maxIntroductionsPerMonth() != null) {
            member.maxIntroductionsPerMonth = p.maxIntroductionsPerMonth();
        }
        if (p.publicProfile() != null) {
            member.publicProfile = p.publicProfile();
        }
    }

    static Set<Chapter> resolveChapters(List<String> requested) {
        Set<String> slugs = new LinkedHashSet<>(requested);
        if (slugs.isEmpty()) {
            throw ProblemException.badRequest("A member belongs to at least one chapter");
        }
        if (slugs.size() > MAX_CHAPTERS) {
            throw ProblemException.badRequest("A member belongs to at most " + MAX_CHAPTERS + " chapters");
        }
        List<Chapter> found = Chapter.list("slug in ?1 order by slug", slugs);
        if (found.size() != slugs.size()) {
            Set<String> known = found.stream().map(c -> c.slug).collect(Collectors.toSet());
            String unknown = slugs.stream().filter(s -> !known.contains(s)).collect(Collectors.joining(", "));
            throw ProblemException.badRequest("No chapter with slug " + unknown);
        }
        return new LinkedHashSet<>(found);
    }

    static void requireEmailFree(String email, UUID owner) {
        Member.findByEmail(email.strip())
                .filter(m -> !m.id.equals(owner))
                .ifPresent(m -> {
                    throw ProblemException.conflict("This email is already registered");
                });
    }

    static Chapter chapter(String slug) {
        return Chapter.findBySlug(slug).orElseThrow(() -> ProblemException.notFound("Chapter", slug));
    }

    private static ProblemException missingOrGone(UUID id) {
        if (ErasedMember.findByIdOptional(id).isPresent()) {
            return gone(id);
        }
        return ProblemException.notFound("Member", id);
    }

    static ProblemException gone(UUID id) {
        return new ProblemException(410, "gone", "Gone", "Member " + id + " was erased");
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
