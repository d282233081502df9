package org.givefirst.matching.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.givefirst.platform.outbox.Topics;
import org.givefirst.platform.testing.TopicProbe;

/**
 * CloudEvents as members-service and events-service publish them (structured JSON mode, the same
 * data shapes as their {@code MemberFacts} and {@code EventFacts}), and sending them to the topics.
 */
public final class Facts {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Facts() {
    }

    /** A CloudEvent with a fresh id. */
    public static ObjectNode cloudEvent(String source, String type, Object subject, ObjectNode data) {
        return cloudEvent(UUID.randomUUID().toString(), source, type, subject, data);
    }

    public static ObjectNode cloudEvent(String id, String source, String type, Object subject, ObjectNode data) {
        ObjectNode event = JSON.createObjectNode();
        event.put("specversion", "1.0");
        event.put("id", id);
        event.put("source", source);
        event.put("type", type);
        event.put("subject", subject.toString());
        event.put("time", OffsetDateTime.now(ZoneOffset.UTC).toString());
        event.put("datacontenttype", "application/json");
        event.set("data", data);
        return event;
    }

    // ---- members-service ------------------------------------------------------------------

    /** A member as built up by a test, published as members-service's profile fact. */
    public static final class Member {
        public final UUID id;
        private final String name;
        private long version = 1;
        private List<String> chapters = List.of();
        private List<String> offers = List.of();
        private List<String> seeks = List.of();
        private boolean open = true;
        private int maxPerMonth = 4;
        private List<String> formats = List.of();
        private boolean helpsNewcomers;
        private List<UUID> never = List.of();
        private List<UUID> wantsToMeet = List.of();

        public Member(String name) {
            this(UUID.randomUUID(), name);
        }

        public Member(UUID id, String name) {
            this.id = id;
            this.name = name;
        }

        public Member chapters(String... slugs) {
            chapters = List.of(slugs);
            return this;
        }

        public Member offers(String... tags) {
            offers = List.of(tags);
            return this;
        }

        public Member seeks(String... tags) {
            seeks = List.of(tags);
            return this;
        }

        public Member open(boolean open) {
            this.open = open;
            return this;
        }

        public Member maxPerMonth(int max) {
            maxPerMonth = max;
            return this;
        }

        public Member formats(String... formats) {
            this.formats = List.of(formats);
            return this;
        }

        /** "Never introduce me to" these members (private introduction preferences). */
        public Member never(UUID... members) {
            never = List.of(members);
            return this;
        }

        public Member wantsToMeet(UUID... members) {
            wantsToMeet = List.of(members);
            return this;
        }

        public Member helpsNewcomers(boolean helps) {
            helpsNewcomers = helps;
            return this;
        }

        public String name() {
            return name;
        }

        public ObjectNode data() {
            ObjectNode data = JSON.createObjectNode();
            data.put("memberId", id.toString());
            data.put("version", version);
            data.put("displayName", name);
            data.put("headline", name + " helps people");
            data.put("city", "Lisbon");
            data.put("timeZone", "Europe/Lisbon");
            ArrayNode chapterArray = data.putArray("chapters");
            chapters.forEach(chapterArray::add);
            ArrayNode offerArray = data.putArray("offers");
            if (!offers.isEmpty()) {
                ObjectNode offer = offerArray.addObject();
                offer.put("kind", "skill");
                offer.put("description", "What " + name + " can do for others");
                ArrayNode tags = offer.putArray("tags");
                offers.forEach(tags::add);
            }
            ArrayNode objectiveArray = data.putArray("objectives");
            if (!seeks.isEmpty()) {
                ObjectNode objective = objectiveArray.addObject();
                objective.put("objectiveId", UUID.randomUUID().toString());
                objective.put("what", "Advice on " + String.join(", ", seeks));
                objective.put("who", "People who have done it");
                objective.put("where", "Lisbon");
                ArrayNode tags = objective.putArray("tags");
                seeks.forEach(tags::add);
                objective.put("priority", 4);
                objective.put("specificity", 80);
            }
            ObjectNode preferences = data.putObject("preferences");
            ArrayNode formatArray = preferences.putArray("formats");
            formats.forEach(formatArray::add);
            preferences.put("openToIntroductions", open);
            preferences.put("allowsOtherChapterIntroductions", false);
            preferences.put("maxIntroductionsPerMonth", maxPerMonth);
            data.put("publicProfile", true);
            ObjectNode introductionPreferences = data.putObject("introductionPreferences");
            introductionPreferences.put("helpsNewcomers", helpsNewcomers);
            ArrayNode neverArray = introductionPreferences.putArray("neverIntroduce");
            never.forEach(id -> neverArray.add(id.toString()));
            ArrayNode meetArray = introductionPreferences.putArray("wantsToMeet");
            wantsToMeet.forEach(id -> meetArray.add(id.toString()));
            return data;
        }

