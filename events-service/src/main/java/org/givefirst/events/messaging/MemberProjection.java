package org.givefirst.events.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.givefirst.events.persistence.Chapter;
import org.givefirst.events.persistence.Member;

/**
 * Keeps events-service's read model of members-service's facts: chapters, memberships, display
 * names. Each method applies one fact's data ({@code docs/events/members/}); applying the same data
 * twice changes nothing.
 */
@ApplicationScoped
public class MemberProjection {

    /** {@code chapter.created} and {@code chapter.updated}: the chapter's whole state. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void chapter(JsonNode data) {
        UUID id = UUID.fromString(data.path("chapterId").asText());
        Chapter chapter = Chapter.findById(id);
        if (chapter == null) {
            chapter = new Chapter();
            chapter.chapterId = id;
        }
        chapter.slug = data.path("slug").asText();
        chapter.name = data.path("name").asText(chapter.slug);
        chapter.city = data.path("city").isTextual() ? data.path("city").asText() : null;
        chapter.timeZone = data.path("timeZone").asText("UTC");
        chapter.persist();
    }

    /**
     * {@code member.registered} and {@code member.updated}: the member's whole public state, which
     * replaces what is held unless it is older (a lower version) or the member was erased.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void profile(JsonNode data) {
        UUID id = UUID.fromString(data.path("memberId").asText());
        Long version = data.path("version").canConvertToLong() ? data.path("version").asLong() : null;
        Member member = Member.findById(id);
        if (member == null) {
            member = new Member();
            member.id = id;
        } else if (member.erased || (version != null && member.version != null && version < member.version)) {
            return;
        }
        member.version = version;
        if (data.path("displayName").isTextual()) {
            member.displayName = data.path("displayName").asText();
        }
        member.publicProfile = data.path("publicProfile").asBoolean(false);
        member.persist();
        if (data.path("chapters").isArray()) {
            List<String> chapters = new ArrayList<>();
            data.path("chapters").forEach(slug -> chapters.add(slug.asText()));
            Member.replaceChapters(id, chapters);
        }
    }

    /** {@code member.joined-chapter}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void joined(UUID memberId, String chapter) {
        Member member = Member.findById(memberId);
        if (member != null && member.erased) {
            return;
        }
        if (member == null) { // the profile fact was lost or is late: the membership still counts
            member = new Member();
            member.id = memberId;
            member.persist();
        }
        Member.join(memberId, chapter);
    }

    /** {@code member.left-chapter}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void left(UUID memberId, String chapter) {
        Member.leave(memberId, chapter);
    }

    /** {@code member.erased}: the name and the memberships go; the row stays, marked, so that nothing brings them back. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void erased(UUID memberId) {
        Member member = Member.findById(memberId);
        if (member == null) {
            member = new Member();
            member.id = memberId;
        }
        member.erased = true;
        member.displayName = null;
        member.publicProfile = false;
        member.persist();
        Member.replaceChapters(memberId, List.of());
    }
}
