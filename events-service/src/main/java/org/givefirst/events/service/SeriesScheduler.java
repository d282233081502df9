package org.givefirst.events.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** Runs the rolling window on a schedule (givefirst.series.schedule, hourly by default; "off" turns it off). */
@ApplicationScoped
public class SeriesScheduler {

    private static final Logger LOG = Logger.getLogger(SeriesScheduler.class);

    private final SeriesWindow window;

    public SeriesScheduler(SeriesWindow window) {
        this.window = window;
    }

    @Scheduled(identity = "series-window", every = "${givefirst.series.schedule:1h}", delayed = "${givefirst.series.first-run-delay:10s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void roll() {
        int created = window.roll();
        if (created > 0) {
            LOG.infof("Series window: %d occurrences created", created);
        }
    }
}
