package org.givefirst.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.givefirst.platform.problem.ProblemException;

/** Who is calling, read from the bearer token, and the ownership rules every service applies. */
@RequestScoped
public class Caller {

    /** Claim listing the slugs of the chapters an organizer organizes. */
    public static final String ORGANIZER_OF_CLAIM = "organizer_of";

    private final JsonWebToken token;

    public Caller(JsonWebToken token) {
        this.token = token;
    }

    public boolean authenticated() {
        return token != null && token.getRawToken() != null;
    }

    /** The caller's member id: the token subject when it is a member id. */
    public Optional<UUID> memberId() {
        if (!authenticated() || token.getSubject() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(token.getSubject()));
        } catch (IllegalArgumentException notAMemberId) {
            return Optional.empty();
        }
    }

    public boolean hasRole(String role) {
        return authenticated() && token.getGroups().contains(role);
    }

    public boolean isAdmin() {
        return hasRole(Roles.ADMIN);
    }

    public boolean isService() {
        return hasRole(Roles.SERVICE);
    }

    public boolean is(UUID memberId) {
        return memberId != null && memberId().map(memberId::equals).orElse(false);
    }

    /** The chapters (slugs) this caller organizes; empty unless they have the organizer role. */
    public Set<String> organizedChapters() {
        if (!hasRole(Roles.ORGANIZER)) {
            return Set.of();
        }
        Object claim = token.getClaim(ORGANIZER_OF_CLAIM);
        if (claim instanceof JsonArray array) {
            return array.stream()
                    .filter(JsonString.class::isInstance)
                    .map(value -> ((JsonString) value).getString())
                    .collect(Collectors.toUnmodifiableSet());
        }
        if (claim instanceof Set<?> set) {
            return set.stream().map(String::valueOf).collect(Collectors.toUnmodifiableSet());
        }
        return Set.of();
    }

    public boolean organizes(String chapterSlug) {
        return isAdmin() || organizedChapters().contains(chapterSlug);
    }

    /** Passes when the caller is this member or an admin. */
    public void requireSelfOrAdmin(UUID memberId, String action) {
        if (!is(memberId) && !isAdmin()) {
            throw ProblemException.forbidden("Only the member themselves or an admin may " + action);
        }
    }
}
