package org.givefirst.platform.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Where a consumer takes a record from: the record is read as a CloudEvent and its id claimed for the
 * consumer in the transaction of the change it will cause ({@link ProcessedEvents}), so that a
 * redelivered fact is recognised and skipped. Every consumer starts with
 * {@code inbox.claim(CONSUMER, record.value())} and applies the fact when one comes back.
 */
@ApplicationScoped
public class FactInbox {

    private static final Logger LOG = Logger.getLogger(FactInbox.class);

    private final CloudEvents cloudEvents;
    private final ProcessedEvents processed;

    public FactInbox(CloudEvents cloudEvents, ProcessedEvents processed) {
        this.cloudEvents = cloudEvents;
        this.processed = processed;
    }

    /**
     * The fact of a record, the first time this consumer receives it.
     *
     * @param consumer the name of the consuming handler, e.g. {@code events-service/members}
     * @return empty when this consumer already applied the fact (skip it)
     * @throws IllegalArgumentException when the record is not a CloudEvent with JSON data (the
     *         channel's failure strategy then takes it, e.g. to a dead-letter topic)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<IncomingFact> claim(String consumer, byte[] recordValue) {
        IncomingFact fact = cloudEvents.parse(recordValue);
        if (!processed.firstDelivery(consumer, fact.id())) {
            LOG.debugf("Fact %s already applied by %s, skipped", fact.id(), consumer);
            return Optional.empty();
        }
        return Optional.of(fact);
    }
}
