package org.givefirst.members.persistence;

import org.givefirst.platform.contracts.EventFormat;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A member's profile: who they are, the chapters they belong to, what they can give and what they
 * seek, and how they like to meet. The email is private: it leaves this service only through the
 * contact endpoint, never in a profile, a directory page or a fact.
 */
@Entity
@Table(name = "member_profile")
public class Member extends PanacheEntityBase {

    /** The member id: the subject of the member's tokens. */
    @Id
    public UUID id;

    /** Grows with every change; facts carry it so that a read model can tell the newer state. */
    @Version
    public long version;

    @Column(name = "display_name", nullable = false)
    public String displayName;

    /** The display name lower-cased: the directory's sort key. */
    @Column(name = "sort_name", nullable = false)
    public String sortName;

    public String headline;

    public String city;

    @Column(name = "time_zone", nullable = false)
    public String timeZone;

    @Column(nullable = false)
    public String email;

    @ManyToMany
    @JoinTable(name = "membership",
            joinColumns = @JoinColumn(name = "member_id"),
            inverseJoinColumns = @JoinColumn(name = "chapter_id"))
    @OrderBy("slug")
    public Set<Chapter> chapters = new LinkedHashSet<>();

    @OneToMany(mappedBy = "member", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<Offer> offers = new ArrayList<>();

    @OneToMany(mappedBy = "member", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<Objective> objectives = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "member_format", joinColumns = @JoinColumn(name = "member_id"))
    @Column(name = "format", nullable = false)
    @Enumerated(EnumType.STRING)
    @OrderBy
    public Set<EventFormat> formats = new LinkedHashSet<>();

    @Column(name = "open_to_introductions", nullable = false)
    public boolean openToIntroductions;

    @Column(name = "other_chapter_introductions", nullable = false)
    public boolean allowsOtherChapterIntroductions;

    @Column(name = "max_introductions_per_month", nullable = false)
    public int maxIntroductionsPerMonth;

    /** Private: happy to help newcomers and people who are starting out (matching prefers them as their partners). */
    @Column(name = "helps_newcomers", nullable = false)
    public boolean helpsNewcomers;

    /**
     * Private: members this member must never be introduced to, seated with or suggested to. Never
     * shown to them or in any view of another member; only the member, admins and matching-service see it.
     */
    @ElementCollection
    @CollectionTable(name = "member_never_introduce", joinColumns = @JoinColumn(name = "member_id"))
    @Column(name = "other_id", nullable = false)
    public Set<UUID> neverIntroduce = new LinkedHashSet<>();

    /** Private: members this member would like to meet (a bounded boost of a pair with two-way value). */
    @ElementCollection
    @CollectionTable(name = "member_wants_to_meet", joinColumns = @JoinColumn(name = "member_id"))
    @Column(name = "other_id", nullable = false)
    public Set<UUID> wantsToMeet = new LinkedHashSet<>();

    /** Listed for visitors without a token (a chapter website's member directory). */
    @Column(name = "public_profile", nullable = false)
    public boolean publicProfile;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    public void rename(String displayName) {
        this.displayName = displayName;
        this.sortName = displayName.toLowerCase(Locale.ROOT);
    }

    public List<String> chapterSlugs() {
        return chapters.stream().map(c -> c.slug).sorted().toList();
    }

    public static Optional<Member> findByEmail(String email) {
        return find("lower(email) = ?1", email.toLowerCase(Locale.ROOT)).firstResultOptional();
    }
}
