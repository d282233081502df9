package org.givefirst.events.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.givefirst.events.client.MemberLookup;
import org.givefirst.events.domain.EventAccess;
import org.givefirst.events.persistence.Event;
import org.givefirst.events.messaging.EventFacts;
import org.givefirst.events.persistence.Invitation;
import org.givefirst.platform.contracts.EventStatus;
import org.givefirst.platform.problem.ProblemException;

/**
 * Invitations: the host (or an organizer of the chapter) asks members to come, optionally with a
 * guest seat. Each invited id must be a member (see {@link MemberDirectory#confirm}); while an id
 * the read model does not know yet cannot be confirmed, inviting answers 503 rather than storing ids nobody checked.
 */
@ApplicationScoped
public class InvitationService {

    private final EventQueries events;
    private final MemberDirectory members;
    private final EventFacts facts;
    private final Clock clock;

    public InvitationService(EventQueries events, MemberDirectory members, EventFacts facts, Clock clock) {
        this.events = events;
        this.members = members;
        this.facts = facts;
        this.clock = clock;
    }

    public record Invited(Invitation invitation, String displayName) {
    }

    public record Invitations(List<Invited> invitations) {
    }

    public Invitations invite(EventAccess.Viewer viewer, UUID eventId, List<UUID> memberIds, boolean guestSeat, String note) {
        // Permission and state first, so that a refused caller causes no remote call.
        QuarkusTransaction.joiningExisting().run(() -> requireInvitable(events.manageable(viewer, eventId)));
        Map<UUID, String> names = new LinkedHashMap<>();
        List<UUID> unknown = new ArrayList<>();
        Set<UUID> ids = new LinkedHashSet<>(memberIds);
        for (UUID id : ids) {
            MemberLookup lookup = members.confirm(id);
            switch (lookup.outcome()) {
                case FOUND -> names.put(id, lookup.displayName());
                case NOT_FOUND -> unknown.add(id);
                case UNAVAILABLE -> throw ProblemException.unavailable(
                        "members-service cannot confirm the invited members right now; try again shortly");
            }
        }
        if (!unknown.isEmpty()) {
            throw ProblemException.badRequest("memberIds: not Givefirst members: " + unknown);
        }
        List<Invited> invited = QuarkusTransaction.joiningExisting().call(() -> {
            Event event = events.manageable(viewer, eventId);
            requireInvitable(event);
            Instant now = clock.instant();
            List<Invited> stored = new ArrayList<>();
            for (UUID id : ids) {
                Invitation invitation = Invitation.find(eventId, id).orElse(null);
                boolean fresh = invitation == null;
                if (fresh) {
                    invitation = new Invitation();
                    invitation.id = UUID.randomUUID();
                    invitation.eventId = eventId;
                    invitation.memberId = id;
                    invitation.createdAt = now;
                }
                invitation.invitedBy = viewer.memberId().orElse(null);
                invitation.guestSeat = guestSeat;
                invitation.note = EventPlanning.blankToNull(note);
                invitation.updatedAt = now;
                if (fresh) {
                    invitation.persist();
                }
                // Inviting again is sending again (with the current guest seat). Drafts stay private:
                // their invitations are sent when the event is published (EventLifecycle).
                if (event.status == EventStatus.PUBLISHED) {
                    facts.invitationSent(event, id, invitation.invitedBy, invitation.guestSeat);
                }
                stored.add(new Invited(invitation, names.get(id)));
            }
            return stored;
        });
        return new Invitations(invited);
    }

    /**
     * Withdraws a member's invitation (the host or an organizer). An RSVP the member already gave
     * stays: a manager cancels it separately when the seat should go too.
     */
    @Transactional
    public void withdraw(EventAccess.Viewer viewer, UUID eventId, UUID memberId) {
        Event event = events.manageable(viewer, eventId);
        requireInvitable(event);
        Invitation invitation = Invitation.find(eventId, memberId)
                .orElseThrow(() -> ProblemException.notFound("Invitation of member", memberId));
        invitation.delete();
        if (event.status == EventStatus.PUBLISHED) {
            facts.invitationWithdrawn(event, memberId);
        }
    }

    /** The invitations of an event, for its managers. */
    public Invitations list(EventAccess.Viewer viewer, UUID eventId) {
        List<Invitation> all = QuarkusTransaction.joiningExisting().call(() -> {
            events.manageable(viewer, eventId);
            return Invitation.<Invitation>list("eventId = ?1 order by createdAt, id", eventId);
        });
        MemberDirectory.Names names = members.names(all.stream().map(i -> i.memberId).toList());
        return new Invitations(all.stream().map(i -> new Invited(i, names.of(i.memberId))).toList());
    }

    private static void requireInvitable(Event event) {
        if (!event.status.isOpen()) {
            throw ProblemException.conflict("A " + event.status.wireName() + " event takes no more invitations");
        }
    }
}
