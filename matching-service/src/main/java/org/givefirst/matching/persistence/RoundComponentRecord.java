package org.givefirst.matching.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** How one connected component of a round was matched in one pass, and with which method. */
@Entity
@Table(name = "round_component")
@IdClass(RoundComponentRecord.Key.class)
public class RoundComponentRecord extends PanacheEntityBase {

    @Id
    @Column(name = "round_id")
    public UUID roundId;

    @Id
    public int seq;

    @Column(nullable = false)
    public int pass;

    @Column(nullable = false)
    public int vertices;

    @Column(nullable = false)
    public int edges;

    @Column(nullable = false)
    public String method;

    @Column(nullable = false)
    public int pairs;

    @Column(nullable = false)
    public long weight;

    public static List<RoundComponentRecord> ofRound(UUID roundId) {
        return list("roundId = ?1 order by seq", roundId);
    }

    /** The composite key: the round and the component's position in it. */
    public static class Key implements Serializable {
        public UUID roundId;
        public int seq;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(roundId, k.roundId) && seq == k.seq;
        }

        @Override
        public int hashCode() {
            return Objects.hash(roundId, seq);
        }
    }
}
