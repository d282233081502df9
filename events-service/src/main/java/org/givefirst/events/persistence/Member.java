package org.givefirst.events.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A member as members-service's facts describe them (read model): the display name, whether visitors
 * without a token may see it, the chapters they belong to. An erased member keeps a row without a
 * name, so that a late fact cannot bring them back.
 */
@Entity
@Table(name = "member")
public class Member extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "display_name")
    public String displayName;

    @Column(name = "public_profile", nullable = false)
    public boolean publicProfile;

    public Long version;

    @Column(nullable = false)
    public boolean erased;

    /** The members among these ids that are known and not erased. */
    public static List<Member> known(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        if (ids.size() == 1) {
            // One member (an event's host): a load by id, without translating a query whose IN list
            // Hibernate cannot keep translated.
            Member member = findById(ids.iterator().next());
            return member == null || member.erased ? List.of() : List.of(member);
        }
        return list("id in ?1 and erased = false", ids);
    }

    /** The slugs of the chapters a member belongs to. */
    @SuppressWarnings("unchecked")
    public static Set<String> chaptersOf(UUID memberId) {
        return Set.copyOf(getEntityManager()
                .createNativeQuery("select chapter from chapter_membership where member_id = ?1")
                .setParameter(1, memberId).getResultList());
    }

    public static boolean belongsTo(UUID memberId, String chapter) {
        return ((Number) getEntityManager()
                .createNativeQuery("select count(*) from chapter_membership where member_id = ?1 and chapter = ?2")
                .setParameter(1, memberId).setParameter(2, chapter).getSingleResult()).longValue() > 0;
    }

    public static void join(UUID memberId, String chapter) {
        getEntityManager().createNativeQuery("insert into chapter_membership (member_id, chapter) values (?1, ?2) on conflict do nothing")
                .setParameter(1, memberId).setParameter(2, chapter).executeUpdate();
    }

    public static void leave(UUID memberId, String chapter) {
        getEntityManager().createNativeQuery("delete from chapter_membership where member_id = ?1 and chapter = ?2")
                .setParameter(1, memberId).setParameter(2, chapter).executeUpdate();
    }

    /** Replaces the member's chapters with these. */
    public static void replaceChapters(UUID memberId, Collection<String> chapters) {
        getEntityManager().createNativeQuery("delete from chapter_membership where member_id = ?1")
                .setParameter(1, memberId).executeUpdate();
        for (String chapter : chapters) {
            join(memberId, chapter);
        }
    }
}
