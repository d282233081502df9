package org.givefirst.members.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.givefirst.members.messaging.MemberFacts.MemberData;
import org.givefirst.members.persistence.Chapter;
import org.givefirst.members.persistence.Member;
import org.givefirst.platform.problem.ProblemException;

/** A member joins and leaves chapters: {@code member.updated}, then {@code member.joined-chapter} / {@code left-chapter}. */
@ApplicationScoped
public class Memberships {

    private final MemberStore store;

    public Memberships(MemberStore store) {
        this.store = store;
    }

    /**
     * The member joins a chapter.
     *
     * @return false when they already belonged to it (nothing changes, nothing is published)
     */
    @Transactional
    public boolean join(UUID memberId, String slug) {
        Chapter chapter = MemberStore.chapter(slug);
        Member member = store.lock(memberId);
        if (member.chapters.contains(chapter)) {
            return false;
        }
        if (member.chapters.size() >= MemberStore.MAX_CHAPTERS) {
            throw ProblemException.conflict("A member belongs to at most " + MemberStore.MAX_CHAPTERS
                    + " chapters: leave one first");
        }
        MemberData before = MemberData.of(member);
        Set<Chapter> wanted = new LinkedHashSet<>(member.chapters);
        wanted.add(chapter);
        store.save(member, before, false, MemberStore.moveTo(member, wanted));
        return true;
    }

    /**
     * The member leaves a chapter, and stops organizing it.
     *
     * @return false when they did not belong to it (nothing changes, nothing is published)
     */
    @Transactional
    public boolean leave(UUID memberId, String slug) {
        Chapter chapter = MemberStore.chapter(slug);
        Member member = store.lock(memberId);
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
        store.save(member, before, false, MemberStore.moveTo(member, wanted));
        return true;
    }
}
