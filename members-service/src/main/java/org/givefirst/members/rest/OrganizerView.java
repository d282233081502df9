package org.givefirst.members.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.givefirst.members.persistence.Member;

/** An organizer as a chapter shows them: who, never how to reach them. */
@Schema(name = "Organizer")
public record OrganizerView(
        @Schema(example = "5b0e8f3e-6a7c-4a43-9c1e-0d6f3a2b9f10") String memberId,
        @Schema(example = "Ana Ribeiro") String displayName) {

    static OrganizerView of(Member m) {
        return new OrganizerView(m.id.toString(), m.displayName);
    }
}
