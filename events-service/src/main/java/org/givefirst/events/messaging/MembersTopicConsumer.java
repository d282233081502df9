package org.givefirst.events.messaging;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.givefirst.events.service.ErasureService;
import org.givefirst.platform.contracts.FactTypes;
import org.givefirst.platform.messaging.FactInbox;
import org.givefirst.platform.messaging.IncomingFact;
import org.jboss.logging.Logger;

/**
 * Reads {@code givefirst.members.v1}. Only erasure matters here: an erased member's RSVPs,
 * invitations and attendance are anonymized. Each CloudEvent is applied once: its id is claimed in
 * the transaction of the change, so a redelivery is skipped.
 */
@ApplicationScoped
public class MembersTopicConsumer {

    public static final String CONSUMER = "events-service/members";

    private static final Logger LOG = Logger.getLogger(MembersTopicConsumer.class);

    private final FactInbox inbox;
    private final ErasureService erasures;
    private final Counter erasuresApplied;

    public MembersTopicConsumer(FactInbox inbox, ErasureService erasures, MeterRegistry registry) {
        this.inbox = inbox;
        this.erasures = erasures;
        this.erasuresApplied = Counter.builder("givefirst.member.erasures.applied")
                .description("member.erased facts applied (each CloudEvent once)")
                .register(registry);
    }

    @Incoming("members")
    @Blocking
    @Transactional
    public void on(ConsumerRecord<String, byte[]> record) {
        IncomingFact fact = inbox.claim(CONSUMER, record.value()).orElse(null);
        if (fact == null) {
            return;
        }
        if (fact.is(FactTypes.MEMBER_ERASED)) {
            UUID memberId = UUID.fromString(fact.data().path("memberId").asText());
            ErasureService.Erased erased = erasures.erase(memberId);
            erasuresApplied.increment();
            LOG.infof("Member erased (fact %s): %d RSVPs, %d invitations, %d attendance records anonymized",
                    fact.id(), erased.rsvps(), erased.invitations(), erased.attendances());
        }
    }
}
