package org.givefirst.events.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.givefirst.events.config.EventsConfig;
import org.givefirst.events.messaging.EventFacts;
import org.givefirst.events.persistence.Event;

/**
 * Publishes {@code event.reminder} once per published event, {@code givefirst.events.reminder-lead}
 * before its start (24 hours by default), for mailers and chapter sites. Every replica looks
 * ({@code givefirst.events.reminder-every}); each due event is claimed by one of them: its row is
 * locked with SKIP LOCKED and its {@code reminder_sent_at} set in the transaction that writes the fact
 * to the outbox, so the fact is written once and relayed at least once (consumers deduplicate on the
 * CloudEvent id). An event published later than that, or moved to a new start, is reminded at the next look.
 */
@ApplicationScoped
public class EventReminders {

    private final EventFacts facts;
    private final EventsConfig config;
    private final Clock clock;

    public EventReminders(EventFacts facts, EventsConfig config, Clock clock) {
        this.facts = facts;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(every = "${givefirst.events.reminder-every:1m}", delayed = "${givefirst.events.reminder-every:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void look() {
        while (sendDue(clock.instant()).size() == config.reminderBatch()) {
            // a full batch: more may be due
        }
    }

    /**
     * Claims up to {@code givefirst.events.reminder-batch} events due at {@code now} and writes their
     * reminders.
     *
     * @return the ids of the events reminded
     */
    @Transactional
    public List<UUID> sendDue(Instant now) {
        List<Event> due = Event.claimDueReminders(now, now.plus(config.reminderLead()), config.reminderBatch());
        for (Event event : due) {
            event.reminderSentAt = now;
            facts.reminder(event, config.reminderLead());
        }
        return due.stream().map(e -> e.id).toList();
    }
}
