package org.givefirst.matching.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.givefirst.matching.domain.MemberProfile;
import org.givefirst.matching.domain.Suggestion;
import org.givefirst.matching.domain.Suggestions;
import org.givefirst.matching.persistence.MemberView;

/** Two-way suggestions for a member: the domain's {@link Suggestions} on a snapshot around them, plus a gathering. */
@ApplicationScoped
public class SuggestionService {

    private final CommunityLoader loader;
    private final Gatherings gatherings;

    public SuggestionService(CommunityLoader loader, Gatherings gatherings) {
        this.loader = loader;
        this.gatherings = gatherings;
    }

    /** A ranked suggestion, the other member as stored, and where the two could meet. */
    public record Explained(Suggestion suggestion, MemberView other, Optional<Gatherings.Gathering> gathering) {
    }

    /** Ranked suggestions for a member; empty when the member is unknown to matching. */
    public Optional<List<Explained>> forMember(UUID memberId, int limit) {
        Optional<CommunityLoader.Loaded> loaded = loader.aroundMember(memberId);
        if (loaded.isEmpty()) {
            return Optional.empty();
        }
        CommunityLoader.Loaded snapshot = loaded.get();
        List<Suggestion> ranked = new Suggestions(snapshot.community()).forMember(memberId, limit);
        MemberProfile member = snapshot.profile(memberId);
        MemberView memberView = snapshot.views().get(memberId);
        Gatherings.Upcoming upcoming = gatherings.upcoming(member.chapters(), List.of(memberId));
        List<Explained> explained = new ArrayList<>();
        for (Suggestion suggestion : ranked) {
            MemberProfile other = snapshot.profile(suggestion.otherMemberId());
            MemberView otherView = snapshot.views().get(suggestion.otherMemberId());
            explained.add(new Explained(suggestion, otherView, upcoming.around(member, memberView, other, otherView)));
        }
        return Optional.of(explained);
    }
}
