package org.givefirst.matching.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.givefirst.matching.domain.Reliability;
import org.givefirst.matching.domain.Reliability.Outcome;

/**
 * Each member's {@link Reliability}, from what the read models hold: attendance the host recorded
 * (came: {@code SHOWED_UP}; had a seat and did not come: {@code NO_SHOW}, at the event's start) and
 * introductions (answered: {@code ANSWERED} at the answer; expired without the member's answer:
 * {@code LEFT_UNANSWERED} at the expiry).
 */
@ApplicationScoped
public class Reliabilities {

    private final EntityManager em;

    public Reliabilities(EntityManager em) {
        this.em = em;
    }

    public Reliability of(UUID memberId) {
        return of(List.of(memberId)).getOrDefault(memberId, Reliability.RELIABLE);
    }

    /** The reliability of these members; members with no outcome are left out (reliable). */
    public Map<UUID, Reliability> of(Collection<UUID> memberIds) {
        Map<UUID, List<Reliability.Event>> outcomes = new HashMap<>();
        for (List<UUID> chunk : Chunks.of(memberIds)) {
            @SuppressWarnings("unchecked")
            List<Object[]> attendance = em.createNativeQuery("""
                    select a.member_id, a.attended, coalesce(e.starts_at, e.updated_at) from attendance_view a
                      join event_view e on e.event_id = a.event_id
                     where a.member_id in (?1) and e.status <> 'cancelled'""")
                    .setParameter(1, chunk).getResultList();
            for (Object[] row : attendance) {
                add(outcomes, row[0], Boolean.TRUE.equals(row[1]) ? Outcome.SHOWED_UP : Outcome.NO_SHOW, row[2]);
            }
            @SuppressWarnings("unchecked")
            List<Object[]> introductions = em.createNativeQuery("""
                    select member_a, a_responded_at, status, closed_at from introduction
                     where member_a in (?1) and (a_responded_at is not null or status = 'expired')
                    union all
                    select member_b, b_responded_at, status, closed_at from introduction
                     where member_b in (?1) and (b_responded_at is not null or status = 'expired')""")
                    .setParameter(1, chunk).getResultList();
            for (Object[] row : introductions) {
                if (row[1] != null) {
                    add(outcomes, row[0], Outcome.ANSWERED, row[1]);
                } else if (row[3] != null) {
                    add(outcomes, row[0], Outcome.LEFT_UNANSWERED, row[3]);
                }
            }
        }
        Map<UUID, Reliability> reliabilities = new HashMap<>();
        outcomes.forEach((id, events) -> reliabilities.put(id, Reliability.of(events)));
        return reliabilities;
    }

    private static void add(Map<UUID, List<Reliability.Event>> outcomes, Object member, Outcome outcome, Object at) {
        outcomes.computeIfAbsent((UUID) member, id -> new ArrayList<>())
                .add(new Reliability.Event(GivingLedgers.toOffset(at).toInstant(), outcome));
    }
}
