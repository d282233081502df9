package org.givefirst.platform.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Makes a consumer idempotent: it records each CloudEvent id it applied, in the same transaction as
 * the change the event caused, so a redelivered event is recognised and skipped.
 */
@ApplicationScoped
public class ProcessedEvents {

    private final EntityManager em;

    public ProcessedEvents(EntityManager em) {
        this.em = em;
    }

    /**
     * Claims an event for a consumer.
     *
     * @param consumer the name of the consuming handler, e.g. {@code events-service/members}
     * @param eventId the CloudEvent id
     * @return true the first time; false when this consumer already applied the event (then skip it)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(String consumer, String eventId) {
        int inserted = em.createNativeQuery(
                        "insert into processed_event (consumer, event_id) values (?1, ?2) on conflict do nothing")
                .setParameter(1, consumer)
                .setParameter(2, eventId)
                .executeUpdate();
        return inserted == 1;
    }
}
