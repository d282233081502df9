package org.givefirst.matching.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.givefirst.matching.domain.MemberProfile;
import org.givefirst.matching.domain.Objective;
import org.givefirst.matching.domain.WhereToGo;
import org.givefirst.matching.persistence.EventView;
import org.givefirst.matching.persistence.MemberView;
import org.givefirst.platform.problem.ProblemException;

/**
 * "Where should I go?": the upcoming events of the member's chapters (and those they already go
 * to), ranked by the domain's {@link WhereToGo} by how many of the people going can help with the
 * member's objectives. Invite-only events count only when the member is going.
 */
@ApplicationScoped
public class WhereToGoService {

    private final MemberQueries members;
    private final CommunityLoader loader;
    private final Gatherings gatherings;

    public WhereToGoService(MemberQueries members, CommunityLoader loader, Gatherings gatherings) {
        this.members = members;
        this.loader = loader;
        this.gatherings = gatherings;
    }

    /** A ranked event with the event itself and the stored helpers. */
    public record RankedEvent(EventView event, WhereToGo.EventRanking ranking, Map<UUID, MemberView> helpers) {
    }

    /**
     * @param objective index of one of the member's objectives to rank for, or empty for all of them
     * @return empty when the member is unknown to matching
     */
    public Optional<List<RankedEvent>> forMember(UUID memberId, Optional<Integer> objective, int limit) {
        if (members.find(memberId).isEmpty()) {
            return Optional.empty();
        }
        MemberProfile member = loader.of(List.of(memberId)).profile(memberId);
        List<EventView> events = new ArrayList<>(gatherings.upcoming(member.chapters(), List.of(memberId)).events());
        Map<UUID, Set<UUID>> going = gatherings.going(events);
        events.removeIf(event -> EventView.VISIBILITY_INVITE_ONLY.equals(event.visibility)
                && !going.getOrDefault(event.eventId, Set.of()).contains(memberId));

        Set<UUID> attendees = new HashSet<>();
        going.values().forEach(attendees::addAll);
        attendees.remove(memberId);
        CommunityLoader.Loaded loaded = loader.of(attendees);
        List<WhereToGo.UpcomingEvent> upcoming = new ArrayList<>();
        for (EventView event : events) {
            List<MemberProfile> profiles = new ArrayList<>();
            for (UUID attendee : going.getOrDefault(event.eventId, Set.of())) {
                loaded.community().profile(attendee).ifPresent(profiles::add);
            }
            upcoming.add(new WhereToGo.UpcomingEvent(event.eventId, profiles));
        }
        List<WhereToGo.EventRanking> rankings;
        if (objective.isPresent()) {
            int index = objective.get();
            if (index < 0 || index >= member.objectives().size()) {
                throw ProblemException.badRequest("objective must be the index of one of the member's "
                        + member.objectives().size() + " objectives");
            }
            Objective chosen = member.objectives().get(index);
            rankings = WhereToGo.rank(member, chosen, upcoming);
        } else {
            rankings = WhereToGo.rank(member, upcoming);
        }
        Map<UUID, EventView> byId = new java.util.HashMap<>();
        events.forEach(event -> byId.put(event.eventId, event));
        return Optional.of(rankings.stream().limit(limit)
                .map(ranking -> new RankedEvent(byId.get(ranking.eventId()), ranking, loaded.views()))
                .toList());
    }
}
