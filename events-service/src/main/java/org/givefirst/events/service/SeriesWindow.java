package org.givefirst.events.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.givefirst.events.config.SeriesConfig;
import org.givefirst.events.domain.SeriesRule;
import org.givefirst.events.domain.SeriesStatus;
import org.givefirst.events.messaging.EventFacts;
import org.givefirst.events.persistence.Event;
import org.givefirst.events.persistence.Occurrences;
import org.givefirst.events.persistence.Series;
import org.givefirst.platform.contracts.EventStatus;
import org.jboss.logging.Logger;

/**
 * Keeps each active series' occurrences created for the rolling window ahead. Safe to run on every
 * replica at once: a series is extended under its row lock, and an occurrence is inserted only if
 * its (series, original start) is not there yet, so each is created, and published, exactly once.
 */
@ApplicationScoped
public class SeriesWindow {

    private static final Logger LOG = Logger.getLogger(SeriesWindow.class);

    private final EventFacts facts;
    private final SeriesConfig config;
    private final Clock clock;

    public SeriesWindow(EventFacts facts, SeriesConfig config, Clock clock) {
        this.facts = facts;
        this.config = config;
        this.clock = clock;
    }

    /** Extends every active series up to the configured window ahead; answers how many occurrences were created. */
    public int roll() {
        return rollUntil(clock.instant().plus(config.window()));
    }

    /** Extends every active series up to a horizon, each in its own transaction. */
    public int rollUntil(Instant horizon) {
        int created = 0;
        for (UUID id : QuarkusTransaction.requiringNew().call(Series::activeIds)) {
            try {
                created += QuarkusTransaction.requiringNew().call(() -> Series.findForUpdate(id)
                        .filter(s -> s.status == SeriesStatus.ACTIVE)
                        .map(s -> extend(s, horizon))
                        .orElse(0));
            } catch (RuntimeException e) {
                LOG.warnf(e, "Series %s could not be extended; the next run tries again", id);
            }
        }
        return created;
    }

    /** Creates the series' missing occurrences from now up to the horizon (the caller holds the series' row lock). */
    public int extend(Series series, Instant horizon) {
        Instant now = clock.instant();
        Set<Instant> skipped = Occurrences.skipped(series.id);
        int created = 0;
        for (SeriesRule.Occurrence occurrence : series.rule().between(now, horizon)) {
            if (skipped.contains(occurrence.startsAt())) {
                continue;
            }
            UUID eventId = UUID.randomUUID();
            if (Occurrences.insertIfAbsent(series, eventId, occurrence.startsAt(), occurrence.endsAt(), now)) {
                facts.published(Event.findById(eventId));
                created++;
            }
        }
        return created;
    }

    /** Calls an open occurrence off; a published one's RSVPs hear it through event.cancelled. */
    public void callOff(Event event, Instant now) {
        if (!event.status.isOpen()) {
            return;
        }
        boolean published = event.status == EventStatus.PUBLISHED;
        event.status = EventStatus.CANCELLED;
        event.touch(now);
        if (published) {
            facts.cancelled(event);
        }
    }

    public Instant horizon() {
        return clock.instant().plus(config.window());
    }
}
