package org.givefirst.events.domain;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.givefirst.platform.contracts.EventStatus;
import org.givefirst.platform.contracts.Visibility;

/**
 * Who may see, manage and RSVP to an event. Managers are the host, the organizers of the event's
 * chapter, and admins.
 */
public final class EventAccess {

    private EventAccess() {
    }

    /**
     * Who is asking.
     *
     * @param memberId the member id of the token subject, empty for anonymous callers and non-member tokens
     * @param organizes the chapter slugs the caller organizes
     * @param signedIn whether a valid token came with the request
     */
    public record Viewer(Optional<UUID> memberId, Set<String> organizes, boolean admin, boolean signedIn) {

        public static final Viewer ANONYMOUS = new Viewer(Optional.empty(), Set.of(), false, false);

        public boolean is(UUID id) {
            return memberId.map(id::equals).orElse(false);
        }
    }

    /** What access depends on. */
    public record Subject(String chapter, UUID hostId, Visibility visibility, EventStatus status) {
    }

    public static boolean manages(Viewer viewer, Subject event) {
        return viewer.admin() || viewer.organizes().contains(event.chapter()) || viewer.is(event.hostId());
    }

    /**
     * Whether the event exists for this viewer. Drafts only for managers; published, cancelled and
     * completed events by visibility: public for all, members for signed-in members, invite-only for
     * invitees.
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
            case MEMBERS -> viewer.signedIn() && viewer.memberId().isPresent();
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
