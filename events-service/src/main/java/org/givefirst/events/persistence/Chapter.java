package org.givefirst.events.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Optional;
import java.util.UUID;

/** A chapter as members-service's facts describe it (read model; see {@code MembersTopicConsumer}). */
@Entity
@Table(name = "chapter")
public class Chapter extends PanacheEntityBase {

    @Id
    @Column(name = "chapter_id")
    public UUID chapterId;

    @Column(nullable = false, unique = true)
    public String slug;

    @Column(nullable = false)
    public String name;

    public String city;

    @Column(name = "time_zone", nullable = false)
    public String timeZone;

    public static Optional<Chapter> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    public static boolean exists(String slug) {
        return count("slug", slug) > 0;
    }
}
