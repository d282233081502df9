package org.givefirst.events.rest;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Created;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.givefirst.events.persistence.Event;
import org.givefirst.platform.contracts.EventStatus;

/**
 * iCalendar (RFC 5545) documents of events, written with ical4j. Start and end are local times with
 * the event's TZID, and the calendar carries a VTIMEZONE for every zone it uses, so that calendar
 * apps show the right time on both sides of a daylight-saving change. A zone ical4j does not know is
 * written in UTC instead (still the right instant).
 */
@ApplicationScoped
public class CalendarDocuments {

    public static final String MEDIA_TYPE = "text/calendar;charset=utf-8";
    static final String PRODUCT = "-//Givefirst//events-service 1.0//EN";

    private final TimeZoneRegistry zones = TimeZoneRegistryFactory.getInstance().createRegistry();
    private final SeriesCalendar series;

    public CalendarDocuments(SeriesCalendar series) {
        this.series = series;
    }

    /** One event, e.g. for an "add to my calendar" link. */
    public byte[] single(Event event) {
        return write(calendar(List.of(event), null));
    }

    /** A chapter's feed, for calendar apps to subscribe to; a series is one entry with its recurrence ({@link SeriesCalendar}). */
    public byte[] chapter(String slug, List<Event> events) {
        Calendar calendar = header("Givefirst " + slug);
        List<Event> oneOffs = series.addChapterSeries(calendar, slug, events);
        return write(calendar(calendar, oneOffs));
    }

    private Calendar calendar(List<Event> events, String name) {
        return calendar(header(name), events);
    }

    static Calendar header(String name) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        if (name != null) {
            calendar.add(new XProperty("X-WR-CALNAME", name));
        }
        return calendar;
    }

    private Calendar calendar(Calendar calendar, List<Event> events) {
        Set<String> zoneIds = new LinkedHashSet<>();
        events.forEach(e -> zoneIds.add(e.timeZone));
        for (String zoneId : zoneIds) {
            TimeZone zone = zones.getTimeZone(zoneId);
            if (zone != null && calendar.getComponents("VTIMEZONE").stream()
                    .noneMatch(c -> c.getProperty("TZID").map(p -> p.getValue().equals(zoneId)).orElse(false))) {
                calendar.add(zone.getVTimeZone());
            }
        }
        for (Event event : events) {
            calendar.add(vevent(event, zones.getTimeZone(event.timeZone) != null));
        }
        return calendar;
    }

    private static VEvent vevent(Event event, boolean zoneKnown) {
        VEvent vevent = zoneKnown
                ? new VEvent(ZonedDateTime.ofInstant(event.startsAt, ZoneId.of(event.timeZone)),
                        ZonedDateTime.ofInstant(event.endsAt, ZoneId.of(event.timeZone)), event.title)
                : new VEvent(event.startsAt, event.endsAt, event.title);
        // Derived from the event only, so that the same event always gives the same bytes (and ETag).
        vevent.replace(new DtStamp(event.updatedAt));
        vevent.add(new Uid(event.id + "@givefirst"));
        vevent.add(new Created(event.createdAt));
        vevent.add(new LastModified(event.updatedAt));
        vevent.add(new Sequence(event.revision));
        vevent.add(event.status == EventStatus.CANCELLED ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        vevent.add(new Categories(event.format.wireName()));
        if (event.venue != null) {
            vevent.add(new Location(event.venue));
        }
        String description = describe(event);
        if (!description.isEmpty()) {
            vevent.add(new Description(description));
        }
        return vevent;
    }

    private static String describe(Event event) {
        StringBuilder text = new StringBuilder();
        if (event.description != null) {
            text.append(event.description);
        }
        if (event.cause != null) {
            if (!text.isEmpty()) {
                text.append("\n\n");
            }
            text.append("Cause: ").append(event.cause);
        }
        return text.toString();
    }

    static byte[] write(Calendar calendar) {
        StringWriter out = new StringWriter();
        try {
            // Validation off: the documents are built from validated events, and ical4j's validator
            // rejects some harmless combinations (e.g. METHOD:PUBLISH rules on optional properties).
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
