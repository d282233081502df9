package org.givefirst.members.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.givefirst.members.domain.Chapter;
import org.givefirst.members.domain.ErasedMember;
import org.givefirst.members.domain.EventFormat;
import org.givefirst.members.domain.Member;
import org.givefirst.members.domain.Objective;
import org.givefirst.members.domain.Offer;
import org.givefirst.members.domain.OfferKind;
import org.givefirst.members.domain.Specificity;
import org.givefirst.members.domain.Tags;
import org.givefirst.members.messaging.MemberFacts;
import org.givefirst.members.messaging.MemberFacts.MemberData;
import org.givefirst.platform.outbox.OutboxEvent;
import org.givefirst.platform.problem.ProblemException;

/**
 * Registering, changing and erasing members, and their chapter memberships. Every change that other
 * services can see publishes {@code member.updated} (and {@code member.joined-chapter} /
 * {@code member.left-chapter} for each chapter joined or left) in its transaction; a request that
 * changes nothing publishes nothing.
 *
 * <p>Changes lock the member's row first, so that two changes of one member are applied (and their
 * facts written to the outbox) one after the other, never interleaved.
 */
@ApplicationScoped
public class MemberService {

    public static final boolean DEFAULT_OPEN_TO_INTRODUCTIONS = true;
    public static final boolean DEFAULT_OTHER_CHAPTER_INTRODUCTIONS = false;
    public static final int DEFAULT_MAX_INTRODUCTIONS_PER_MONTH = 2;
    public static final boolean DEFAULT_PUBLIC_PROFILE = false;
    /** A member belongs to 1 to this many chapters. */
    public static final int MAX_CHAPTERS = 10;

    /** A new member's profile; {@code timeZone} may be null (then the first chapter's), the lists may be null. */
    public record Registration(UUID id, String displayName, String headline, String city, String timeZone,
                               String email, List<String> chapters, PreferenceChanges preferences,
                               List<OfferDraft> offers, List<ObjectiveDraft> objectives) {
    }

    /**
     * What a member edits of their profile as one document (offers and objectives have their own
     * requests): {@link #edit} hands the current one to a change and saves what comes back. A null or
     * blank headline or city is no headline or city.
     */
    public record EditableProfile(String displayName, String headline, String city, String timeZone, String email,
                                  List<String> chapters, EditablePreferences preferences) {
    }

    public record EditablePreferences(Set<EventFormat> formats, boolean openToIntroductions,
                                      boolean allowsOtherChapterIntroductions, int maxIntroductionsPerMonth,
                                      boolean publicProfile) {
    }

    /** Changes to preferences at registration: a null field keeps the default. */
    public record PreferenceChanges(Set<EventFormat> formats, Boolean openToIntroductions,
                                    Boolean allowsOtherChapterIntroductions, Integer maxIntroductionsPerMonth,
                                    Boolean publicProfile) {
    }

    public record OfferDraft(OfferKind kind, String description, List<String> tags) {
    }

    /** An objective as written; {@code id} keeps an existing objective, {@code priority} defaults to 3. */
    public record ObjectiveDraft(UUID id, String what, String who, String where, List<String> tags, Integer priority) {
    }

    /** What the contact endpoint reveals. */
    public record Contact(UUID memberId, String displayName, String email) {
    }

    private final MemberFacts facts;

    public MemberService(MemberFacts facts) {
        this.facts = facts;
    }

