package org.givefirst.matching.rest;

import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.givefirst.matching.persistence.MemberView;

/** A member as other views show them: id and display name (an erased member has neither). */
@Schema(name = "MemberRef")
public record MemberRef(
        @Schema(description = "null when the member was erased") UUID memberId,
        @Schema(example = "Ana Costa") String displayName) {

    static final String ERASED = "(erased member)";

    static MemberRef of(UUID memberId, Map<UUID, MemberView> known) {
        if (memberId == null) {
            return new MemberRef(null, ERASED);
        }
        MemberView view = known.get(memberId);
        return new MemberRef(memberId, view == null ? null : view.displayName);
    }
}
