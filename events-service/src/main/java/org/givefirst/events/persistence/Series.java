package org.givefirst.events.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.givefirst.events.domain.SeriesRule;
import org.givefirst.events.domain.SeriesStatus;
import org.givefirst.platform.contracts.EventFormat;
import org.givefirst.platform.contracts.Visibility;

/** A recurring gathering: the template its occurrences are created from, and its recurrence. */
@Entity
@Table(name = "series")
public class Series extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String chapter;

    @Column(name = "host_id", nullable = false)
    public UUID hostId;

    @Column(nullable = false)
    public String title;

    public String description;

    @Convert(converter = Converters.FormatConverter.class)
    @Column(nullable = false)
    public EventFormat format;

    public String venue;

    public String cause;

    @Column(nullable = false)
    public int capacity;

    @Convert(converter = Converters.VisibilityConverter.class)
    @Column(nullable = false)
    public Visibility visibility;

    @Column(name = "first_start", nullable = false)
    public LocalDateTime firstStart;

    @Column(name = "duration_minutes", nullable = false)
    public int durationMinutes;

    @Column(name = "time_zone", nullable = false)
    public String timeZone;

    @Column(nullable = false)
    public String recurrence;

    @Column(name = "until_at")
    public Instant until;

    @Convert(converter = StatusConverter.class)
    @Column(nullable = false)
    public SeriesStatus status;

    @Column(name = "split_from")
    public UUID splitFrom;

    @Column(nullable = false)
    public int revision;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** Reads the series and locks its row: changes and occurrence creation of one series run one at a time. */
    public static Optional<Series> findForUpdate(UUID id) {
        return Optional.ofNullable(findById(id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** Ids of the series that keep creating occurrences. */
    public static List<UUID> activeIds() {
        return getEntityManager().createQuery("select s.id from Series s where s.status = :active order by s.id", UUID.class)
                .setParameter("active", SeriesStatus.ACTIVE).getResultList();
    }

    /** A chapter's series by first start, public ones only unless {@code all}. */
    public static List<Series> ofChapter(String chapter, boolean all) {
        return all
                ? list("chapter = ?1 order by firstStart, id", chapter)
                : list("chapter = ?1 and visibility = ?2 order by firstStart, id", chapter, Visibility.PUBLIC);
    }

    public SeriesRule rule() {
        return new SeriesRule(recurrence, firstStart, Duration.ofMinutes(durationMinutes), ZoneId.of(timeZone), until);
    }

    public void apply(SeriesRule rule) {
        recurrence = rule.recurrence();
        firstStart = rule.firstStart();
        durationMinutes = (int) rule.duration().toMinutes();
        timeZone = rule.zone().getId();
        until = rule.until();
    }

    public void touch(Instant now) {
        updatedAt = now;
        revision++;
    }

    @Converter
    static class StatusConverter implements AttributeConverter<SeriesStatus, String> {
        @Override
        public String convertToDatabaseColumn(SeriesStatus value) {
            return value == null ? null : value.wireName();
        }

        @Override
        public SeriesStatus convertToEntityAttribute(String value) {
            return value == null ? null : SeriesStatus.fromWireName(value);
        }
    }
}
