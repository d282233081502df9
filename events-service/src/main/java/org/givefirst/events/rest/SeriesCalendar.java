package org.givefirst.events.rest;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Created;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ExDate;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.RecurrenceId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import org.givefirst.events.domain.SeriesRule;
import org.givefirst.events.persistence.Event;
import org.givefirst.events.persistence.Series;
import org.givefirst.events.service.SeriesQueries;
import org.givefirst.platform.contracts.EventStatus;

/**
 * A series in a calendar, the RFC 5545 way: one VEVENT with DTSTART (local time and TZID), RRULE
 * and EXDATE for the skipped dates, and one VEVENT with the same UID and a RECURRENCE-ID for each
 * occurrence that was edited or cancelled, with the VTIMEZONE of the series' zone. The chapter feed
 * shows a series so, instead of its occurrences one by one.
 */
@ApplicationScoped
public class SeriesCalendar {

    private final SeriesQueries series;
    private final TimeZoneRegistry zones = TimeZoneRegistryFactory.getInstance().createRegistry();

    public SeriesCalendar(SeriesQueries series) {
        this.series = series;
    }

    /** The feed of one series. */
    public byte[] document(SeriesQueries.Feed feed) {
        Calendar calendar = CalendarDocuments.header(feed.series().title);
        add(calendar, List.of(feed));
        return CalendarDocuments.write(calendar);
    }

    /** Adds a chapter's public series to its feed; the occurrences are left out of {@code events}. */
    List<Event> addChapterSeries(Calendar calendar, String chapter, List<Event> events) {
        add(calendar, series.publicFeeds(chapter));
        return events.stream().filter(e -> e.seriesId == null).toList();
    }

    private void add(Calendar calendar, List<SeriesQueries.Feed> feeds) {
        for (SeriesQueries.Feed feed : feeds) {
            String zone = feed.series().timeZone;
            boolean present = calendar.getComponents("VTIMEZONE").stream()
                    .anyMatch(c -> c.getProperty("TZID").map(p -> p.getValue().equals(zone)).orElse(false));
            TimeZone known = zones.getTimeZone(zone);
            if (!present && known != null) {
                calendar.add(known.getVTimeZone());
            }
        }
        for (SeriesQueries.Feed feed : feeds) {
            calendar.add(master(feed));
            overrides(feed).forEach(calendar::add);
        }
    }

    private static VEvent master(SeriesQueries.Feed feed) {
        Series s = feed.series();
        SeriesRule rule = feed.rule();
        ZonedDateTime start = ZonedDateTime.of(rule.firstStart(), rule.zone());
        VEvent vevent = new VEvent(start, ZonedDateTime.ofInstant(start.toInstant().plus(rule.duration()), rule.zone()), s.title);
        vevent.replace(new DtStamp(s.updatedAt));
        vevent.add(new Uid(uid(s)));
        vevent.add(new Created(s.createdAt));
        vevent.add(new LastModified(s.updatedAt));
        vevent.add(new Sequence(s.revision));
        vevent.add(new RRule<>(rule.rrule()));
        List<String> skipped = feed.skipped().stream().map(i -> SeriesRule.localText(LocalDateTime.ofInstant(i, rule.zone()))).toList();
        if (!skipped.isEmpty()) {
            // Written as local text beside the TZID: ical4j would otherwise convert list values through its own zone.
            vevent.add(new ExDate<>(tzid(rule.zone()), String.join(",", skipped)));
        }
        vevent.add(ImmutableStatus.VEVENT_CONFIRMED);
        vevent.add(new Categories(s.format.wireName()));
        if (s.venue != null) {
            vevent.add(new Location(s.venue));
        }
        if (s.description != null) {
            vevent.add(new Description(s.description));
        }
        return vevent;
    }

    /** An occurrence that no longer is what the rule and the template say: moved, changed or cancelled. */
    private static List<VEvent> overrides(SeriesQueries.Feed feed) {
        Series s = feed.series();
        SeriesRule rule = feed.rule();
        List<VEvent> found = new ArrayList<>();
        for (Event e : feed.occurrences()) {
            if (feed.skipped().contains(e.originalStart) || rule.until() != null && e.originalStart.isAfter(rule.until())) {
                continue;
            }
            boolean cancelled = e.status == EventStatus.CANCELLED;
            boolean edited = !e.startsAt.equals(e.originalStart) || !e.endsAt.equals(e.originalStart.plus(rule.duration()))
                    || !e.title.equals(s.title) || !Objects.equals(e.venue, s.venue) || !Objects.equals(e.description, s.description);
            if (!cancelled && !edited) {
                continue;
            }
            ZoneId zone = ZoneId.of(e.timeZone);
            VEvent vevent = new VEvent(ZonedDateTime.ofInstant(e.startsAt, zone), ZonedDateTime.ofInstant(e.endsAt, zone), e.title);
            vevent.replace(new DtStamp(e.updatedAt));
            vevent.add(new Uid(uid(s)));
            vevent.add(new RecurrenceId<>(tzid(rule.zone()), SeriesRule.localText(LocalDateTime.ofInstant(e.originalStart, rule.zone()))));
            vevent.add(new Sequence(s.revision + e.revision));
            vevent.add(cancelled ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
            if (e.venue != null) {
                vevent.add(new Location(e.venue));
            }
            if (e.description != null) {
                vevent.add(new Description(e.description));
            }
            found.add(vevent);
        }
        return found;
    }

    private static ParameterList tzid(ZoneId zone) {
        return new ParameterList(List.of(new TzId(zone.getId())));
    }

    private static String uid(Series s) {
        return "series-" + s.id + "@givefirst";
    }
}
