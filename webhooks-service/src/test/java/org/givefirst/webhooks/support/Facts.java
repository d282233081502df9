package org.givefirst.webhooks.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.UUID;
import org.givefirst.platform.contracts.FactTypes;
import org.givefirst.platform.testing.TopicProbe;

/** CloudEvents as the other services publish them, put on their topics as those services would. */
public final class Facts {

    public static final String MEMBERS = "givefirst.members.v1";
    public static final String EVENTS = "givefirst.events.v1";
    public static final String INTRODUCTIONS = "givefirst.introductions.v1";
    private static final ObjectMapper JSON = new ObjectMapper();

    private Facts() {
    }

    /** A fact as sent: its CloudEvent id, the record key and the whole CloudEvent. */
    public record Fact(String id, String topic, String key, ObjectNode cloudEvent) {
        public Fact send() {
            TopicProbe.send(topic, key, cloudEvent.toString());
            return this;
        }
    }

    public static String chapter(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static Fact fact(String topic, String type, String source, UUID subject, ObjectNode data) {
        String id = UUID.randomUUID().toString();
        ObjectNode event = JSON.createObjectNode()
                .put("specversion", "1.0").put("id", id).put("source", source).put("type", type)
                .put("subject", subject.toString()).put("time", Instant.now().toString())
                .put("datacontenttype", "application/json");
        event.set("data", data);
        return new Fact(id, topic, subject.toString(), event);
    }

    public static Fact rsvp(String chapter, UUID eventId, UUID memberId) {
        ObjectNode data = JSON.createObjectNode();
        data.putObject("event").put("eventId", eventId.toString()).put("chapter", chapter).put("hostId", UUID.randomUUID().toString())
                .put("title", "Breakfast for people building climate startups").put("format", "breakfast")
                .put("startsAt", "2026-12-05T08:30:00Z").put("endsAt", "2026-12-05T10:00:00Z").put("timeZone", "Europe/Lisbon")
                .put("capacity", 8).put("seatsTaken", 1).put("visibility", "public").put("status", "published");
        data.put("memberId", memberId.toString()).put("status", "going").put("bringsGuest", false).putNull("position");
        return fact(EVENTS, FactTypes.RSVP_CHANGED, "/givefirst/events-service", eventId, data);
    }

    public static Fact memberRegistered(UUID memberId, String... chapters) {
        ObjectNode data = JSON.createObjectNode().put("memberId", memberId.toString()).put("version", 0)
                .put("displayName", "Ana Ribeiro").put("headline", "Runs a two-person bakery")
                // Never part of a real fact; here to prove a delivery would leave it out anyway.
                .put("email", "ana@example.org");
        var list = data.putArray("chapters");
        for (String chapter : chapters) {
            list.add(chapter);
        }
        return fact(MEMBERS, FactTypes.MEMBER_REGISTERED, "/givefirst/members-service", memberId, data);
    }

    public static Fact memberErased(UUID memberId) {
        ObjectNode data = JSON.createObjectNode().put("memberId", memberId.toString()).put("erasedAt", Instant.now().toString());
        return fact(MEMBERS, FactTypes.MEMBER_ERASED, "/givefirst/members-service", memberId, data);
    }

    public static Fact introductionSuggested(String chapter, UUID introductionId, UUID a, UUID b) {
        ObjectNode data = JSON.createObjectNode().put("introductionId", introductionId.toString())
                .put("roundId", UUID.randomUUID().toString()).put("chapter", chapter)
                .put("memberA", a.toString()).put("memberB", b.toString()).put("weight", 612)
                .put("expiresAt", Instant.now().plusSeconds(86400).toString());
        data.putArray("aCanGiveB").add("sourdough");
        data.putArray("bCanGiveA").add("cafes");
        return fact(INTRODUCTIONS, FactTypes.INTRODUCTION_SUGGESTED, "/givefirst/matching-service", introductionId, data);
    }

    public static Fact introductionAccepted(UUID introductionId, UUID a, UUID b) {
        ObjectNode data = JSON.createObjectNode().put("introductionId", introductionId.toString())
                .put("memberA", a.toString()).put("memberB", b.toString())
                .put("acceptedBy", a.toString()).put("waitingFor", b.toString());
        return fact(INTRODUCTIONS, FactTypes.INTRODUCTION_ACCEPTED, "/givefirst/matching-service", introductionId, data);
    }
}
