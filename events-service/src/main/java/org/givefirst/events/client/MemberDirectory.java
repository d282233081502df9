package org.givefirst.events.client;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.givefirst.events.config.EventsConfig;
import org.givefirst.platform.security.Caller;

/**
 * Display names and existence checks of members, with a short-lived cache of the names found so
 * that a list of RSVPs does not ask members-service the same thing again and again.
 *
 * <p>members-service shows a signed-in caller more profiles than an anonymous one, and the caller's
 * token is passed on with each look-up; so names fetched for signed-in callers are cached apart
 * from names fetched anonymously, and an anonymous caller never sees a name only members may see.
 */
@ApplicationScoped
public class MemberDirectory {

    private static final int MAX_CACHED = 10_000;

    private final MembersClient client;
    private final EventsConfig config;
    private final Caller caller;
    private final Clock clock;
    private final Map<CacheKey, Cached> cache = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<CacheKey, Cached> eldest) {
            return size() > MAX_CACHED;
        }
    };

    public MemberDirectory(MembersClient client, EventsConfig config, Caller caller, Clock clock) {
        this.client = client;
        this.config = config;
        this.caller = caller;
        this.clock = clock;
    }

    private record CacheKey(UUID id, boolean signedIn) {
    }

    private record Cached(String displayName, Instant expires) {
    }

    public MemberLookup lookup(UUID id) {
        Instant now = clock.instant();
        CacheKey key = new CacheKey(id, caller.authenticated());
        synchronized (cache) {
            Cached cached = cache.get(key);
            if (cached != null && cached.expires().isAfter(now)) {
                return MemberLookup.found(id, cached.displayName());
            }
        }
        MemberLookup lookup = client.lookup(id);
        synchronized (cache) {
            if (lookup.isFound()) {
                cache.put(key, new Cached(lookup.displayName(), now.plus(config.displayNameTtl())));
            } else {
                cache.remove(key);
            }
        }
        return lookup;
    }

    /** Looks up each distinct id once; stops asking after the first unavailable answer. */
    public Names names(Collection<UUID> ids) {
        Map<UUID, String> names = new LinkedHashMap<>();
        boolean complete = true;
        for (UUID id : new LinkedHashSet<>(ids)) {
            if (id == null) {
                continue;
            }
            if (!complete) {
                break;
            }
            MemberLookup lookup = lookup(id);
            if (lookup.isUnavailable()) {
                complete = false;
            } else if (lookup.isFound()) {
                names.put(id, lookup.displayName());
            }
        }
        return new Names(names, complete);
    }

    /** Forgets a member, e.g. once they were erased. */
    public void forget(UUID id) {
        synchronized (cache) {
            cache.remove(new CacheKey(id, true));
            cache.remove(new CacheKey(id, false));
        }
    }

    /**
     * Display names by member id.
     *
     * @param complete false when members-service could not be asked, so some names are missing
     */
    public record Names(Map<UUID, String> byId, boolean complete) {

        public static Names of(MemberLookup lookup) {
            Map<UUID, String> names = new LinkedHashMap<>();
            if (lookup.isFound()) {
                names.put(lookup.id(), lookup.displayName());
            }
            return new Names(names, !lookup.isUnavailable());
        }

        public String of(UUID id) {
            return id == null ? null : byId.get(id);
        }

        public boolean has(UUID id) {
            return byId.containsKey(Objects.requireNonNull(id));
        }
    }
}
