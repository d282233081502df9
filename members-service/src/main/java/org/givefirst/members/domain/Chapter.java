package org.givefirst.members.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Optional;
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

    public static Optional<Chapter> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }
}
