package org.givefirst.events.client;

import java.util.Optional;
import java.util.UUID;

/** What members-service said about a member id, including that it could not be asked. */
public record MemberLookup(UUID id, Outcome outcome, String displayName) {

    public enum Outcome {
        FOUND, NOT_FOUND, UNAVAILABLE
    }

    public static MemberLookup found(UUID id, String displayName) {
        return new MemberLookup(id, Outcome.FOUND, displayName);
    }

    public static MemberLookup notFound(UUID id) {
        return new MemberLookup(id, Outcome.NOT_FOUND, null);
    }

    public static MemberLookup unavailable(UUID id) {
        return new MemberLookup(id, Outcome.UNAVAILABLE, null);
    }

    public boolean isFound() {
        return outcome == Outcome.FOUND;
    }

    public boolean isUnavailable() {
        return outcome == Outcome.UNAVAILABLE;
    }

    public Optional<String> name() {
        return Optional.ofNullable(displayName);
    }
}
