package org.givefirst.events.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.givefirst.events.domain.EventAccess.Subject;
import org.givefirst.events.domain.EventAccess.Viewer;
import org.givefirst.platform.contracts.EventStatus;
import org.givefirst.platform.contracts.Visibility;
import org.junit.jupiter.api.Test;

class EventAccessTest {

    private final UUID host = UUID.randomUUID();
    private final UUID member = UUID.randomUUID();
    private final Viewer hostViewer = new Viewer(Optional.of(host), Set.of(), Set.of("lisbon"), false, true);
    private final Viewer memberViewer = new Viewer(Optional.of(member), Set.of(), Set.of("lisbon"), false, true);
    private final Viewer organizer = new Viewer(Optional.of(UUID.randomUUID()), Set.of("lisbon"), Set.of(), false, true);
    private final Viewer otherOrganizer = new Viewer(Optional.of(UUID.randomUUID()), Set.of("porto"), Set.of(), false, true);

    private Subject event(Visibility visibility, EventStatus status) {
        return new Subject("lisbon", host, visibility, status);
    }

    @Test
    void hostAndTheChaptersOrganizersManage() {
        Subject event = event(Visibility.PUBLIC, EventStatus.PUBLISHED);
        assertTrue(EventAccess.manages(hostViewer, event));
        assertTrue(EventAccess.manages(organizer, event));
        assertFalse(EventAccess.manages(otherOrganizer, event));
        assertFalse(EventAccess.manages(memberViewer, event));
    }

    @Test
    void draftIsSeenOnlyByItsManagers() {
        Subject draft = event(Visibility.PUBLIC, EventStatus.DRAFT);
        assertTrue(EventAccess.sees(hostViewer, draft, false));
        assertTrue(EventAccess.sees(organizer, draft, false));
        assertFalse(EventAccess.sees(memberViewer, draft, true));
        assertFalse(EventAccess.sees(Viewer.ANONYMOUS, draft, false));
    }

    @Test
    void visibilityDecidesWhoSeesAPublishedEvent() {
        assertTrue(EventAccess.sees(Viewer.ANONYMOUS, event(Visibility.PUBLIC, EventStatus.PUBLISHED), false));
        assertFalse(EventAccess.sees(Viewer.ANONYMOUS, event(Visibility.MEMBERS, EventStatus.PUBLISHED), false));
        assertTrue(EventAccess.sees(memberViewer, event(Visibility.MEMBERS, EventStatus.PUBLISHED), false));
        assertFalse(EventAccess.sees(memberViewer, event(Visibility.INVITE_ONLY, EventStatus.PUBLISHED), false));
        assertTrue(EventAccess.sees(memberViewer, event(Visibility.INVITE_ONLY, EventStatus.PUBLISHED), true));
    }

    @Test
    void inviteOnlyEventTakesRsvpsFromInviteesOnly() {
        Subject inviteOnly = event(Visibility.INVITE_ONLY, EventStatus.PUBLISHED);
        assertFalse(EventAccess.mayRsvp(memberViewer, inviteOnly, false));
        assertTrue(EventAccess.mayRsvp(memberViewer, inviteOnly, true));
        assertTrue(EventAccess.mayRsvp(memberViewer, event(Visibility.PUBLIC, EventStatus.PUBLISHED), false));
        assertFalse(EventAccess.mayRsvp(Viewer.ANONYMOUS, event(Visibility.PUBLIC, EventStatus.PUBLISHED), false));
    }

    @Test
    void onlyPublishedPublicEventsAreListedPublicly() {
        assertTrue(EventAccess.isListedPublicly(event(Visibility.PUBLIC, EventStatus.PUBLISHED)));
        assertFalse(EventAccess.isListedPublicly(event(Visibility.PUBLIC, EventStatus.DRAFT)));
        assertFalse(EventAccess.isListedPublicly(event(Visibility.PUBLIC, EventStatus.CANCELLED)));
        assertFalse(EventAccess.isListedPublicly(event(Visibility.MEMBERS, EventStatus.PUBLISHED)));
        assertFalse(EventAccess.isListedPublicly(event(Visibility.INVITE_ONLY, EventStatus.PUBLISHED)));
    }

    @Test
    void membersVisibilityMeansMembersOfThatChapter() {
        Viewer portoMember = new Viewer(Optional.of(UUID.randomUUID()), Set.of(), Set.of("porto"), false, true);
        Subject membersOnly = event(Visibility.MEMBERS, EventStatus.PUBLISHED);
        assertFalse(EventAccess.sees(portoMember, membersOnly, false));
        assertFalse(EventAccess.sees(otherOrganizer, membersOnly, false));
        assertTrue(EventAccess.sees(organizer, membersOnly, false));
        assertTrue(EventAccess.sees(portoMember, membersOnly, true), "an invitation opens it to a member of another chapter");
    }

    @Test
    void onlyMembersOrganizersAndAdminsCreateInAChapter() {
        Viewer admin = new Viewer(Optional.empty(), Set.of(), Set.of(), true, true);
        assertTrue(EventAccess.mayCreateIn(memberViewer, "lisbon"));
        assertFalse(EventAccess.mayCreateIn(memberViewer, "porto"));
        assertTrue(EventAccess.mayCreateIn(otherOrganizer, "porto"));
        assertFalse(EventAccess.mayCreateIn(otherOrganizer, "lisbon"));
        assertTrue(EventAccess.mayCreateIn(admin, "anywhere"));
        assertFalse(EventAccess.mayNameAnotherHost(memberViewer, "lisbon"));
        assertTrue(EventAccess.mayNameAnotherHost(organizer, "lisbon"));
    }

    @Test
    void aHostPublishesMembersAndInviteOnlyEventsButOnlyOrganizersPublic() {
        Subject draft = event(Visibility.PUBLIC, EventStatus.DRAFT);
        assertFalse(EventAccess.mayPublishAs(hostViewer, draft, Visibility.PUBLIC));
        assertTrue(EventAccess.mayPublishAs(hostViewer, draft, Visibility.MEMBERS));
        assertTrue(EventAccess.mayPublishAs(hostViewer, draft, Visibility.INVITE_ONLY));
        assertTrue(EventAccess.mayPublishAs(organizer, draft, Visibility.PUBLIC));
        assertFalse(EventAccess.mayPublishAs(otherOrganizer, draft, Visibility.MEMBERS));
        assertFalse(EventAccess.mayPublishAs(memberViewer, draft, Visibility.MEMBERS), "a member who is not the host manages nothing");
    }
}
