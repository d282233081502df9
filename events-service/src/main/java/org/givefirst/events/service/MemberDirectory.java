package org.givefirst.events.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.givefirst.events.client.MemberLookup;
import org.givefirst.events.client.MembersClient;
import org.givefirst.events.persistence.Member;
import org.givefirst.platform.security.Caller;

/**
 * Members as events-service knows them from members-service's facts (the read model fed by
 * {@code MembersTopicConsumer}): display names for answers, and whether an id is a member.
 *
 * <p>Reads never call members-service. Only a write that names an id the read model does not know
 * yet (a member registered a moment ago, whose fact is still on its way) asks members-service, with
 * its timeout, retries and circuit breaker ({@link MembersClient}).
 *
 * <p>Like members-service, a visitor without a token sees the names of public profiles only.
 */
@ApplicationScoped
public class MemberDirectory {

    private final MembersClient client;
    private final Caller caller;

    public MemberDirectory(MembersClient client, Caller caller) {
        this.client = client;
        this.caller = caller;
    }

    /** The display names of these members the current caller may see; ids unknown or erased have none. */
    public Names names(Collection<UUID> ids) {
        Set<UUID> distinct = new LinkedHashSet<>(ids);
        distinct.remove(null);
        boolean signedIn = caller.authenticated();
        Map<UUID, String> names = new LinkedHashMap<>();
        for (Member member : Member.known(distinct)) {
            if (member.displayName != null && (signedIn || member.publicProfile)) {
                names.put(member.id, member.displayName);
            }
        }
        return new Names(names);
    }

    /**
     * Whether an id is a member, for a write that stores it: from the read model, or, for an id it
     * does not know yet, from members-service ({@link MemberLookup.Outcome#UNAVAILABLE} when it
     * cannot answer). An erased member is no member.
     */
    public MemberLookup confirm(UUID id) {
        Member member = Member.findById(id);
        if (member != null) {
            return member.erased ? MemberLookup.notFound(id) : MemberLookup.found(id, member.displayName);
        }
        return client.lookup(id);
    }

    /** Whether the read model has the member in the chapter. */
    public boolean belongsTo(UUID memberId, String chapter) {
        return Member.belongsTo(memberId, chapter);
    }

    /** Display names by member id; a member without one (unknown yet, erased, or not public to this caller) is absent. */
    public record Names(Map<UUID, String> byId) {

        public static final Names NONE = new Names(Map.of());

        public String of(UUID id) {
            return id == null ? null : byId.get(id);
        }

        public boolean has(UUID id) {
            return byId.containsKey(Objects.requireNonNull(id));
        }
    }
}
