package org.givefirst.events.service;

import jakarta.enterprise.context.RequestScoped;
import org.givefirst.events.domain.EventAccess;
import org.givefirst.platform.security.Caller;

/** The caller of the current request as the access rules see them. */
@RequestScoped
public class Viewers {

    private final Caller caller;

    public Viewers(Caller caller) {
        this.caller = caller;
    }

    public EventAccess.Viewer current() {
        if (!caller.authenticated()) {
            return EventAccess.Viewer.ANONYMOUS;
        }
        return new EventAccess.Viewer(caller.memberId(), caller.organizedChapters(), caller.isAdmin(), true);
    }
}
