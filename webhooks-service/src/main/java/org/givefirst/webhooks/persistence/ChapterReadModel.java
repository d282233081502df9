package org.givefirst.webhooks.persistence;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;

/**
 * Read models fed by the topics: the chapters of each member and the chapter of each introduction, for
 * the facts that do not name their chapter (member.erased, introduction.accepted, ...). Native
 * statements: two small tables of keys, nothing to map.
 */
public final class ChapterReadModel {

    private ChapterReadModel() {
    }

    public static void replace(EntityManager em, UUID memberId, List<String> chapters) {
        em.createNativeQuery("delete from member_chapter where member_id = :m").setParameter("m", memberId).executeUpdate();
        for (String chapter : chapters) {
            join(em, memberId, chapter);
        }
    }

    public static void join(EntityManager em, UUID memberId, String chapter) {
        em.createNativeQuery("insert into member_chapter (member_id, chapter) values (:m, :c) on conflict do nothing")
                .setParameter("m", memberId).setParameter("c", chapter).executeUpdate();
    }

    public static void leave(EntityManager em, UUID memberId, String chapter) {
        em.createNativeQuery("delete from member_chapter where member_id = :m and chapter = :c")
                .setParameter("m", memberId).setParameter("c", chapter).executeUpdate();
    }

    @SuppressWarnings("unchecked")
    public static List<String> chaptersOf(EntityManager em, UUID memberId) {
        return em.createNativeQuery("select chapter from member_chapter where member_id = :m order by chapter")
                .setParameter("m", memberId).getResultList();
    }

    public static void forget(EntityManager em, UUID memberId) {
        em.createNativeQuery("delete from member_chapter where member_id = :m").setParameter("m", memberId).executeUpdate();
    }

    public static void introductionIn(EntityManager em, UUID introductionId, String chapter) {
        em.createNativeQuery("insert into introduction_chapter (introduction_id, chapter) values (:i, :c) on conflict do nothing")
                .setParameter("i", introductionId).setParameter("c", chapter).executeUpdate();
    }

    @SuppressWarnings("unchecked")
    public static List<String> chapterOfIntroduction(EntityManager em, UUID introductionId) {
        return em.createNativeQuery("select chapter from introduction_chapter where introduction_id = :i")
                .setParameter("i", introductionId).getResultList();
    }
}
