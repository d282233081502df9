package org.givefirst.webhooks.service;

import jakarta.enterprise.context.RequestScoped;
import java.util.List;
import java.util.UUID;
import org.givefirst.platform.problem.ProblemException;
import org.givefirst.platform.security.Caller;
import org.givefirst.webhooks.persistence.Endpoint;

/** Who may manage which endpoints: organizers those of their chapters, admins all of them. */
@RequestScoped
public class Access {

    private final Caller caller;

    public Access(Caller caller) {
        this.caller = caller;
    }

    public void requireOrganizerOf(String chapter) {
        if (!caller.organizes(chapter)) {
            throw ProblemException.forbidden("Only an organizer of chapter '" + chapter + "' or an admin may manage its webhooks");
        }
    }

    /** The endpoint, when the caller may manage it; 404 when it does not exist, 403 when it is another chapter's. */
    public Endpoint endpoint(UUID id) {
        Endpoint endpoint = Endpoint.findById(id);
        if (endpoint == null) {
            throw ProblemException.notFound("Webhook endpoint", id);
        }
        requireOrganizerOf(endpoint.chapter);
        return endpoint;
    }

    /** The chapters whose endpoints the caller sees: null for an admin (all). */
    public List<String> visibleChapters() {
        return caller.isAdmin() ? null : List.copyOf(caller.organizedChapters());
    }

    public String who() {
        return caller.memberId().map(UUID::toString).orElse("admin");
    }
}
