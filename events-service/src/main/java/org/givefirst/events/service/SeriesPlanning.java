package org.givefirst.events.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.givefirst.events.config.EventsConfig;
import org.givefirst.events.domain.EventAccess;
import org.givefirst.events.domain.SeriesRule;
import org.givefirst.events.domain.SeriesStatus;
import org.givefirst.events.messaging.EventFacts;
import org.givefirst.events.messaging.SeriesFacts;
import org.givefirst.events.persistence.Event;
import org.givefirst.events.persistence.Occurrences;
import org.givefirst.events.persistence.Series;
import org.givefirst.platform.contracts.EventFormat;
import org.givefirst.platform.contracts.EventStatus;
import org.givefirst.platform.contracts.Visibility;
import org.givefirst.platform.problem.ProblemException;

/**
 * A host plans a series, and changes "this and all following" occurrences by splitting it: the old
 * series ends before the chosen date, a new one carries on from there with the changes.
 */
@ApplicationScoped
public class SeriesPlanning {

    private final SeriesFacts seriesFacts;
    private final EventFacts eventFacts;
    private final SeriesWindow window;
    private final SeriesQueries queries;
    private final MemberDirectory members;
    private final EventQueries events;
    private final EventsConfig config;
    private final Clock clock;

    public SeriesPlanning(SeriesFacts seriesFacts, EventFacts eventFacts, SeriesWindow window, SeriesQueries queries,
                          MemberDirectory members, EventQueries events, EventsConfig config, Clock clock) {
        this.seriesFacts = seriesFacts;
        this.eventFacts = eventFacts;
        this.window = window;
        this.queries = queries;
        this.members = members;
        this.events = events;
        this.config = config;
        this.clock = clock;
    }

    /** The template of every occurrence. A null capacity means the default, a null visibility members. */
    public record Template(String title, String description, EventFormat format, String venue, Integer capacity,
                           Visibility visibility, String cause) {
    }

    /** What a host plans: the template and when (first start local in zone, duration, RRULE value). */
    public record Plan(String chapter, UUID hostId, Template template, LocalDateTime start, int durationMinutes,
                       String timeZone, String recurrence) {
    }

    /** "This and following": from the occurrence on or after {@code from}, what changes (null = unchanged). */
    public record Split(LocalDate from, Template template, LocalTime time, Integer durationMinutes, String recurrence) {
    }

    /**
     * Creates a series and its occurrences of the window ahead, published. Like an event, a member
     * hosts their own series and organizers may name another host; a public series, which fills the
     * chapter's public calendar week after week, is for the chapter's organizers only.
     */
    @Transactional
    public Series create(EventAccess.Viewer viewer, Plan plan) {
        events.requireChapter(plan.chapter());
        if (!EventAccess.mayCreateIn(viewer, plan.chapter())) {
            throw ProblemException.forbidden("Only members of chapter '" + plan.chapter() + "' create its series");
        }
        UUID host = plan.hostId() != null
                ? plan.hostId()
                : viewer.memberId().orElseThrow(() -> ProblemException.badRequest("hostId is required when the token is not a member's"));
        boolean organizer = EventAccess.mayNameAnotherHost(viewer, plan.chapter());
        if (!viewer.is(host)) {
            if (!organizer) {
                throw ProblemException.forbidden("Only organizers of chapter '" + plan.chapter() + "' may create a series for another host");
            }
            if (!members.belongsTo(host, plan.chapter())) {
                throw ProblemException.badRequest("hostId " + host + " is not a member of chapter '" + plan.chapter() + "'");
            }
        }
        if (plan.template().visibility() == Visibility.PUBLIC && !organizer) {
            throw ProblemException.forbidden("Only organizers of chapter '" + plan.chapter() + "' may create a public series");
        }
        SeriesRule rule = parse(plan.recurrence(), plan.start(), plan.durationMinutes(), plan.timeZone());
        Instant now = clock.instant();
        Series series = new Series();
        series.id = UUID.randomUUID();
        series.chapter = plan.chapter();
        series.hostId = host;
        applyTemplate(series, plan.template(), true);
        series.apply(rule);
        series.status = SeriesStatus.ACTIVE;
        series.createdAt = now;
        series.updatedAt = now;
        series.persist();
        series.flush();
        seriesFacts.created(series);
        window.extend(series, window.horizon());
        return series;
    }

