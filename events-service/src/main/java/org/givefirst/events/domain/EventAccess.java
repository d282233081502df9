package org.givefirst.events.domain;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.givefirst.platform.contracts.EventStatus;
import org.givefirst.platform.contracts.Visibility;

/**
 * Who may create, see, manage, publish and RSVP to an event. Managers are the host, the organizers
 * of the event's chapter, and admins. Events belong to a chapter: only its members (and its
 * organizers, and admins) create them, only its organizers (and admins) make them public, and
 * {@code members} visibility means members of that chapter.
 */
public final class EventAccess {

    private EventAccess() {
    }

    /**
     * Who is asking.
     *
     * @param memberId the member id of the token subject, empty for anonymous callers and non-member tokens
     * @param organizes the chapter slugs the caller organizes (the token's {@code organizer_of} claim)
     * @param memberOf the chapter slugs the caller belongs to (events-service's read model of members-service's facts)
     * @param signedIn whether a valid token came with the request
     */
    public record Viewer(Optional<UUID> memberId, Set<String> organizes, Set<String> memberOf, boolean admin, boolean signedIn) {

        public static final Viewer ANONYMOUS = new Viewer(Optional.empty(), Set.of(), Set.of(), false, false);

        public boolean is(UUID id) {
            return id != null && memberId.map(id::equals).orElse(false);
        }

        /** A member of the chapter, or one of its organizers. */
        public boolean belongsTo(String chapter) {
            return memberOf.contains(chapter) || organizes.contains(chapter);
        }
    }

    /** What access depends on. */
    public record Subject(String chapter, UUID hostId, Visibility visibility, EventStatus status) {
    }

    /** Whether the viewer may create an event in the chapter: its members, its organizers, admins. */
    public static boolean mayCreateIn(Viewer viewer, String chapter) {
        return viewer.admin() || viewer.belongsTo(chapter);
    }

    /** Whether the viewer may plan an event hosted by someone else: the chapter's organizers and admins. */
    public static boolean mayNameAnotherHost(Viewer viewer, String chapter) {
        return viewer.admin() || viewer.organizes().contains(chapter);
    }

    /**
     * Whether the viewer may publish the event, or make a published one, with this visibility: a
     * manager may publish {@code members} and {@code invite_only} events; {@code public} ones (on
     * the chapter's website and feed) need an organizer of the chapter or an admin.
     */
    public static boolean mayPublishAs(Viewer viewer, Subject event, Visibility visibility) {
        if (!manages(viewer, event)) {
            return false;
        }
        return visibility != Visibility.PUBLIC || viewer.admin() || viewer.organizes().contains(event.chapter());
    }

    public static boolean manages(Viewer viewer, Subject event) {
        return viewer.admin() || viewer.organizes().contains(event.chapter()) || viewer.is(event.hostId());
    }

    /**
     * Whether the event exists for this viewer. Drafts only for managers; published, cancelled and
     * completed events by visibility: public for all, members for members of the event's chapter
     * (and invitees from elsewhere), invite-only for invitees.
     */
    public static boolean sees(Viewer viewer, Subject event, boolean invited) {
        if (manages(viewer, event)) {
            return true;
        }
        if (event.status() == EventStatus.DRAFT) {
            return false;
        }
        return switch (event.visibility()) {
            case PUBLIC -> true;
            case MEMBERS -> viewer.signedIn() && (viewer.belongsTo(event.chapter()) || invited);
            case INVITE_ONLY -> invited;
        };
    }

    /** Whether a member may RSVP (for themselves): invite-only events take invitees only. */
    public static boolean mayRsvp(Viewer viewer, Subject event, boolean invited) {
        if (viewer.memberId().isEmpty()) {
            return false;
        }
        return event.visibility() != Visibility.INVITE_ONLY || invited || manages(viewer, event);
    }

    /** Whether the public listing and the chapter's calendar feed show this event. */
    public static boolean isListedPublicly(Subject event) {
        return event.visibility() == Visibility.PUBLIC && event.status() == EventStatus.PUBLISHED;
    }
}
