package org.givefirst.events.service;

import jakarta.enterprise.context.RequestScoped;
import java.util.Set;
import org.givefirst.events.domain.EventAccess;
import org.givefirst.events.persistence.Member;
import org.givefirst.platform.security.Caller;

/**
 * The caller of the current request as the access rules see them: roles and organized chapters from
 * the token, the chapters they belong to from the read model (read once per request, when asked).
 */
@RequestScoped
public class Viewers {

    private final Caller caller;
    private EventAccess.Viewer current;

    public Viewers(Caller caller) {
        this.caller = caller;
    }

    public EventAccess.Viewer current() {
        if (current == null) {
            current = load();
        }
        return current;
    }

    private EventAccess.Viewer load() {
        if (!caller.authenticated()) {
            return EventAccess.Viewer.ANONYMOUS;
        }
        Set<String> memberOf = caller.memberId().map(Member::chaptersOf).orElse(Set.of());
        return new EventAccess.Viewer(caller.memberId(), caller.organizedChapters(), memberOf, caller.isAdmin(), true);
    }
}
