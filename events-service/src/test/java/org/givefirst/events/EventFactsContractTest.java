package org.givefirst.events;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.givefirst.events.service.EventReminders;
import org.givefirst.platform.contracts.FactTypes;
import org.givefirst.platform.testing.Contracts;
import org.givefirst.platform.testing.TestTokens;
import org.givefirst.platform.testing.TopicProbe;
import org.junit.jupiter.api.Test;

/**
 * The invitation, waitlist and reminder facts: published when they happen, each conforming to its
 * JSON Schema in {@code docs/events/events/} ({@link Contracts}, through {@link Facts#await}) and shaped
 * like its documented sample; no contact details on the topic.
 */
@QuarkusTest
class EventFactsContractTest {

    @Inject
    EventReminders reminders;

    private final UUID host = UUID.randomUUID();

    @Test
    void invitationsSentAndWithdrawnArePublishedForAPublishedEventOnly() {
        String eventId = Api.create(host, Api.coffee(Api.chapter("invite-facts"), 8, "invite_only"));
        UUID early = UUID.randomUUID();
        UUID late = UUID.randomUUID();
        Api.invite(host, eventId, true, early).statusCode(201); // a draft: sent when published
        Api.publish(host, eventId);
        Api.invite(host, eventId, false, late).statusCode(201);
        given().auth().oauth2(TestTokens.member(host)).when().delete("/api/v1/events/" + eventId + "/invitations/" + late)
                .then().statusCode(204);
        given().auth().oauth2(TestTokens.member(host)).when().delete("/api/v1/events/" + eventId + "/invitations/" + late)
                .then().statusCode(404);
        given().auth().oauth2(TestTokens.member(early)).when().delete("/api/v1/events/" + eventId + "/invitations/" + early)
                .then().statusCode(403);

        TopicProbe.Fact sentEarly = Facts.await(eventId, fact -> fact.type().equals(FactTypes.INVITATION_SENT)
                && early.toString().equals(fact.data().path("memberId").asText()));
        assertTrue(sentEarly.data().path("guestSeat").asBoolean());
        assertEquals(host.toString(), sentEarly.data().path("invitedBy").asText());
        assertEquals("published", sentEarly.data().path("event").path("status").asText(), "sent once the event is published");
        Facts.assertShapedLikeSample(sentEarly);
        TopicProbe.Fact sentLate = Facts.await(eventId, fact -> fact.type().equals(FactTypes.INVITATION_SENT)
                && late.toString().equals(fact.data().path("memberId").asText()));
        TopicProbe.Fact withdrawn = Facts.await(eventId, Facts.ofType(FactTypes.INVITATION_WITHDRAWN));
        assertEquals(late.toString(), withdrawn.data().path("memberId").asText());
        assertTrue(sentLate.offset() < withdrawn.offset());
        Facts.assertShapedLikeSample(withdrawn);
    }

    @Test
    void aReminderIsPublishedOnceTheLeadBeforeTheStart() {
        String eventId = Api.createPublished(host, Api.coffee(Api.chapter("remind"), 8, "public"));
        Instant startsAt = Instant.parse(given().auth().oauth2(TestTokens.member(host)).when().get("/api/v1/events/" + eventId)
                .then().statusCode(200).extract().path("startsAt"));
        UUID id = UUID.fromString(eventId);

        assertFalse(claimAll(startsAt.minus(Duration.ofHours(25))).contains(id), "not due a day and an hour before");
        assertTrue(claimAll(startsAt.minus(Duration.ofHours(23))).contains(id), "due within the day before");
        assertFalse(claimAll(startsAt.minus(Duration.ofHours(22))).contains(id), "claimed once");

        TopicProbe.Fact reminder = Facts.await(eventId, Facts.ofType(FactTypes.EVENT_REMINDER));
        assertEquals("PT24H", reminder.data().path("lead").asText());
        Facts.assertShapedLikeSample(reminder);
    }

    @Test
    void theNewFactTypesRefuseAnEmail() {
        for (String type : List.of(FactTypes.INVITATION_SENT, FactTypes.INVITATION_WITHDRAWN,
                FactTypes.RSVP_WAITLIST_POSITION_CHANGED, FactTypes.EVENT_REMINDER)) {
            ObjectNode sample = Contracts.sample(type).deepCopy();
            Contracts.assertConforms(sample);
            ((ObjectNode) sample.path("data")).put("email", "leak@example.org");
            assertFalse(Contracts.violations(sample).isEmpty(), type + " carries no contact details");
        }
    }

    /** Every event due at {@code now}, claimed batch after batch (other tests' events may be due too). */
    private List<UUID> claimAll(Instant now) {
        List<UUID> all = new java.util.ArrayList<>();
        List<UUID> batch;
        do {
            batch = reminders.sendDue(now);
            all.addAll(batch);
        } while (!batch.isEmpty());
        return all;
    }
}
