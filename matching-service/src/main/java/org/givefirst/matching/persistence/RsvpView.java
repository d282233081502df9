package org.givefirst.matching.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.givefirst.platform.contracts.RsvpChange;

/** A member's latest RSVP to an event. */
@Entity
@Table(name = "rsvp_view")
@IdClass(EventMemberKey.class)
public class RsvpView extends PanacheEntityBase {

    /** RSVP statuses that mean the member has a seat. */
    public static final Set<String> SEATED = Set.of(RsvpChange.GOING.wireName(), RsvpChange.PROMOTED.wireName());

    @Id
    @Column(name = "event_id")
    public UUID eventId;

    @Id
    @Column(name = "member_id")
    public UUID memberId;

    @Column(nullable = false)
    public String status;

    @Column(name = "brings_guest", nullable = false)
    public boolean bringsGuest;

    public Integer position;

    public boolean seated() {
        return SEATED.contains(status);
    }

    public static List<RsvpView> seatedAt(UUID eventId) {
        return list("eventId = ?1 and status in ?2 order by memberId", eventId, SEATED);
    }
}
