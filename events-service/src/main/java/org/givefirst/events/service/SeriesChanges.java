package org.givefirst.events.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import org.givefirst.events.domain.EventAccess;
import org.givefirst.events.domain.SeriesRule;
import org.givefirst.events.domain.SeriesStatus;
import org.givefirst.events.messaging.SeriesFacts;
import org.givefirst.events.persistence.Event;
import org.givefirst.events.persistence.Occurrences;
import org.givefirst.events.persistence.Series;
import org.givefirst.platform.problem.ProblemException;

/**
 * A series' life after planning: a date skipped (EXDATE), paused and resumed, ended. Calling off
 * one occurrence, or editing one, is done on the occurrence itself, which is an event.
 */
@ApplicationScoped
public class SeriesChanges {

    private final SeriesFacts seriesFacts;
    private final SeriesWindow window;
    private final SeriesQueries queries;
    private final Clock clock;

    public SeriesChanges(SeriesFacts seriesFacts, SeriesWindow window, SeriesQueries queries, Clock clock) {
        this.seriesFacts = seriesFacts;
        this.window = window;
        this.queries = queries;
        this.clock = clock;
    }

    /**
     * Takes the occurrence of a local date out of the series: it is never created, or, when it
     * exists, it is called off (its RSVPs hear it through event.cancelled) and leaves the listings.
     */
    @Transactional
    public Series skip(EventAccess.Viewer viewer, UUID id, LocalDate date) {
        Series series = open(viewer, id);
        if (!SeriesRule.isPlausible(date)) {
            throw ProblemException.invalid("date", "the series has no occurrence on " + date);
        }
        SeriesRule rule = series.rule();
        Instant dayStart = ZonedDateTime.of(date, LocalTime.MIDNIGHT, rule.zone()).toInstant();
        Instant dayEnd = ZonedDateTime.of(date.plusDays(1), LocalTime.MIDNIGHT, rule.zone()).toInstant();
        List<SeriesRule.Occurrence> that = rule.between(dayStart, dayEnd);
        if (that.isEmpty()) {
            throw ProblemException.invalid("date", "the series has no occurrence on " + date);
        }
        Instant now = clock.instant();
        boolean changed = false;
        for (SeriesRule.Occurrence occurrence : that) {
            changed |= Occurrences.skip(series.id, occurrence.startsAt(), now);
            Occurrences.at(series.id, occurrence.startsAt()).ifPresent(event -> window.callOff(event, now));
        }
        if (changed) {
            series.touch(now);
            seriesFacts.updated(series, List.of("skipped"));
        }
        return series;
    }

    /** No new occurrences until resumed; those already created stay. */
    @Transactional
    public Series pause(EventAccess.Viewer viewer, UUID id) {
        Series series = open(viewer, id);
        if (series.status == SeriesStatus.ACTIVE) {
            series.status = SeriesStatus.PAUSED;
            series.touch(clock.instant());
            seriesFacts.updated(series, List.of("paused"));
        }
        return series;
    }

    @Transactional
    public Series resume(EventAccess.Viewer viewer, UUID id) {
        Series series = open(viewer, id);
        if (series.status == SeriesStatus.PAUSED) {
            series.status = SeriesStatus.ACTIVE;
            series.touch(clock.instant());
            seriesFacts.updated(series, List.of("resumed"));
            window.extend(series, window.horizon());
        }
        return series;
    }

    /** Ends the series now: no occurrence after this moment, and the upcoming ones are called off. */
    @Transactional
    public Series end(EventAccess.Viewer viewer, UUID id) {
        Series series = open(viewer, id);
        Instant now = clock.instant();
        series.apply(series.rule().endingBefore(now));
        series.status = SeriesStatus.ENDED;
        series.touch(now);
        for (Event event : Occurrences.fromForUpdate(series.id, now)) {
            window.callOff(event, now);
        }
        seriesFacts.ended(series);
        return series;
    }

    private Series open(EventAccess.Viewer viewer, UUID id) {
        Series series = queries.manageable(viewer, id);
        if (series.status == SeriesStatus.ENDED) {
            throw ProblemException.conflict("An ended series cannot be changed");
        }
        return series;
    }
}
