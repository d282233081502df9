package org.givefirst.matching.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A member's public profile as published by members-service. Offers, objectives and preferred
 * formats are kept as the JSON they arrived in; chapters and normalized tags are in
 * {@code member_chapter} and {@code member_tag} so that they can be looked up.
 */
@Entity
@Table(name = "member_profile")
public class MemberView extends PanacheEntityBase {

    @Id
    @Column(name = "member_id")
    public UUID memberId;

    /** members-service's version of the profile, when it sends one: an older profile never replaces a newer one. */
    public Long version;

    @Column(name = "display_name", nullable = false)
    public String displayName;

    public String city;

    @Column(name = "time_zone")
    public String timeZone;

    @Column(name = "offers_json", nullable = false)
    public String offersJson;

    @Column(name = "objectives_json", nullable = false)
    public String objectivesJson;

    @Column(name = "formats_json", nullable = false)
    public String formatsJson;

    @Column(name = "open_to_introductions", nullable = false)
    public boolean openToIntroductions;

    @Column(name = "max_introductions_per_month", nullable = false)
    public int maxIntroductionsPerMonth;

    @Column(name = "allow_other_chapters", nullable = false)
    public boolean allowOtherChapters;

    /** Private: happy to help newcomers and people starting out (from the member's introduction preferences). */
    @Column(name = "helps_newcomers", nullable = false)
    public boolean helpsNewcomers;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    /** Something a member can give, as {@code offers_json} holds it. */
    public record Offer(List<String> tags, String text) {
    }

    /** A networking objective as {@code objectives_json} holds it: what, who, where, its tags, priority 1–5 and specificity 0–100. */
    public record ObjectiveText(String what, String who, String where, List<String> tags, int priority, int specificity) {
    }
}
