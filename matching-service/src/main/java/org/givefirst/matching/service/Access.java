package org.givefirst.matching.service;

import jakarta.enterprise.context.RequestScoped;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.givefirst.matching.persistence.Introduction;
import org.givefirst.platform.problem.ProblemException;
import org.givefirst.platform.security.Caller;

/** Who may see what in matching-service, on top of the platform's {@link Caller}. */
@RequestScoped
public class Access {

    private final Caller caller;
    private final JsonWebToken token;
    private final MemberQueries members;

    public Access(Caller caller, JsonWebToken token, MemberQueries members) {
        this.caller = caller;
        this.token = token;
        this.members = members;
    }

    public Caller caller() {
        return caller;
    }

    /** The caller's name for the record (token subject). */
    public String name() {
        return token.getSubject() == null ? "unknown" : token.getSubject();
    }

    /** The member themself, an admin, or an organizer of one of the member's chapters. */
    public void requireMemberOrOrganizer(UUID memberId, String action) {
        if (caller.is(memberId) || caller.isAdmin()) {
            return;
        }
        Set<String> organized = caller.organizedChapters();
        if (!organized.isEmpty() && members.chaptersOf(memberId).stream().anyMatch(organized::contains)) {
            return;
        }
        throw ProblemException.forbidden("Only the member, an organizer of their chapter or an admin may " + action);
    }

    /** An organizer of the chapter, or an admin. */
    public void requireOrganizerOf(String chapter, String action) {
        if (!caller.organizes(chapter)) {
            throw ProblemException.forbidden("Only an organizer of chapter " + chapter + " or an admin may " + action);
        }
    }

    /** One of the two members, an organizer of the introduction's chapter, or an admin. */
    public void requireCanRead(Introduction intro) {
        if (isOneOfTheTwo(intro) || caller.organizes(intro.chapter)) {
            return;
        }
        throw ProblemException.forbidden("Only the two members, an organizer of the chapter or an admin may read this introduction");
    }

    public boolean isOneOfTheTwo(Introduction intro) {
        return caller.memberId().map(intro::involves).orElse(false);
    }

    /** The caller's member id, required for acting as a member. */
    public UUID memberId(String action) {
        return caller.memberId().orElseThrow(() -> ProblemException.forbidden("Only a member may " + action));
    }
}
