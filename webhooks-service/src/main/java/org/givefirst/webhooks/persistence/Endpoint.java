package org.givefirst.webhooks.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A receiver an organizer registered for their chapter: where to send, which facts, how to sign. */
@Entity
@Table(name = "webhook_endpoint")
public class Endpoint extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String chapter;

    @Column(nullable = false)
    public String url;

    public String description;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "fact_types", nullable = false, columnDefinition = "text[]")
    public List<String> factTypes = new ArrayList<>();

    @Column(nullable = false)
    public String secret;

    @Column(name = "previous_secret")
    public String previousSecret;

    @Column(name = "previous_secret_until")
    public Instant previousSecretUntil;

    @Column(nullable = false)
    public boolean enabled = true;

    @Column(name = "disabled_reason")
    public String disabledReason;

    @Column(name = "disabled_at")
    public Instant disabledAt;

    @Column(name = "last_success_at")
    public Instant lastSuccessAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** Records an accepted delivery (a bulk update: concurrent results never conflict). */
    public static void succeeded(UUID id, Instant at) {
        update("lastSuccessAt = ?1 where id = ?2 and (lastSuccessAt is null or lastSuccessAt < ?1)", at, id);
    }

    /** Disables an enabled endpoint with the reason its organizer sees; false when it was not enabled. */
    public static boolean disable(UUID id, String reason, Instant at) {
        return update("enabled = false, disabledReason = ?1, disabledAt = ?2 where id = ?3 and enabled = true", reason, at, id) == 1;
    }

    /** The enabled endpoints of these chapters that chose this fact type. */
    public static List<Endpoint> subscribed(List<String> chapters, String factType) {
        if (chapters.isEmpty()) {
            return List.of();
        }
        return getEntityManager().createNativeQuery(
                        "select * from webhook_endpoint where chapter = any(cast(:chapters as text[])) and :type = any(fact_types)",
                        Endpoint.class)
                .setParameter("chapters", chapters.toArray(String[]::new))
                .setParameter("type", factType)
                .getResultList();
    }

    /** A page of endpoints of these chapters (all chapters when null), after the given id. */
    public static List<Endpoint> page(List<String> chapters, UUID after, int limit) {
        StringBuilder query = new StringBuilder("1 = 1");
        var params = new java.util.HashMap<String, Object>();
        if (chapters != null) {
            query.append(" and chapter in :chapters");
            params.put("chapters", chapters);
        }
        if (after != null) {
            query.append(" and id > :after");
            params.put("after", after);
        }
        return find(query + " order by id", params).page(0, limit).list();
    }
}
