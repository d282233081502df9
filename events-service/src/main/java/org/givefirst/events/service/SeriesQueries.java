package org.givefirst.events.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.givefirst.events.config.EventsConfig;
import org.givefirst.events.domain.EventAccess;
import org.givefirst.events.domain.SeriesRule;
import org.givefirst.events.persistence.Event;
import org.givefirst.events.persistence.Occurrences;
import org.givefirst.events.persistence.Series;
import org.givefirst.platform.contracts.EventStatus;
import org.givefirst.platform.contracts.Visibility;
import org.givefirst.platform.problem.ProblemException;

/** Finding series as a viewer may see them, and what a calendar needs to show one. */
@ApplicationScoped
public class SeriesQueries {

    private final EventsConfig config;
    private final Clock clock;

    public SeriesQueries(EventsConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    /**
     * A series with everything its calendar entry says.
     *
     * @param rule        the recurrence as calendars should expand it (a paused series stops at its last occurrence)
     * @param skipped     original starts taken out (EXDATE)
     * @param occurrences its events, by original start
     */
    public record Feed(Series series, SeriesRule rule, Set<Instant> skipped, List<Event> occurrences) {
    }

    /** A series with its dates taken out and its occurrences. */
    public record Detail(Series series, SeriesRule rule, Set<Instant> skipped, List<Event> occurrences) {
    }

    static EventAccess.Subject subject(Series series) {
        // A series is out in the open from its creation: what decides who sees it is its visibility.
        return new EventAccess.Subject(series.chapter, series.hostId, series.visibility, EventStatus.PUBLISHED);
    }

    public Series find(EventAccess.Viewer viewer, UUID id) {
        Series series = Series.<Series>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Series", id));
        if (!EventAccess.sees(viewer, subject(series), false)) {
            throw ProblemException.notFound("Series", id);
        }
        return series;
    }

    public Detail detail(EventAccess.Viewer viewer, UUID id) {
        Series series = find(viewer, id);
        return new Detail(series, series.rule(), Occurrences.skipped(id), Occurrences.of(id));
    }

    /** Locks the series for a change by one of its managers (its host, the chapter's organizers, admins). */
    public Series manageable(EventAccess.Viewer viewer, UUID id) {
        Series series = Series.findForUpdate(id).orElseThrow(() -> ProblemException.notFound("Series", id));
        if (!EventAccess.manages(viewer, subject(series))) {
            if (EventAccess.sees(viewer, subject(series), false)) {
                throw ProblemException.forbidden("Only the host and the organizers of chapter '" + series.chapter + "' manage this series");
            }
            throw ProblemException.notFound("Series", id);
        }
        return series;
    }

    /** The series of a chapter the viewer may see. */
    public List<Detail> ofChapter(EventAccess.Viewer viewer, String chapter) {
        return Series.ofChapter(chapter, true).stream().filter(s -> EventAccess.sees(viewer, subject(s), false))
                .map(s -> new Detail(s, s.rule(), Occurrences.skipped(s.id), Occurrences.of(s.id))).toList();
    }

    /** One series' calendar entry, when the viewer may see it. */
    public Feed feed(EventAccess.Viewer viewer, UUID id) {
        return feed(find(viewer, id));
    }

    public Feed feed(Series series) {
        List<Event> occurrences = Occurrences.of(series.id);
        SeriesRule rule = series.rule();
        if (series.status == org.givefirst.events.domain.SeriesStatus.PAUSED) {
            Instant last = occurrences.isEmpty() ? rule.instant(rule.firstStart()) : occurrences.get(occurrences.size() - 1).originalStart;
            rule = rule.endingBefore(last.plusSeconds(1));
        }
        return new Feed(series, rule, Occurrences.skipped(series.id), occurrences);
    }

    /** The public series of a chapter that had occurrences within the feed's history (givefirst.events.feed-history) or later. */
    public List<Feed> publicFeeds(String chapter) {
        Instant endedAfter = clock.instant().minus(config.feedHistory());
        return Series.ofChapter(chapter, false).stream()
                .filter(s -> s.visibility == Visibility.PUBLIC && (s.until == null || s.until.isAfter(endedAfter)))
                .map(this::feed).toList();
    }
}
