package org.givefirst.members.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.givefirst.members.domain.Chapter;
import org.givefirst.members.messaging.MemberFacts;
import org.givefirst.platform.problem.ProblemException;

@ApplicationScoped
public class ChapterService {

    private final MemberFacts facts;

    public ChapterService(MemberFacts facts) {
        this.facts = facts;
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
        chapter.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        chapter.persist();
        facts.chapterCreated(chapter);
        return chapter;
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
