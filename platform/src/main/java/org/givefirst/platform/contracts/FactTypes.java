package org.givefirst.platform.contracts;

import java.util.List;

/**
 * Every CloudEvent type Givefirst publishes, by topic: the one list producers write and consumers
 * read. Their JSON Schemas and sample events are in {@code docs/events/}, listed in
 * {@code docs/asyncapi.yaml}.
 */
public final class FactTypes {

    // givefirst.members.v1, published by members-service
    public static final String CHAPTER_CREATED = "org.givefirst.chapter.created.v1";
    public static final String CHAPTER_UPDATED = "org.givefirst.chapter.updated.v1";
    public static final String MEMBER_REGISTERED = "org.givefirst.member.registered.v1";
    public static final String MEMBER_UPDATED = "org.givefirst.member.updated.v1";
    public static final String MEMBER_ERASED = "org.givefirst.member.erased.v1";
    public static final String MEMBER_JOINED_CHAPTER = "org.givefirst.member.joined-chapter.v1";
    public static final String MEMBER_LEFT_CHAPTER = "org.givefirst.member.left-chapter.v1";

    // givefirst.events.v1, published by events-service
    public static final String EVENT_PUBLISHED = "org.givefirst.event.published.v1";
    public static final String EVENT_UPDATED = "org.givefirst.event.updated.v1";
    public static final String EVENT_CANCELLED = "org.givefirst.event.cancelled.v1";
    public static final String EVENT_COMPLETED = "org.givefirst.event.completed.v1";
    public static final String RSVP_CHANGED = "org.givefirst.rsvp.changed.v1";
    public static final String ATTENDANCE_RECORDED = "org.givefirst.attendance.recorded.v1";
    public static final String RSVP_WAITLIST_POSITION_CHANGED = "org.givefirst.rsvp.waitlist-position-changed.v1";
    public static final String INVITATION_SENT = "org.givefirst.invitation.sent.v1";
    public static final String INVITATION_WITHDRAWN = "org.givefirst.invitation.withdrawn.v1";
    public static final String EVENT_REMINDER = "org.givefirst.event.reminder.v1";
    // A series is keyed by its id; its occurrences are events and published like any event.
    public static final String SERIES_CREATED = "org.givefirst.series.created.v1";
    public static final String SERIES_UPDATED = "org.givefirst.series.updated.v1";
    public static final String SERIES_ENDED = "org.givefirst.series.ended.v1";

    // givefirst.introductions.v1, published by matching-service
    public static final String INTRODUCTION_SUGGESTED = "org.givefirst.introduction.suggested.v1";
    public static final String INTRODUCTION_ACCEPTED = "org.givefirst.introduction.accepted.v1";
    public static final String INTRODUCTION_DECLINED = "org.givefirst.introduction.declined.v1";
    public static final String INTRODUCTION_MADE = "org.givefirst.introduction.made.v1";
    public static final String INTRODUCTION_EXPIRED = "org.givefirst.introduction.expired.v1";
    public static final String INTRODUCTION_FEEDBACK_GIVEN = "org.givefirst.introduction.feedback-given.v1";
    public static final String INTRODUCTION_WITHDRAWN = "org.givefirst.introduction.withdrawn.v1";

    public static final List<String> MEMBERS_TOPIC = List.of(CHAPTER_CREATED, CHAPTER_UPDATED, MEMBER_REGISTERED, MEMBER_UPDATED,
            MEMBER_ERASED, MEMBER_JOINED_CHAPTER, MEMBER_LEFT_CHAPTER);
    public static final List<String> EVENTS_TOPIC = List.of(EVENT_PUBLISHED, EVENT_UPDATED, EVENT_CANCELLED,
            EVENT_COMPLETED, RSVP_CHANGED, ATTENDANCE_RECORDED, RSVP_WAITLIST_POSITION_CHANGED, INVITATION_SENT,
            INVITATION_WITHDRAWN, EVENT_REMINDER, SERIES_CREATED, SERIES_UPDATED, SERIES_ENDED);
    public static final List<String> INTRODUCTIONS_TOPIC = List.of(INTRODUCTION_SUGGESTED, INTRODUCTION_ACCEPTED,
            INTRODUCTION_DECLINED, INTRODUCTION_MADE, INTRODUCTION_EXPIRED, INTRODUCTION_FEEDBACK_GIVEN,
            INTRODUCTION_WITHDRAWN);

    private FactTypes() {
    }

    /** Every type, topic by topic. */
    public static List<String> all() {
        return java.util.stream.Stream.of(MEMBERS_TOPIC, EVENTS_TOPIC, INTRODUCTIONS_TOPIC).flatMap(List::stream).toList();
    }
}
