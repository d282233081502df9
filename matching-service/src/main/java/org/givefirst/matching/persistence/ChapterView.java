package org.givefirst.matching.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Optional;
import java.util.UUID;

/** A chapter as announced by {@code chapter.created}. */
@Entity
@Table(name = "chapter_view")
public class ChapterView extends PanacheEntityBase {

    @Id
    @Column(name = "chapter_id")
    public UUID chapterId;

    @Column(nullable = false, unique = true)
    public String slug;

    @Column(nullable = false)
    public String name;

    public String city;

    @Column(name = "time_zone")
    public String timeZone;

    public static Optional<ChapterView> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }
}
