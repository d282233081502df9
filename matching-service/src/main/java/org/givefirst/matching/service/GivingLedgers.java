package org.givefirst.matching.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.givefirst.matching.config.MatchingConfig;
import org.givefirst.matching.domain.GivingAct;
import org.givefirst.matching.domain.GivingLedger;

/**
 * The giving ledger as stored: one {@code giving_entry} row per act, keyed by member, kind and the
 * event or introduction that caused it. Recording the same cause again changes nothing, so the
 * ledger counts an act once however often its facts are delivered. The dated acts become the domain's
 * {@link GivingLedger} as of now, decayed with {@code givefirst.matching.giving.half-life} (180 days by
 * default); the ledger owns the points, the balance, the taker rule and the factor.
 */
@ApplicationScoped
public class GivingLedgers {

    /** The kinds of ledger entries. */
    public enum Kind {
        /** Hosted an event that took place (source: the event). */
        HOSTED,
        /** Attended a volunteering event (source: the event). */
        VOLUNTEERED,
        /** Came to an event with the guest they brought (source: the event). */
        BROUGHT_GUEST,
        /** The other side of an introduction confirmed this member helped them (source: the introduction). */
        HELP_CONFIRMED,
        /** Received an introduction both sides accepted (source: the introduction); taking. */
        INTRODUCTION_RECEIVED
    }

    /** One act in a member's ledger. */
    public record Entry(Kind kind, UUID sourceId, OffsetDateTime occurredAt) {
    }

    private final EntityManager em;
    private final Clock clock;
    private final MatchingConfig config;

    public GivingLedgers(EntityManager em, Clock clock, MatchingConfig config) {
        this.em = em;
        this.clock = clock;
        this.config = config;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(UUID memberId, Kind kind, UUID sourceId, OffsetDateTime occurredAt) {
        em.createNativeQuery("""
                insert into giving_entry (member_id, kind, source_id, occurred_at) values (?1, ?2, ?3, ?4)
                on conflict do nothing""")
                .setParameter(1, memberId).setParameter(2, kind.name()).setParameter(3, sourceId)
                .setParameter(4, occurredAt).executeUpdate();
    }

    /** Records the act when {@code holds}, removes it otherwise (facts can change: a no-show, a cancelled event). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void set(UUID memberId, Kind kind, UUID sourceId, OffsetDateTime occurredAt, boolean holds) {
        if (holds) {
            record(memberId, kind, sourceId, occurredAt);
        } else {
            remove(memberId, kind, sourceId);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void remove(UUID memberId, Kind kind, UUID sourceId) {
        em.createNativeQuery("delete from giving_entry where member_id = ?1 and kind = ?2 and source_id = ?3")
                .setParameter(1, memberId).setParameter(2, kind.name()).setParameter(3, sourceId).executeUpdate();
    }

    /** Removes the acts of this kind caused by this source for everyone but {@code keep} (a host changed). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void removeOthers(Kind kind, UUID sourceId, UUID keep) {
        if (keep == null) {
            em.createNativeQuery("delete from giving_entry where kind = ?1 and source_id = ?2")
                    .setParameter(1, kind.name()).setParameter(2, sourceId).executeUpdate();
        } else {
            em.createNativeQuery("delete from giving_entry where kind = ?1 and source_id = ?2 and member_id <> ?3")
                    .setParameter(1, kind.name()).setParameter(2, sourceId).setParameter(3, keep).executeUpdate();
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void eraseMember(UUID memberId) {
        em.createNativeQuery("delete from giving_entry where member_id = ?1").setParameter(1, memberId).executeUpdate();
    }

    /** The member's ledger as of now. */
    public GivingLedger ledgerOf(UUID memberId) {
        return ledgersOf(List.of(memberId), clock.instant()).getOrDefault(memberId, GivingLedger.empty());
    }

    /** The half-life the ledgers decay with. */
    public java.time.Duration halfLife() {
        return config.giving().halfLife();
    }

    /**
     * The ledgers of these members as of {@code asOf}: counts of every act, and points decayed by
     * their age; members without entries are left out (an empty ledger).
     */
    public Map<UUID, GivingLedger> ledgersOf(Collection<UUID> memberIds, Instant asOf) {
        Map<UUID, List<GivingAct>> acts = new HashMap<>();
        for (List<UUID> chunk : Chunks.of(memberIds)) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select member_id, kind, occurred_at from giving_entry where member_id in (?1)")
                    .setParameter(1, chunk).getResultList();
            for (Object[] row : rows) {
                acts.computeIfAbsent((UUID) row[0], id -> new ArrayList<>())
                        .add(GivingAct.of(GivingAct.Kind.valueOf((String) row[1]), toOffset(row[2]).toInstant()));
            }
        }
        Map<UUID, GivingLedger> ledgers = new HashMap<>();
        acts.forEach((id, list) -> ledgers.put(id, GivingLedger.of(list, asOf, halfLife())));
        return ledgers;
    }

    /** The member's latest acts, newest first. */
    public List<Entry> recent(UUID memberId, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select kind, source_id, occurred_at from giving_entry where member_id = ?1
                 order by occurred_at desc, kind, source_id limit ?2""")
                .setParameter(1, memberId).setParameter(2, limit).getResultList();
        return rows.stream().map(row -> new Entry(Kind.valueOf((String) row[0]), (UUID) row[1], toOffset(row[2]))).toList();
    }

    static OffsetDateTime toOffset(Object value) {
        if (value instanceof OffsetDateTime odt) {
            return odt;
        }
        if (value instanceof java.time.Instant instant) {
            return instant.atOffset(java.time.ZoneOffset.UTC);
        }
        if (value instanceof java.sql.Timestamp ts) {
            return ts.toInstant().atOffset(java.time.ZoneOffset.UTC);
        }
        throw new IllegalStateException("Not a timestamp: " + value);
    }
}
