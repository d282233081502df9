package org.givefirst.members.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import org.givefirst.members.domain.Chapter;
import org.givefirst.platform.outbox.Outbox;
import org.givefirst.platform.outbox.Topics;

/** The facts members-service publishes on {@value Topics#MEMBERS}, written through the outbox. */
@ApplicationScoped
public class MemberFacts {

    public static final String CHAPTER_CREATED = "org.givefirst.chapter.created.v1";

    private final Outbox outbox;

    public MemberFacts(Outbox outbox) {
        this.outbox = outbox;
    }

    public void chapterCreated(Chapter chapter) {
        outbox.publish(Topics.MEMBERS, chapter.id, CHAPTER_CREATED,
                new ChapterData(chapter.id.toString(), chapter.slug, chapter.name, chapter.city, chapter.timeZone));
    }

    public record ChapterData(String chapterId, String slug, String name, String city, String timeZone) {
    }
}
