package org.givefirst.members.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * What is left of an erased member: the id and when, nothing personal. It lets the service answer
 * 410 Gone instead of pretending the member never existed, and refuse to reuse the id, which every
 * other service has erased for good.
 */
@Entity
@Table(name = "erased_member")
public class ErasedMember extends PanacheEntityBase {

    @Id
    public java.util.UUID id;

    @Column(name = "erased_at", nullable = false)
    public OffsetDateTime erasedAt;
}