    /** Splits the series at the first occurrence on or after {@code split.from()}; answers the new series. */
    @Transactional
    public Series split(EventAccess.Viewer viewer, UUID id, Split split) {
        Series old = queries.manageable(viewer, id);
        if (old.status == SeriesStatus.ENDED) {
            throw ProblemException.conflict("An ended series cannot be changed");
        }
        if (split.template() != null && split.template().visibility() == Visibility.PUBLIC && old.visibility != Visibility.PUBLIC
                && !viewer.admin() && !viewer.organizes().contains(old.chapter)) {
            throw ProblemException.forbidden("Only organizers of chapter '" + old.chapter + "' may make a series public");
        }
        SeriesRule oldRule = old.rule();
        if (!SeriesRule.isPlausible(split.from())) {
            throw ProblemException.invalid("from", "the series has no occurrence on or after " + split.from());
        }
        SeriesRule.Occurrence at = oldRule.firstOnOrAfter(split.from())
                .orElseThrow(() -> ProblemException.invalid("from", "the series has no occurrence on or after " + split.from()));
        LocalDateTime seed = at.localStart().toLocalDate().atTime(split.time() != null ? split.time() : at.localStart().toLocalTime());
        SeriesRule newRule = parse(split.recurrence() != null ? split.recurrence() : oldRule.withoutCount().rrule(), seed,
                split.durationMinutes() != null ? split.durationMinutes() : old.durationMinutes, old.timeZone);
        Instant now = clock.instant();

        Series next = new Series();
        next.id = UUID.randomUUID();
        next.chapter = old.chapter;
        next.hostId = old.hostId;
        next.title = old.title;
        next.description = old.description;
        next.format = old.format;
        next.venue = old.venue;
        next.cause = old.cause;
        next.capacity = old.capacity;
        next.visibility = old.visibility;
        if (split.template() != null) {
            applyTemplate(next, split.template(), false);
        }
        next.apply(newRule);
        next.status = old.status;
        next.splitFrom = old.id;
        next.createdAt = now;
        next.updatedAt = now;
        next.persist();
        next.flush();

        old.apply(oldRule.endingBefore(at.startsAt()));
        boolean nothingLeft = !at.startsAt().isAfter(oldRule.instant(oldRule.firstStart()));
        if (nothingLeft) {
            old.status = SeriesStatus.ENDED;
        }
        old.touch(now);
        for (Event event : Occurrences.fromForUpdate(old.id, at.startsAt())) {
            carryOver(event, next, now);
        }
        for (Instant skipped : Occurrences.skipped(old.id)) {
            if (!skipped.isBefore(at.startsAt())) {
                LocalDate day = java.time.LocalDateTime.ofInstant(skipped, old.rule().zone()).toLocalDate();
                next.rule().between(skipped.minus(Duration.ofDays(1)), skipped.plus(Duration.ofDays(1))).stream()
                        .filter(o -> o.localStart().toLocalDate().equals(day))
                        .forEach(o -> Occurrences.skip(next.id, o.startsAt(), now));
            }
        }
        if (nothingLeft) {
            seriesFacts.ended(old);
        } else {
            seriesFacts.updated(old, List.of("until"));
        }
        seriesFacts.created(next);
        next.flush();
        if (next.status == SeriesStatus.ACTIVE) {
            window.extend(next, window.horizon());
        }
        return next;
    }

    /**
     * An occurrence at or after the split: when the new series has one on the same day, the event
     * moves over with its RSVPs and takes the new template; otherwise it is called off.
     */
    private void carryOver(Event event, Series next, Instant now) {
        if (!event.status.isOpen()) {
            return;
        }
        java.time.ZoneId zone = java.time.ZoneId.of(event.timeZone);
        LocalDate day = java.time.LocalDateTime.ofInstant(event.originalStart, zone).toLocalDate();
        var match = next.rule().between(event.originalStart.minus(Duration.ofDays(2)), event.originalStart.plus(Duration.ofDays(2)))
                .stream().filter(o -> o.localStart().toLocalDate().equals(day)).findFirst();
        if (match.isEmpty()) {
            window.callOff(event, now);
            return;
        }
        List<String> changed = new ArrayList<>();
        change(changed, "title", event.title, next.title, () -> event.title = next.title);
        change(changed, "description", event.description, next.description, () -> event.description = next.description);
        change(changed, "format", event.format, next.format, () -> event.format = next.format);
        change(changed, "venue", event.venue, next.venue, () -> event.venue = next.venue);
        change(changed, "cause", event.cause, next.cause, () -> event.cause = next.cause);
        if (next.capacity >= event.seatsTaken) {
            change(changed, "capacity", event.capacity, next.capacity, () -> event.capacity = next.capacity);
        }
        change(changed, "visibility", event.visibility, next.visibility, () -> event.visibility = next.visibility);
        change(changed, "start", event.startsAt, match.get().startsAt(), () -> event.startsAt = match.get().startsAt());
        change(changed, "end", event.endsAt, match.get().endsAt(), () -> event.endsAt = match.get().endsAt());
        event.seriesId = next.id;
        event.originalStart = match.get().startsAt();
        event.touch(now);
        if (event.status == EventStatus.PUBLISHED && !changed.isEmpty()) {
            eventFacts.updated(event, changed);
        }
    }

    private static void change(List<String> changed, String field, Object before, Object after, Runnable apply) {
        if (!Objects.equals(before, after)) {
            apply.run();
            changed.add(field);
        }
    }

    private void applyTemplate(Series series, Template t, boolean creating) {
        if (creating || t.title() != null) {
            series.title = t.title();
        }
        if (creating || t.description() != null) {
            series.description = EventPlanning.blankToNull(t.description());
        }
        if (creating || t.format() != null) {
            series.format = t.format();
        }
        if (creating || t.venue() != null) {
            series.venue = EventPlanning.blankToNull(t.venue());
        }
        if (creating || t.cause() != null) {
            series.cause = EventPlanning.blankToNull(t.cause());
        }
        if (t.capacity() != null) {
            series.capacity = t.capacity();
        } else if (creating) {
            series.capacity = config.defaultCapacity();
        }
        if (t.visibility() != null) {
            series.visibility = t.visibility();
        } else if (creating) {
            series.visibility = Visibility.MEMBERS;
        }
    }

    private static SeriesRule parse(String recurrence, LocalDateTime start, int minutes, String zone) {
        SeriesRule.Parsed parsed = SeriesRule.parse(recurrence, start, Duration.ofMinutes(minutes), zone);
        if (parsed.problem() != null) {
            throw ProblemException.invalid(parsed.problem().field(), parsed.problem().message());
        }
        return parsed.rule();
    }
}
