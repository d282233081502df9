package org.givefirst.matching.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.givefirst.platform.contracts.Tags;

/**
 * "Where should I go?": ranks upcoming events by how many of the people a member seeks are going.
 *
 * <p>An attendee helps when u(attendee→member) &gt; 0, that is when they offer at least one tag of
 * one of the member's objectives (or of the one objective asked about). Events are ranked by the
 * number of helpers, then by the sum of their usefulness, then in the order given (callers pass
 * events soonest first). The member, erased attendees and anyone on either side of a "never
 * introduce me to" preference are not counted: a member is not sent to meet someone they refused,
 * nor pointed at someone who refused them (who never learns it either way).
 */
public final class WhereToGo {

    private WhereToGo() {
    }

    /**
     * An upcoming event and the profiles of the members going.
     *
     * @param eventId the event
     * @param going   profiles of the members with a "going" RSVP
     */
    public record UpcomingEvent(UUID eventId, List<MemberProfile> going) {
        public UpcomingEvent {
            going = List.copyOf(going);
        }
    }

    /**
     * An attendee who can help.
     *
     * @param memberId   the attendee
     * @param usefulness u(attendee→member)
     * @param tags       sorted tags of the member's objectives that the attendee offers
     */
    public record Helper(UUID memberId, double usefulness, Set<String> tags) {
        public Helper {
            tags = Collections.unmodifiableSortedSet(new TreeSet<>(tags));
        }
    }

    /**
     * One ranked event.
     *
     * @param eventId         the event
     * @param helperCount     attendees who can help
     * @param totalUsefulness sum of their usefulness
     * @param helpers         who they are, most useful first
     */
    public record EventRanking(UUID eventId, int helperCount, double totalUsefulness, List<Helper> helpers) {
        public EventRanking {
            helpers = List.copyOf(helpers);
        }

        public List<UUID> helperIds() {
            return helpers.stream().map(Helper::memberId).toList();
        }
    }

    /** Ranks events for all of the member's objectives. */
    public static List<EventRanking> rank(MemberProfile member, List<UpcomingEvent> events) {
        List<EventRanking> rankings = new ArrayList<>();
        Set<String> seeks = member.seeks();
        for (UpcomingEvent event : events) {
            List<Helper> helpers = new ArrayList<>();
            double total = 0;
            for (MemberProfile attendee : event.going()) {
                if (attendee.erased() || attendee.memberId().equals(member.memberId()) || member.refuses(attendee)) {
                    continue;
                }
                double usefulness = Usefulness.of(attendee, member);
                if (usefulness > 0) {
                    helpers.add(new Helper(attendee.memberId(), usefulness,
                            Tags.intersection(attendee.offers(), seeks)));
                    total += usefulness;
                }
            }
            helpers.sort(Comparator.comparingDouble(Helper::usefulness).reversed()
                    .thenComparing(Helper::memberId));
            rankings.add(new EventRanking(event.eventId(), helpers.size(), total, helpers));
        }
        // List.sort is stable: equal events keep the caller's (chronological) order.
        rankings.sort(Comparator.comparingInt(EventRanking::helperCount).reversed()
                .thenComparing(Comparator.comparingDouble(EventRanking::totalUsefulness).reversed()));
        return rankings;
    }

    /** Ranks events for one objective of the member. */
    public static List<EventRanking> rank(MemberProfile member, Objective objective, List<UpcomingEvent> events) {
        return rank(member.withObjectives(List.of(objective)), events);
    }
}
