package org.givefirst.matching.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;

/**
 * A double opt-in introduction between two members: suggested → accepted (by one side) → made
 * (by both), or declined, expired, withdrawn (a member was erased while it was open).
 */
@Entity
@Table(name = "introduction")
public class Introduction extends PanacheEntityBase {

    public static final String SUGGESTED = "suggested";
    public static final String ACCEPTED = "accepted";
    public static final String MADE = "made";
    public static final String DECLINED = "declined";
    public static final String EXPIRED = "expired";
    public static final String WITHDRAWN = "withdrawn";

    /** Statuses waiting for answers. */
    public static final Set<String> OPEN = Set.of(SUGGESTED, ACCEPTED);

    public static final String ACCEPT = "accept";
    public static final String DECLINE = "decline";

    @Id
    public UUID id;

    @Column(name = "round_id")
    public UUID roundId;

    @Column(nullable = false)
    public String chapter;

    @Column(name = "member_a")
    public UUID memberA;

    @Column(name = "member_b")
    public UUID memberB;

    @Column(nullable = false)
    public int weight;

    @Column(nullable = false)
    public int pass;

    /** Sorted JSON array of the tags A offers that B seeks. */
    @Column(name = "a_can_give_json", nullable = false)
    public String aCanGiveJson;

    @Column(name = "b_can_give_json", nullable = false)
    public String bCanGiveJson;

    @Column(name = "gathering_event_id")
    public UUID gatheringEventId;

    @Column(nullable = false)
    public String status;

    @Column(name = "a_response")
    public String aResponse;

    @Column(name = "b_response")
    public String bResponse;

    @Column(name = "a_responded_at")
    public OffsetDateTime aRespondedAt;

    @Column(name = "b_responded_at")
    public OffsetDateTime bRespondedAt;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "expires_at", nullable = false)
    public OffsetDateTime expiresAt;

    @Column(name = "made_at")
    public OffsetDateTime madeAt;

    @Column(name = "closed_at")
    public OffsetDateTime closedAt;

    @Column(name = "a_met")
    public Boolean aMet;

    @Column(name = "a_other_helped")
    public Boolean aOtherHelped;

    @Column(name = "a_feedback_at")
    public OffsetDateTime aFeedbackAt;

    @Column(name = "b_met")
    public Boolean bMet;

    @Column(name = "b_other_helped")
    public Boolean bOtherHelped;

    @Column(name = "b_feedback_at")
    public OffsetDateTime bFeedbackAt;

    public boolean involves(UUID memberId) {
        return memberId != null && (memberId.equals(memberA) || memberId.equals(memberB));
    }

    public boolean isOpen() {
        return OPEN.contains(status);
    }

    /** The other member of the introduction, null when erased. */
    public UUID otherThan(UUID memberId) {
        return memberId.equals(memberA) ? memberB : memberA;
    }
}
