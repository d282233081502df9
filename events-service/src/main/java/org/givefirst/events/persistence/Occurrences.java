package org.givefirst.events.persistence;

import io.quarkus.hibernate.orm.panache.Panache;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.givefirst.platform.contracts.EventStatus;

/** The events of a series and the dates taken out of it (EXDATE). */
public final class Occurrences {

    private Occurrences() {
    }

    /**
     * Creates an occurrence unless the series already has one with this original start: one row per
     * (series, original start) whatever number of replicas runs this at the same moment. The
     * occurrence is published from the start, as the series is.
     *
     * @return true when this call created it
     */
    public static boolean insertIfAbsent(Series series, UUID eventId, Instant startsAt, Instant endsAt, Instant now) {
        int inserted = Panache.getEntityManager().createNativeQuery("""
                insert into event (id, chapter, host_id, title, description, format, starts_at, ends_at, time_zone, venue,
                                   cause, capacity, seats_taken, visibility, status, revision, created_at, updated_at,
                                   published_at, series_id, original_start)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, 0, ?13, ?14, 0, ?15, ?15, ?15, ?16, ?7)
                on conflict (series_id, original_start) do nothing""")
                .setParameter(1, eventId).setParameter(2, series.chapter).setParameter(3, series.hostId)
                .setParameter(4, series.title).setParameter(5, series.description).setParameter(6, series.format.wireName())
                .setParameter(7, startsAt).setParameter(8, endsAt).setParameter(9, series.timeZone)
                .setParameter(10, series.venue).setParameter(11, series.cause).setParameter(12, series.capacity)
                .setParameter(13, series.visibility.wireName()).setParameter(14, EventStatus.PUBLISHED.wireName())
                .setParameter(15, now).setParameter(16, series.id)
                .executeUpdate();
        return inserted == 1;
    }

    /** The series' occurrences by original start. */
    public static List<Event> of(UUID seriesId) {
        return Event.list("seriesId = ?1 order by originalStart", seriesId);
    }

    /** The series' occurrences whose original start is at or after an instant, locked for a change. */
    public static List<Event> fromForUpdate(UUID seriesId, Instant from) {
        return Event.<Event>find("seriesId = ?1 and originalStart >= ?2 order by originalStart", seriesId, from)
                .withLock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE).list();
    }

    public static java.util.Optional<Event> at(UUID seriesId, Instant originalStart) {
        return Event.<Event>find("seriesId = ?1 and originalStart = ?2", seriesId, originalStart)
                .withLock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** Takes a date out of the series; true when it was not out already. */
    public static boolean skip(UUID seriesId, Instant originalStart, Instant now) {
        return Panache.getEntityManager().createNativeQuery("""
                insert into series_skip (series_id, original_start, skipped_at) values (?1, ?2, ?3)
                on conflict do nothing""")
                .setParameter(1, seriesId).setParameter(2, originalStart).setParameter(3, now).executeUpdate() == 1;
    }

    /** The original starts taken out of the series. */
    @SuppressWarnings("unchecked")
    public static Set<Instant> skipped(UUID seriesId) {
        List<Object> rows = Panache.getEntityManager()
                .createNativeQuery("select original_start from series_skip where series_id = ?1 order by original_start")
                .setParameter(1, seriesId).getResultList();
        return rows.stream().map(Occurrences::instant).collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.time.OffsetDateTime odt) {
            return odt.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }
}
