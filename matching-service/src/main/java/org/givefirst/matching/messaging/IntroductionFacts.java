package org.givefirst.matching.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.givefirst.matching.persistence.Introduction;
import org.givefirst.platform.contracts.FactTypes;
import org.givefirst.platform.outbox.Outbox;
import org.givefirst.platform.outbox.Topics;

/**
 * The facts matching-service publishes on {@value Topics#INTRODUCTIONS}, through the outbox, keyed
 * by introduction id. No fact carries contact details: those reach the two members only through
 * {@code GET /api/v1/introductions/{id}} once both accepted. Schemas and samples:
 * {@code docs/events/introductions/}.
 */
@ApplicationScoped
public class IntroductionFacts {

    private final Outbox outbox;

    public IntroductionFacts(Outbox outbox) {
        this.outbox = outbox;
    }

    /** The gathering an introduction is proposed around. */
    public record Gathering(UUID eventId, String title, String format, OffsetDateTime startsAt) {
    }

    public record SuggestedData(UUID introductionId, UUID roundId, String chapter, UUID memberA, UUID memberB,
            List<String> aCanGiveB, List<String> bCanGiveA, int weight, Gathering gathering, OffsetDateTime expiresAt) {
    }

    public record AcceptedData(UUID introductionId, UUID memberA, UUID memberB, UUID acceptedBy, UUID waitingFor) {
    }

    public record DeclinedData(UUID introductionId, UUID memberA, UUID memberB, UUID declinedBy) {
    }

    public record MadeData(UUID introductionId, UUID memberA, UUID memberB, UUID gatheringEventId, OffsetDateTime madeAt) {
    }

    public record ExpiredData(UUID introductionId, UUID memberA, UUID memberB, List<UUID> acceptedBy,
            OffsetDateTime expiredAt) {
    }

    public record FeedbackGivenData(UUID introductionId, UUID memberId, UUID otherMemberId, boolean met,
            boolean otherHelped) {
    }

    public record WithdrawnData(UUID introductionId, String reason) {
    }

    public void suggested(Introduction intro, List<String> aCanGiveB, List<String> bCanGiveA, Gathering gathering) {
        outbox.publish(Topics.INTRODUCTIONS, intro.id, FactTypes.INTRODUCTION_SUGGESTED, new SuggestedData(intro.id, intro.roundId,
                intro.chapter, intro.memberA, intro.memberB, aCanGiveB, bCanGiveA, intro.weight, gathering, intro.expiresAt));
    }

    public void accepted(Introduction intro, UUID by) {
        UUID waitingFor = Introduction.MADE.equals(intro.status) ? null : intro.otherThan(by);
        outbox.publish(Topics.INTRODUCTIONS, intro.id, FactTypes.INTRODUCTION_ACCEPTED,
                new AcceptedData(intro.id, intro.memberA, intro.memberB, by, waitingFor));
    }

    public void declined(Introduction intro, UUID by) {
        outbox.publish(Topics.INTRODUCTIONS, intro.id, FactTypes.INTRODUCTION_DECLINED,
                new DeclinedData(intro.id, intro.memberA, intro.memberB, by));
    }

    public void made(Introduction intro) {
        outbox.publish(Topics.INTRODUCTIONS, intro.id, FactTypes.INTRODUCTION_MADE,
                new MadeData(intro.id, intro.memberA, intro.memberB, intro.gatheringEventId, intro.madeAt));
    }

    public void expired(Introduction intro, List<UUID> acceptedBy) {
        outbox.publish(Topics.INTRODUCTIONS, intro.id, FactTypes.INTRODUCTION_EXPIRED,
                new ExpiredData(intro.id, intro.memberA, intro.memberB, acceptedBy, intro.closedAt));
    }

    public void feedbackGiven(Introduction intro, UUID by, boolean met, boolean otherHelped) {
        outbox.publish(Topics.INTRODUCTIONS, intro.id, FactTypes.INTRODUCTION_FEEDBACK_GIVEN,
                new FeedbackGivenData(intro.id, by, intro.otherThan(by), met, otherHelped));
    }

    /** An open introduction closed because one of its members was erased; names nobody. */
    public void withdrawn(Introduction intro, String reason) {
        outbox.publish(Topics.INTRODUCTIONS, intro.id, FactTypes.INTRODUCTION_WITHDRAWN, new WithdrawnData(intro.id, reason));
    }
}
