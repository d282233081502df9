package org.givefirst.webhooks.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One fact for one endpoint: recorded before the first attempt, with the outcome of the last one. */
@Entity
@Table(name = "webhook_delivery")
public class Delivery extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "endpoint_id", nullable = false)
    public UUID endpointId;

    @Column(name = "fact_id", nullable = false)
    public String factId;

    @Column(name = "fact_type", nullable = false)
    public String factType;

    @Column(name = "fact_time", nullable = false)
    public Instant factTime;

    @Column(name = "member_id")
    public UUID memberId;

    @Column(nullable = false)
    public String body;

    /** {@code DeliveryStatus.wireName()}. */
    @Column(nullable = false)
    public String status;

    public int attempts;

    @Column(name = "round_attempts")
    public int roundAttempts;

    @Column(name = "round_started_at")
    public Instant roundStartedAt;

    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    @Column(name = "last_attempt_at")
    public Instant lastAttemptAt;

    @Column(name = "last_status_code")
    public Integer lastStatusCode;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "response_excerpt")
    public String responseExcerpt;

    @Column(name = "last_duration_ms")
    public Long lastDurationMs;

    @Column(name = "delivered_at")
    public Instant deliveredAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /**
     * Claims up to {@code limit} pending deliveries due by {@code now} of enabled endpoints, skipping rows
     * another replica holds: the caller moves their next attempt past its lease in the same transaction.
     */
    @SuppressWarnings("unchecked")
    public static List<Delivery> claimDue(Instant now, int limit) {
        return getEntityManager().createNativeQuery("""
                        select d.* from webhook_delivery d
                        where d.status = 'pending' and d.next_attempt_at <= :now
                          and exists (select 1 from webhook_endpoint e where e.id = d.endpoint_id and e.enabled)
                        order by d.next_attempt_at
                        limit :limit
                        for update of d skip locked""", Delivery.class)
                .setParameter("now", now)
                .setParameter("limit", limit)
                .getResultList();
    }

    /** A page of an endpoint's log, newest first, after the given (created at, id) key. */
    public static List<Delivery> log(UUID endpointId, String status, Instant beforeCreated, UUID beforeId, int limit) {
        StringBuilder query = new StringBuilder("endpointId = :endpoint");
        var params = new java.util.HashMap<String, Object>();
        params.put("endpoint", endpointId);
        if (status != null) {
            query.append(" and status = :status");
            params.put("status", status);
        }
        if (beforeCreated != null) {
            query.append(" and (createdAt < :created or (createdAt = :created and id < :id))");
            params.put("created", beforeCreated);
            params.put("id", beforeId);
        }
        return find(query + " order by createdAt desc, id desc", params).page(0, limit).list();
    }

    /** Puts deliveries of an endpoint in a time range (by fact time) back in line; answers how many. */
    public static int replayRange(UUID endpointId, Instant from, Instant to, List<String> statuses, Instant now) {
        return update("status = 'pending', roundStartedAt = ?1, nextAttemptAt = ?1, roundAttempts = 0 "
                        + "where endpointId = ?2 and factTime >= ?3 and factTime < ?4 and status in ?5",
                now, endpointId, from, to, statuses);
    }

    /** After an endpoint is enabled again: what waited is tried now, with a new day of retries. */
    public static int resumePending(UUID endpointId, Instant now) {
        return update("roundStartedAt = ?1, nextAttemptAt = ?1, roundAttempts = 0 where endpointId = ?2 and status = 'pending'", now, endpointId);
    }

    /** Forgets the profile facts of an erased member that are still held. */
    public static long eraseMember(UUID memberId) {
        return delete("memberId", memberId);
    }
}