    @Transactional
    public Member register(Registration r) {
        if (ErasedMember.findByIdOptional(r.id()).isPresent()) {
            throw gone(r.id());
        }
        if (Member.findByIdOptional(r.id()).isPresent()) {
            throw ProblemException.conflict("Member " + r.id() + " is already registered");
        }
        requireEmailFree(r.email(), null);
        Set<Chapter> chapters = resolveChapters(r.chapters());

        Member member = new Member();
        member.id = r.id();
        member.rename(r.displayName().strip());
        member.headline = blankToNull(r.headline());
        member.city = blankToNull(r.city());
        member.timeZone = r.timeZone() != null ? r.timeZone() : chapters.iterator().next().timeZone;
        member.email = r.email().strip();
        member.chapters.addAll(chapters);
        member.openToIntroductions = DEFAULT_OPEN_TO_INTRODUCTIONS;
        member.allowsOtherChapterIntroductions = DEFAULT_OTHER_CHAPTER_INTRODUCTIONS;
        member.maxIntroductionsPerMonth = DEFAULT_MAX_INTRODUCTIONS_PER_MONTH;
        member.publicProfile = DEFAULT_PUBLIC_PROFILE;
        if (r.preferences() != null) {
            applyPreferences(member, r.preferences());
        }
        if (r.offers() != null) {
            setOffers(member, r.offers());
        }
        if (r.objectives() != null) {
            setObjectives(member, r.objectives());
        }
        member.createdAt = now();
        member.updatedAt = member.createdAt;
        member.persist();
        flushOrConflict("Member " + r.id() + " or its email is already registered");
        facts.memberRegistered(member);
        return member;
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
     * Changes the editable part of a profile. The change runs while the member's row is locked, on
     * the current state, so that concurrent edits apply one after the other and none is lost.
     *
     * @param change turns the current editable profile into the wanted one (it may throw to refuse it)
     */
    @Transactional
    public Member edit(UUID id, UnaryOperator<EditableProfile> change) {
        Member member = lock(id);
        EditableProfile wanted = change.apply(editable(member));
        MemberData before = MemberData.of(member);

        String displayName = wanted.displayName().strip();
        if (!displayName.equals(member.displayName)) {
            member.rename(displayName);
        }
        member.headline = blankToNull(wanted.headline());
        member.city = blankToNull(wanted.city());
        member.timeZone = wanted.timeZone();
        boolean emailChanged = false;
        String email = wanted.email().strip();
        if (!email.equals(member.email)) {
            requireEmailFree(email, member.id);
            member.email = email;
            emailChanged = true;
        }
        ChapterMoves moves = moveTo(member, resolveChapters(wanted.chapters()));
        EditablePreferences p = wanted.preferences();
        applyPreferences(member, new PreferenceChanges(p.formats(), p.openToIntroductions(),
                p.allowsOtherChapterIntroductions(), p.maxIntroductionsPerMonth(), p.publicProfile()));
        return save(member, before, emailChanged, moves);
    }

    /** The editable part of a member's profile as it is now. */
    private static EditableProfile editable(Member m) {
        return new EditableProfile(m.displayName, m.headline, m.city, m.timeZone, m.email, m.chapterSlugs(),
                new EditablePreferences(new LinkedHashSet<>(m.formats.stream().sorted().toList()), m.openToIntroductions,
                        m.allowsOtherChapterIntroductions, m.maxIntroductionsPerMonth, m.publicProfile));
    }

    /**
     * The member joins a chapter.
     *
     * @return false when they already belonged to it (nothing changes, nothing is published)
     */
    @Transactional
    public boolean join(UUID memberId, String slug) {
        Chapter chapter = Chapter.findBySlug(slug).orElseThrow(() -> ProblemException.notFound("Chapter", slug));
        Member member = lock(memberId);
        if (member.chapters.contains(chapter)) {
            return false;
        }
        if (member.chapters.size() >= MAX_CHAPTERS) {
            throw ProblemException.conflict("A member belongs to at most " + MAX_CHAPTERS + " chapters: leave one first");
        }
        MemberData before = MemberData.of(member);
        Set<Chapter> wanted = new LinkedHashSet<>(member.chapters);
        wanted.add(chapter);
        save(member, before, false, moveTo(member, wanted));
        return true;
    }

    /**
     * The member leaves a chapter, and stops organizing it.
     *
     * @return false when they did not belong to it (nothing changes, nothing is published)
     */
    @Transactional
    public boolean leave(UUID memberId, String slug) {
        Chapter chapter = Chapter.findBySlug(slug).orElseThrow(() -> ProblemException.notFound("Chapter", slug));
        Member member = lock(memberId);
        if (!member.chapters.contains(chapter)) {
            return false;
        }
        if (member.chapters.size() == 1) {
            throw ProblemException.conflict("A member belongs to at least one chapter: join another one before leaving '"
                    + slug + "'");
        }
        MemberData before = MemberData.of(member);
        Set<Chapter> wanted = new LinkedHashSet<>(member.chapters);
        wanted.remove(chapter);
        save(member, before, false, moveTo(member, wanted));
        return true;
    }

    /** The chapters a change made the member join and leave, in slug order. */
    private record ChapterMoves(List<Chapter> joined, List<Chapter> left) {
    }

    /** Makes the member belong to exactly these chapters; leaving a chapter also ends organizing it. */
    private static ChapterMoves moveTo(Member member, Set<Chapter> wanted) {
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

    /**
     * Writes a changed member and publishes what others can see of the change: the new state, then
     * one fact per chapter joined or left. An email change alone is saved but publishes nothing.
     */
    private Member save(Member member, MemberData before, boolean emailChanged, ChapterMoves moves) {
        boolean factChanged = changed(before, member);
        if (factChanged || emailChanged) {
            member.updatedAt = now();
            flushOrConflict("This email is already registered");
        }
        if (factChanged) {
            facts.memberUpdated(member);
            moves.joined().forEach(chapter -> facts.joinedChapter(member.id, chapter.slug));
            moves.left().forEach(chapter -> facts.leftChapter(member.id, chapter.slug));
        }
        return member;
    }

    @Transactional
    public Member replaceOffers(UUID id, List<OfferDraft> offers) {
        Member member = lock(id);
        MemberData before = MemberData.of(member);
        setOffers(member, offers);
        return publishIfChanged(member, before);
    }

    @Transactional
    public Member replaceObjectives(UUID id, List<ObjectiveDraft> objectives) {
        Member member = lock(id);
        MemberData before = MemberData.of(member);
        setObjectives(member, objectives);
        return publishIfChanged(member, before);
    }

    /**
     * Erases a member: their profile, offers, objectives, memberships and contact are deleted, the
     * facts about them already relayed are purged from the outbox, and {@code member.erased} is
     * published so that every other service erases them too.
     *
     * @return false when the member had already been erased (nothing more happens)
     */
    @Transactional
    public boolean erase(UUID id) {
        Optional<Member> found = Member.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
        if (found.isEmpty()) {
            if (ErasedMember.findByIdOptional(id).isPresent()) {
                return false;
            }
            throw ProblemException.notFound("Member", id);
        }
        Member member = found.get();
        member.delete();
        ErasedMember tombstone = new ErasedMember();
        tombstone.id = id;
        tombstone.erasedAt = now();
        tombstone.persist();
        // Facts still waiting keep their place so that consumers receive them before the erasure.
        OutboxEvent.delete("aggregateKey = ?1 and sentAt is not null", id.toString());
        facts.memberErased(id, tombstone.erasedAt);
        return true;
    }

    /**
     * The member, with their row locked until the end of the transaction: every change of a member
     * (here or in {@link ChapterService}) starts with it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Member lock(UUID id) {
        return Member.<Member>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE).orElseThrow(() -> missingOrGone(id));
    }

    private Member publishIfChanged(Member member, MemberData before) {
        return save(member, before, false, new ChapterMoves(List.of(), List.of()));
    }

    /** Whether what the facts show of the member changed (the version aside). */
    private static boolean changed(MemberData before, Member member) {
        MemberData after = MemberData.of(member);
        return !withoutVersion(before).equals(withoutVersion(after));
    }

    private static MemberData withoutVersion(MemberData d) {
        return new MemberData(d.memberId(), 0, d.displayName(), d.headline(), d.city(), d.timeZone(), d.chapters(),
                d.offers(), d.objectives(), d.preferences(), d.publicProfile());
    }

    private static void applyPreferences(Member member, PreferenceChanges p) {
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

    private static void setOffers(Member member, List<OfferDraft> drafts) {
        List<OfferDraft> wanted = drafts.stream()
                .map(d -> new OfferDraft(d.kind(), blankToNull(d.description()), Tags.normalize(d.tags())))
                .toList();
        List<OfferDraft> current = member.offers.stream()
                .map(o -> new OfferDraft(o.kind, o.description, List.copyOf(o.tags)))
                .toList();
        if (wanted.equals(current)) {
            return;
        }
        member.offers.clear();
        for (OfferDraft draft : wanted) {
            requireTags(draft.tags(), "offer");
            Offer offer = new Offer();
            offer.id = UUID.randomUUID();
            offer.member = member;
            offer.position = member.offers.size();
            offer.kind = draft.kind();
            offer.description = draft.description();
            offer.tags.addAll(draft.tags());
            member.offers.add(offer);
        }
    }

    /**
     * Replaces the objectives. An objective keeps its id when the draft names it, or else when an
     * existing objective has exactly the draft's content, so that re-sending the same list changes nothing.
     */
    private static void setObjectives(Member member, List<ObjectiveDraft> drafts) {
        Map<UUID, Objective> existing = member.objectives.stream()
                .collect(Collectors.toMap(o -> o.id, Function.identity()));
        Set<UUID> claimed = new HashSet<>();
        for (ObjectiveDraft draft : drafts) {
            if (draft.id() != null) {
                if (!existing.containsKey(draft.id())) {
                    throw ProblemException.badRequest("Objective " + draft.id() + " is not one of this member's objectives");
                }
                if (!claimed.add(draft.id())) {
                    throw ProblemException.badRequest("Objective " + draft.id() + " is listed twice");
                }
            }
        }
        List<Objective> next = new ArrayList<>();
        for (ObjectiveDraft draft : drafts) {
            String what = draft.what().strip();
            String who = draft.who().strip();
            String where = blankToNull(draft.where());
            List<String> tags = Tags.normalize(draft.tags());
            requireTags(tags, "objective");
            int priority = draft.priority() != null ? draft.priority() : Objective.DEFAULT_PRIORITY;

            Objective objective = draft.id() != null ? existing.get(draft.id()) : null;
            if (objective == null) {
                objective = member.objectives.stream()
                        .filter(o -> !claimed.contains(o.id) && o.what.equals(what) && o.who.equals(who)
                                && Objects.equals(o.where, where) && o.tags.equals(tags) && o.priority == priority)
                        .findFirst().orElse(null);
                if (objective != null) {
                    claimed.add(objective.id);
                }
            }
            if (objective == null) {
                objective = new Objective();
                objective.id = UUID.randomUUID();
                objective.member = member;
            }
            objective.position = next.size();
            objective.what = what;
            objective.who = who;
            objective.where = where;
            objective.priority = priority;
            if (!objective.tags.equals(tags)) {
                objective.tags.clear();
                objective.tags.addAll(tags);
            }
            objective.specificity = Specificity.assess(what, who, where, tags).score();
            next.add(objective);
        }
        member.objectives.clear();
        member.objectives.addAll(next);
    }

    private static void requireTags(List<String> tags, String what) {
        if (tags.isEmpty()) {
            throw ProblemException.badRequest("Every " + what + " needs at least one tag that is not blank");
        }
    }

    private static Set<Chapter> resolveChapters(List<String> requested) {
        Set<String> slugs = new LinkedHashSet<>(requested);
        if (slugs.isEmpty()) {
            throw ProblemException.badRequest("A member belongs to at least one chapter");
        }
        if (slugs.size() > MAX_CHAPTERS) {
            throw ProblemException.badRequest("A member belongs to at most " + MAX_CHAPTERS + " chapters");
        }
        List<Chapter> found = Chapter.list("slug in ?1 order by slug", slugs);
        if (found.size() != slugs.size()) {
            Set<String> known = slugs(found);
            String unknown = slugs.stream().filter(s -> !known.contains(s)).collect(Collectors.joining(", "));
            throw ProblemException.badRequest("No chapter with slug " + unknown);
        }
        return new LinkedHashSet<>(found);
    }

    private static Set<String> slugs(java.util.Collection<Chapter> chapters) {
        return chapters.stream().map(c -> c.slug).collect(Collectors.toSet());
    }

    private static void requireEmailFree(String email, UUID owner) {
        Member.findByEmail(email.strip())
                .filter(m -> !m.id.equals(owner))
                .ifPresent(m -> {
                    throw ProblemException.conflict("This email is already registered");
                });
    }

    /** Writes the pending changes now, turning a lost race on a unique key into a 409. */
    private static void flushOrConflict(String detail) {
        try {
            Member.flush();
        } catch (PersistenceException e) {
            if (isConstraintViolation(e)) {
                throw ProblemException.conflict(detail);
            }
            throw e;
        }
    }

    private static boolean isConstraintViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.hibernate.exception.ConstraintViolationException) {
                return true;
            }
        }
        return false;
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

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
