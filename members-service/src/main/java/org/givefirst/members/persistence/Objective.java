package org.givefirst.members.persistence;

import org.givefirst.members.domain.Specificity;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A networking objective: what information the member seeks, who could help, and optionally where
 * such people gather; its specificity is assessed by {@link Specificity} whenever it is written.
 */
@Entity
@Table(name = "objective")
public class Objective extends PanacheEntityBase {

    public static final int MIN_PRIORITY = 1;
    public static final int MAX_PRIORITY = 5;

    /** Stable across edits, so that "where should I go?" can be asked about one objective. */
    @Id
    public UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "member_id")
    public Member member;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String what;

    @Column(nullable = false)
    public String who;

    @Column(name = "where_text")
    public String where;

    /** 1 (nice to have) .. 5 (most important). */
    @Column(nullable = false)
    public int priority;

    /** 0..100, see {@link Specificity}. */
    @Column(nullable = false)
    public int specificity;

    @ElementCollection
    @CollectionTable(name = "objective_tag", joinColumns = @JoinColumn(name = "objective_id"))
    @OrderColumn(name = "position")
    @Column(name = "tag", nullable = false)
    public List<String> tags = new ArrayList<>();

    public Specificity.Assessment assessment() {
        return Specificity.assess(what, who, where, tags);
    }
}
