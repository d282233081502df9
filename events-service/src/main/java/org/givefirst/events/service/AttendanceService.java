package org.givefirst.events.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.givefirst.events.client.MemberLookup;
import org.givefirst.events.domain.EventAccess;
import org.givefirst.events.messaging.EventFacts;
import org.givefirst.events.persistence.Attendance;
import org.givefirst.events.persistence.Event;
import org.givefirst.events.persistence.Invitation;
import org.givefirst.events.persistence.Rsvp;
import org.givefirst.platform.contracts.EventStatus;
import org.givefirst.platform.problem.ProblemException;

/**
 * Who came. The host records attendance once the event has started, for members who RSVPed or were
 * invited and for walk-ins; a no-show ({@code attended: false}) is recorded and published too.
 */
@ApplicationScoped
public class AttendanceService {

    private final EventQueries events;
    private final EventFacts facts;
    private final MemberDirectory members;
    private final Clock clock;

    public AttendanceService(EventQueries events, EventFacts facts, MemberDirectory members, Clock clock) {
        this.events = events;
        this.facts = facts;
        this.members = members;
        this.clock = clock;
    }

    public record Recorded(Attendance attendance, boolean created) {
    }

    public Recorded record(EventAccess.Viewer viewer, UUID eventId, UUID memberId, boolean attended) {
        boolean known = QuarkusTransaction.joiningExisting().call(() -> {
            requireRecordable(events.manageable(viewer, eventId));
            return Rsvp.find(eventId, memberId).isPresent() || Invitation.find(eventId, memberId).isPresent();
        });
        if (!known) {
            // A walk-in: an id this event has never seen must be a member.
            MemberLookup lookup = members.confirm(memberId);
            if (lookup.outcome() == MemberLookup.Outcome.NOT_FOUND) {
                throw ProblemException.notFound("Member", memberId);
            }
            if (lookup.isUnavailable()) {
                throw ProblemException.unavailable("members-service cannot confirm member " + memberId + " right now; try again shortly");
            }
        }
        return QuarkusTransaction.joiningExisting().call(() -> {
            Event event = events.manageable(viewer, eventId);
            requireRecordable(event);
            Instant now = clock.instant();
            Attendance record = Attendance.find(eventId, memberId).orElse(null);
            boolean created = record == null;
            if (created) {
                record = new Attendance();
                record.id = UUID.randomUUID();
                record.eventId = eventId;
                record.memberId = memberId;
            } else if (record.attended == attended) {
                return new Recorded(record, false);
            }
            record.attended = attended;
            record.recordedBy = viewer.memberId().orElse(null);
            record.recordedAt = now;
            if (created) {
                record.persist();
            }
            facts.attendanceRecorded(event, memberId, attended);
            return new Recorded(record, created);
        });
    }

    public List<Attendance> list(EventAccess.Viewer viewer, UUID eventId) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            events.manageable(viewer, eventId);
            return Attendance.<Attendance>list("eventId = ?1 order by recordedAt, id", eventId);
        });
    }

    private void requireRecordable(Event event) {
        if (event.status != EventStatus.PUBLISHED && event.status != EventStatus.COMPLETED) {
            throw ProblemException.conflict("Attendance is recorded for published or completed events; this one is "
                    + event.status.wireName());
        }
        if (!event.schedule().hasStarted(clock.instant())) {
            throw ProblemException.conflict("Attendance is recorded once the event has started");
        }
    }
}
