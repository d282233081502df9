package org.givefirst.examples;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Display names of members, learnt from the member facts on {@code givefirst.members.v1}
 * (registered and updated carry {@code displayName}); an erased member's name is forgotten at once.
 */
final class MemberNames {

    private final Map<String, String> names = new HashMap<>();

    void apply(JsonNode event) {
        String type = event.path("type").asText("");
        JsonNode data = event.path("data");
        String memberId = data.path("memberId").asText(event.path("subject").asText(""));
        if (memberId.isEmpty()) {
            return;
        }
        if (type.startsWith("org.givefirst.member.erased.")) {
            names.remove(memberId);
        } else if (type.startsWith("org.givefirst.member.") && data.path("displayName").isTextual()) {
            names.put(memberId, data.path("displayName").asText());
        }
    }

    Optional<String> of(String memberId) {
        return Optional.ofNullable(names.get(memberId));
    }
}
