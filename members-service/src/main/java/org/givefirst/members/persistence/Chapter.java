package org.givefirst.members.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** A local group of members: they meet in its city and its time zone. */
@Entity
@Table(name = "chapter")
public class Chapter extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false, unique = true)
    public String slug;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String city;

    @Column(name = "time_zone", nullable = false)
    public String timeZone;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    /**
     * The members who organize the chapter, by name. Tokens remain the source of authorization: the
     * identity provider maps this list into the {@code organizer_of} claim of their tokens.
     */
    @ManyToMany
    @JoinTable(name = "chapter_organizer",
            joinColumns = @JoinColumn(name = "chapter_id"),
            inverseJoinColumns = @JoinColumn(name = "member_id"))
    @OrderBy("sortName, id")
    public Set<Member> organizers = new LinkedHashSet<>();

    public static Optional<Chapter> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    /** The chapter, its row locked until the transaction ends: changes of one chapter are published in order. */
    public static Optional<Chapter> findBySlug(String slug, jakarta.persistence.LockModeType lock) {
        return find("slug", slug).withLock(lock).firstResultOptional();
    }
}
