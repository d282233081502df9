package org.givefirst.events.service;

import jakarta.enterprise.context.RequestScoped;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Set;
import java.util.UUID;
import org.givefirst.events.domain.EventAccess;
import org.givefirst.events.persistence.Member;
import org.givefirst.platform.security.Caller;

/**
 * The caller of the current request as the access rules see them: roles and organized chapters from
 * the token, the chapters they belong to from the read model (read at most once per request, and
 * only when a rule asks).
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
        Set<String> memberOf = caller.memberId().<Set<String>>map(ChaptersOf::new).orElse(Set.of());
        return new EventAccess.Viewer(caller.memberId(), caller.organizedChapters(), memberOf, caller.isAdmin(), true);
    }

    /**
     * The chapters a member belongs to, read from the read model the first time a rule asks: most
     * requests (a public event, an RSVP to one, one's own RSVP) never do, and save the query.
     */
    private static final class ChaptersOf extends AbstractSet<String> {
        private final UUID memberId;
        private Set<String> chapters;

        ChaptersOf(UUID memberId) {
            this.memberId = memberId;
        }

        private Set<String> chapters() {
            if (chapters == null) {
                chapters = Member.chaptersOf(memberId);
            }
            return chapters;
        }

        @Override
        public boolean contains(Object chapter) {
            return chapters().contains(chapter);
        }

        @Override
        public Iterator<String> iterator() {
            return chapters().iterator();
        }

        @Override
        public int size() {
            return chapters().size();
        }
    }
}
