package org.givefirst.matching.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.util.UUID;

/** Whether a member came to an event, as recorded by its host. */
@Entity
@Table(name = "attendance_view")
@IdClass(EventMemberKey.class)
public class AttendanceView extends PanacheEntityBase {

    @Id
    @Column(name = "event_id")
    public UUID eventId;

    @Id
    @Column(name = "member_id")
    public UUID memberId;

    @Column(nullable = false)
    public boolean attended;
}
