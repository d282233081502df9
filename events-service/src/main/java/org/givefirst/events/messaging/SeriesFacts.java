package org.givefirst.events.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.givefirst.events.persistence.Series;
import org.givefirst.platform.contracts.FactTypes;
import org.givefirst.platform.outbox.Outbox;
import org.givefirst.platform.outbox.Topics;

/**
 * The facts of a series on {@value Topics#EVENTS}, keyed by the series id, written through the
 * outbox in the transaction of the change. Occurrences are events: each is published with the
 * usual event facts ({@link EventFacts}), so consumers of events need nothing new.
 */
@ApplicationScoped
public class SeriesFacts {

    private final Outbox outbox;

    private final jakarta.enterprise.event.Event<EventFacts.ChapterChanged> changes;

    public SeriesFacts(Outbox outbox, jakarta.enterprise.event.Event<EventFacts.ChapterChanged> changes) {
        this.outbox = outbox;
        this.changes = changes;
    }

    /**
     * What every series fact says about the series.
     *
     * @param firstStart local date-time of the first occurrence in timeZone
     * @param rrule      the RFC 5545 RRULE value, UNTIL in UTC when the series is bounded
     * @param splitFrom  the series this one continues after a "this and following" change, or null
     */
    public record SeriesSummary(String seriesId, String chapter, String hostId, String title, String format, String cause,
                                String firstStart, int durationMinutes, String timeZone, String rrule, int capacity,
                                String visibility, String status, String splitFrom) {

        static SeriesSummary of(Series s) {
            return new SeriesSummary(s.id.toString(), s.chapter, s.hostId.toString(), s.title, s.format.wireName(), s.cause,
                    s.firstStart.toString(), s.durationMinutes, s.timeZone, s.rule().rrule(), s.capacity,
                    s.visibility.wireName(), s.status.wireName(), s.splitFrom == null ? null : s.splitFrom.toString());
        }
    }

    public record SeriesCreated(SeriesSummary series) {
    }

    /** @param changed what changed: template fields, recurrence, skipped, paused, resumed, split */
    public record SeriesChanged(SeriesSummary series, List<String> changed) {
    }

    public record SeriesEnded(SeriesSummary series) {
    }

    public void created(Series series) {
        publish(series, FactTypes.SERIES_CREATED, new SeriesCreated(SeriesSummary.of(series)));
    }

    public void updated(Series series, List<String> changed) {
        publish(series, FactTypes.SERIES_UPDATED, new SeriesChanged(SeriesSummary.of(series), changed));
    }

    public void ended(Series series) {
        publish(series, FactTypes.SERIES_ENDED, new SeriesEnded(SeriesSummary.of(series)));
    }

    /** The series' chapter feed shows it (RRULE, EXDATE): a change of it is a change of the chapter's documents. */
    private void publish(Series series, String type, Object data) {
        outbox.publish(Topics.EVENTS, series.id, type, data);
        changes.fire(new EventFacts.ChapterChanged(series.chapter));
    }
}
