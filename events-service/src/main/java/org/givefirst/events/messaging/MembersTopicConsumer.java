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
 * Reads {@code givefirst.members.v1}: chapters, memberships and display names feed the read model
 * ({@link MemberProjection}) that access rules and answers read instead of calling members-service;
 * an erasure also anonymizes the member's events, RSVPs, invitations and attendance. Each CloudEvent
 * is applied once: its id is claimed in the transaction of the change, so a redelivery is skipped.
 */
@ApplicationScoped
public class MembersTopicConsumer {

    public static final String CONSUMER = "events-service/members";

    private static final Logger LOG = Logger.getLogger(MembersTopicConsumer.class);

    private final FactInbox inbox;
    private final MemberProjection projection;
    private final ErasureService erasures;
    private final Counter erasuresApplied;

    public MembersTopicConsumer(FactInbox inbox, MemberProjection projection, ErasureService erasures, MeterRegistry registry) {
        this.inbox = inbox;
        this.projection = projection;
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
        switch (fact.type()) {
            case FactTypes.CHAPTER_CREATED, FactTypes.CHAPTER_UPDATED -> projection.chapter(fact.data());
            case FactTypes.MEMBER_REGISTERED, FactTypes.MEMBER_UPDATED -> projection.profile(fact.data());
            case FactTypes.MEMBER_JOINED_CHAPTER -> projection.joined(memberId(fact), fact.data().path("chapter").asText());
            case FactTypes.MEMBER_LEFT_CHAPTER -> projection.left(memberId(fact), fact.data().path("chapter").asText());
            case FactTypes.MEMBER_ERASED -> {
                UUID memberId = memberId(fact);
                projection.erased(memberId);
                ErasureService.Erased erased = erasures.erase(memberId);
                erasuresApplied.increment();
                LOG.infof("Member erased (fact %s): %d events' host, %d RSVPs, %d invitations, %d attendance records anonymized",
                        fact.id(), erased.hosted(), erased.rsvps(), erased.invitations(), erased.attendances());
            }
            default -> LOG.debugf("Fact %s of type %s is not used here", fact.id(), fact.type());
        }
    }

    private static UUID memberId(IncomingFact fact) {
        return UUID.fromString(fact.data().path("memberId").asText());
    }
}
