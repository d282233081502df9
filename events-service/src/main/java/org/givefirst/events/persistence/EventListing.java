package org.givefirst.events.persistence;

import io.quarkus.panache.common.Parameters;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.givefirst.events.domain.EventAccess;
import org.givefirst.platform.contracts.EventFormat;
import org.givefirst.platform.contracts.EventStatus;
import org.givefirst.platform.contracts.Visibility;

/** The listing query of events: filters, the access rule of {@link EventAccess#sees} as a condition, keyset paging. */
public final class EventListing {

    private EventListing() {
    }

    /**
     * Listing filters.
     *
     * @param from        events starting at or after this instant
     * @param afterStart  with {@code afterId}, where the previous page ended (keyset), or null
     */
    public record Filter(String chapter, Instant from, Instant to, EventFormat format, Instant afterStart, UUID afterId) {
    }

    /** Up to {@code count} events the viewer may see, by start time and id. */
    public static List<Event> find(EventAccess.Viewer viewer, Filter filter, int count) {
        StringBuilder where = new StringBuilder("e.startsAt >= :from");
        Parameters params = Parameters.with("from", filter.from());
        if (filter.to() != null) {
            where.append(" and e.startsAt < :to");
            params.and("to", filter.to());
        }
        if (filter.chapter() != null) {
            where.append(" and e.chapter = :chapter");
            params.and("chapter", filter.chapter());
        }
        if (filter.format() != null) {
            where.append(" and e.format = :format");
            params.and("format", filter.format());
        }
        if (filter.afterStart() != null) {
            where.append(" and (e.startsAt > :afterStart or (e.startsAt = :afterStart and e.id > :afterId))");
            params.and("afterStart", filter.afterStart()).and("afterId", filter.afterId());
        }
        if (!viewer.admin()) {
            where.append(" and (").append(visibleClause(viewer, params)).append(")");
        }
        return Event.<Event>find("select e from Event e where " + where + " order by e.startsAt, e.id", params)
                .page(0, count)
                .list();
    }

    /**
     * A chapter's published public events that have not ended by {@code endedAfter}, by start time:
     * what a chapter website and its calendar feed show ({@link EventAccess#isListedPublicly}).
     */
    public static List<Event> publicEvents(String chapter, Instant endedAfter, int limit) {
        return Event.<Event>find("chapter = ?1 and status = ?2 and visibility = ?3 and endsAt > ?4 order by startsAt, id",
                        chapter, EventStatus.PUBLISHED, Visibility.PUBLIC, endedAfter)
                .page(0, limit)
                .list();
    }

    /** The access rule of {@link EventAccess#sees} as a query condition. */
    private static String visibleClause(EventAccess.Viewer viewer, Parameters params) {
        params.and("draft", EventStatus.DRAFT).and("public", Visibility.PUBLIC);
        StringBuilder visible = new StringBuilder("e.visibility = :public");
        Optional<UUID> member = viewer.signedIn() ? viewer.memberId() : Optional.empty();
        if (member.isPresent()) {
            params.and("inviteOnly", Visibility.INVITE_ONLY).and("me", member.get());
            params.and("membersOnly", Visibility.MEMBERS);
            visible.append(" or ((e.visibility = :inviteOnly or e.visibility = :membersOnly) and exists"
                    + " (select 1 from Invitation i where i.eventId = e.id and i.memberId = :me))");
        }
        java.util.Set<String> chapters = new java.util.HashSet<>(viewer.memberOf());
        chapters.addAll(viewer.organizes());
        if (viewer.signedIn() && !chapters.isEmpty()) {
            params.and("members", Visibility.MEMBERS).and("myChapters", chapters);
            visible.append(" or (e.visibility = :members and e.chapter in :myChapters)");
        }
        StringBuilder clause = new StringBuilder("(e.status <> :draft and (").append(visible).append("))");
        if (member.isPresent()) {
            clause.append(" or e.hostId = :me");
        }
        if (!viewer.organizes().isEmpty()) {
            clause.append(" or e.chapter in :organized");
            params.and("organized", viewer.organizes());
        }
        return clause.toString();
    }
}