        /** {@code member.registered} as members-service publishes it. */
        public ObjectNode registered() {
            return cloudEvent(MEMBERS_SOURCE, "org.givefirst.member.registered.v1", id, data());
        }

        /** {@code member.updated} with the next version. */
        public ObjectNode updated() {
            version++;
            return cloudEvent(MEMBERS_SOURCE, "org.givefirst.member.updated.v1", id, data());
        }

        public ObjectNode erased() {
            ObjectNode data = JSON.createObjectNode();
            data.put("memberId", id.toString());
            data.put("erasedAt", OffsetDateTime.now(ZoneOffset.UTC).toString());
            return cloudEvent(MEMBERS_SOURCE, "org.givefirst.member.erased.v1", id, data);
        }
    }

    public static final String MEMBERS_SOURCE = "/givefirst/members-service";
    public static final String EVENTS_SOURCE = "/givefirst/events-service";

    public static ObjectNode chapterCreated(UUID chapterId, String slug) {
        ObjectNode data = JSON.createObjectNode();
        data.put("chapterId", chapterId.toString());
        data.put("slug", slug);
        data.put("name", "Givefirst " + slug);
        data.put("city", "Lisbon");
        data.put("timeZone", "Europe/Lisbon");
        return cloudEvent(MEMBERS_SOURCE, "org.givefirst.chapter.created.v1", chapterId, data);
    }

    // ---- events-service -------------------------------------------------------------------

    /** An event as built up by a test, published with events-service's event summary. */
    public static final class Event {
        public final UUID id = UUID.randomUUID();
        private final String chapter;
        private final UUID hostId;
        private final String format;
        private final Instant startsAt;
        private String title = "Founders lunch";
        private String status = "published";
        private String visibility = "members";

        public Event(String chapter, UUID hostId, String format, Instant startsAt) {
            this.chapter = chapter;
            this.hostId = hostId;
            this.format = format;
            this.startsAt = startsAt;
        }

        public Event title(String title) {
            this.title = title;
            return this;
        }

        public Event visibility(String visibility) {
            this.visibility = visibility;
            return this;
        }

        public ObjectNode summary() {
            ObjectNode summary = JSON.createObjectNode();
            summary.put("eventId", id.toString());
            summary.put("chapter", chapter);
            summary.put("hostId", hostId.toString());
            summary.put("title", title);
            summary.put("format", format);
            summary.putNull("cause");
            summary.put("startsAt", startsAt.toString());
            summary.put("endsAt", startsAt.plusSeconds(5400).toString());
            summary.put("timeZone", "Europe/Lisbon");
            summary.put("capacity", 8);
            summary.put("seatsTaken", 0);
            summary.put("visibility", visibility);
            summary.put("status", status);
            return summary;
        }

        private ObjectNode withEvent() {
            ObjectNode data = JSON.createObjectNode();
            data.set("event", summary());
            return data;
        }

        public ObjectNode published() {
            status = "published";
            return cloudEvent(EVENTS_SOURCE, "org.givefirst.event.published.v1", id, withEvent());
        }

        public ObjectNode completed() {
            status = "completed";
            return cloudEvent(EVENTS_SOURCE, "org.givefirst.event.completed.v1", id, withEvent());
        }

        public ObjectNode cancelled() {
            status = "cancelled";
            return cloudEvent(EVENTS_SOURCE, "org.givefirst.event.cancelled.v1", id, withEvent());
        }

        public ObjectNode rsvp(UUID memberId, String rsvpStatus, boolean bringsGuest) {
            ObjectNode data = withEvent();
            data.put("memberId", memberId.toString());
            data.put("status", rsvpStatus);
            data.put("bringsGuest", bringsGuest);
            data.putNull("position");
            return cloudEvent(EVENTS_SOURCE, "org.givefirst.rsvp.changed.v1", id, data);
        }

        public ObjectNode attendance(UUID memberId, boolean attended) {
            ObjectNode data = withEvent();
            data.put("memberId", memberId.toString());
            data.put("attended", attended);
            return cloudEvent(EVENTS_SOURCE, "org.givefirst.attendance.recorded.v1", id, data);
        }
    }

    // ---- sending --------------------------------------------------------------------------

    public static void toMembers(ObjectNode cloudEvent) {
        TopicProbe.send(Topics.MEMBERS, cloudEvent.path("subject").asText(), cloudEvent.toString());
    }

    public static void toEvents(ObjectNode cloudEvent) {
        TopicProbe.send(Topics.EVENTS, cloudEvent.path("subject").asText(), cloudEvent.toString());
    }

    /** A fresh chapter slug, so that tests sharing the database do not see each other's members. */
    public static String chapterSlug(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
