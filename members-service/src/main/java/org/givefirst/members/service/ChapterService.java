package org.givefirst.members.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.givefirst.members.persistence.Chapter;
import org.givefirst.members.persistence.Member;
import org.givefirst.members.messaging.MemberFacts;
import org.givefirst.platform.problem.ProblemException;

/**
 * Chapters and their organizers. The stored organizers are what the identity provider maps into the
 * {@code organizer_of} claim; what a caller may do is decided by their token, never by this list.
 */
@ApplicationScoped
public class ChapterService {

    private final MemberFacts facts;
    private final MemberStore members;
    private final Clock clock;

    public ChapterService(MemberFacts facts, MemberStore members, Clock clock) {
        this.facts = facts;
        this.members = members;
        this.clock = clock;
    }

    @Transactional
    public Chapter create(String slug, String name, String city, String timeZone) {
        if (Chapter.findBySlug(slug).isPresent()) {
            throw ProblemException.conflict("A chapter with slug '" + slug + "' already exists");
        }
        Chapter chapter = new Chapter();
        chapter.id = UUID.randomUUID();
        chapter.slug = slug;
        chapter.name = name;
        chapter.city = city;
        chapter.timeZone = timeZone;
        chapter.createdAt = OffsetDateTime.now(clock);
        chapter.persist();
        facts.chapterCreated(chapter);
        return chapter;
    }

    /** Changes the given fields (null: unchanged); a change is published as {@code chapter.updated}. */
    @Transactional
    public Chapter update(String slug, String name, String city, String timeZone) {
        Chapter chapter = Chapter.findBySlug(slug, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("Chapter", slug));
        boolean changed = false;
        if (name != null && !name.strip().equals(chapter.name)) {
            chapter.name = name.strip();
            changed = true;
        }
        if (city != null && !city.strip().equals(chapter.city)) {
            chapter.city = city.strip();
            changed = true;
        }
        if (timeZone != null && !timeZone.equals(chapter.timeZone)) {
            chapter.timeZone = timeZone;
            changed = true;
        }
        if (changed) {
            facts.chapterUpdated(chapter);
        }
        return chapter;
    }

    /**
     * Makes a member of the chapter one of its organizers.
     *
     * @return the organizer, and whether they were appointed now (false: they already organized it)
     */
    @Transactional
    public Appointment appoint(String slug, UUID memberId) {
        Chapter chapter = require(slug);
        // Locking the member orders this after any change of their memberships.
        Member member = members.lock(memberId);
        if (!member.chapters.contains(chapter)) {
            throw ProblemException.conflict("Member " + memberId + " does not belong to chapter '" + slug
                    + "': a member joins a chapter before organizing it");
        }
        boolean appointed = chapter.organizers.add(member);
        return new Appointment(member, appointed);
    }

    /** A chapter's organizer and whether the request made them one. */
    public record Appointment(Member organizer, boolean appointed) {
    }

    /**
     * The member stops organizing the chapter (they remain a member of it).
     *
     * @return false when they did not organize it
     */
    @Transactional
    public boolean dismiss(String slug, UUID memberId) {
        Chapter chapter = require(slug);
        Member member = members.lock(memberId);
        return chapter.organizers.remove(member);
    }

    private static Chapter require(String slug) {
        return Chapter.findBySlug(slug).orElseThrow(() -> ProblemException.notFound("Chapter", slug));
    }

    public Optional<Chapter> find(String slug) {
        return Chapter.findBySlug(slug);
    }

    /** Up to {@code count} chapters in slug order, after the given slug (or from the first). */
    public List<Chapter> list(String afterSlug, int count) {
        if (afterSlug == null) {
            return Chapter.<Chapter>find("order by slug").range(0, count - 1).list();
        }
        return Chapter.<Chapter>find("slug > ?1 order by slug", afterSlug).range(0, count - 1).list();
    }
}
