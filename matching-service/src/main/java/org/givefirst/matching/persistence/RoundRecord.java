package org.givefirst.matching.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A chapter's matching round as it ran: its size, its total weight and its measured quality. */
@Entity
@Table(name = "matching_round")
public class RoundRecord extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String chapter;

    @Column(name = "per_member_limit", nullable = false)
    public int perMemberLimit;

    @Column(name = "requested_by", nullable = false)
    public String requestedBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    /** Members of the chapter known to matching when the round ran. */
    @Column(nullable = false)
    public int members;

    /** Members that could get an introduction (open, under their monthly limit). */
    @Column(name = "eligible_members", nullable = false)
    public int eligibleMembers;

    /** Pairs of the eligible two-way graph. */
    @Column(name = "eligible_pairs", nullable = false)
    public int eligiblePairs;

    @Column(name = "total_weight", nullable = false)
    public long totalWeight;

    /** Weight of the exact round on the same graph; null when it was too large to compute. */
    @Column(name = "optimum_weight")
    public Long optimumWeight;

    @Column(name = "share_of_optimum")
    public Double shareOfOptimum;

    @Column(nullable = false)
    public double coverage;

    @Column(name = "connected_coverage", nullable = false)
    public double connectedCoverage;

    @Column(name = "blocking_pairs", nullable = false)
    public int blockingPairs;
}
