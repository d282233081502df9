package org.givefirst.events.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.givefirst.events.config.EventsConfig;
import org.givefirst.events.domain.EventAccess;
import org.givefirst.events.messaging.EventFacts;
import org.givefirst.events.persistence.Event;
import org.givefirst.events.service.EventQueries;

/**
 * The public documents of chapter websites and calendar apps (a chapter's listing and feed, an
 * event's iCalendar file), each with its ETag, built once per change and kept in memory, so that a
 * read (and a 304 above all) costs a map lookup.
 *
 * <p>A document is stale, and rebuilt on the next read, when
 * <ul>
 *   <li>a fact about one of its chapter's events was written ({@link EventFacts.ChapterChanged},
 *       observed after the commit): the next read in this JVM sees the change;</li>
 *   <li>time moved it: an event it lists has ended (the listing shows what has not ended, the feed
 *       keeps {@code feed-history} more), or {@code givefirst.events.public-cache-ttl} passed, the bound on
 *       how late another replica's change shows here.</li>
 * </ul>
 * A change stamps its chapter with a number of one sequence; a document remembers the number taken
 * before its query read the database, and is stale when its chapter's stamp is higher. So a read
 * that raced a commit (read the old rows, stored after the commit's stamp) never outlives it.
 */
@ApplicationScoped
public class PublicDocuments {

    /** One document, ready to send. {@code anyone}: no token is needed to read it (shared caches may keep it). */
    record Document(byte[] body, EntityTag tag, String mediaType, String chapter, long builtAfter, Instant validUntil,
                    boolean anyone) {
    }

    private record Key(String kind, String id, int limit) {
    }

    /** What a build produces: the body and until when time leaves it right. */
    private record Built(byte[] body, String chapter, Instant validUntil, boolean anyone) {
    }

    private final EventQueries events;
    private final CalendarDocuments calendars;
    private final EventsConfig config;
    private final ObjectMapper json;
    private final Cache<Key, Document> cache;
    private final AtomicLong changes = new AtomicLong();
    private final Map<String, Long> changedAt = new ConcurrentHashMap<>();

    public PublicDocuments(EventQueries events, CalendarDocuments calendars, EventsConfig config, ObjectMapper json) {
        this.events = events;
        this.calendars = calendars;
        this.config = config;
        this.json = json;
        this.cache = Caffeine.newBuilder()
                .maximumSize(config.publicCacheSize())
                .expireAfterWrite(config.publicCacheTtl())
                .build();
    }

    void chapterChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) EventFacts.ChapterChanged change) {
        changedAt.put(change.chapter(), changes.incrementAndGet());
    }

    /** The chapter's upcoming public events as JSON ({@code limit} of them at most); 404 for an unknown chapter. */
    Document listing(String slug, int limit) {
        return document(new Key("listing", slug, limit), () -> {
            events.requireChapter(slug); // an unknown chapter is a 404, never kept
            List<ChapterEventsResource.PublicEvent> upcoming = events.publicEvents(slug, events.now(), limit).stream()
                    .map(ChapterEventsResource.PublicEvent::of).toList();
            Instant firstEnd = upcoming.stream().map(ChapterEventsResource.PublicEvent::endsAt).min(Instant::compareTo)
                    .orElse(Instant.MAX);
            try {
                return new Built(json.writeValueAsBytes(new ChapterEventsResource.PublicListing(slug, upcoming)), slug, firstEnd, true);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Listing cannot be written as JSON", e);
            }
        }, MediaType.APPLICATION_JSON);
    }

    /** The chapter's calendar feed: public events not ended, and those ended within {@code feed-history}. */
    Document feed(String slug, int limit) {
        return document(new Key("feed", slug, limit), () -> {
            events.requireChapter(slug);
            List<Event> feed = events.publicEvents(slug, events.now().minus(config.feedHistory()), limit);
            Instant firstOut = feed.stream().map(e -> e.endsAt.plus(config.feedHistory())).min(Instant::compareTo).orElse(Instant.MAX);
            return new Built(calendars.chapter(slug, feed), slug, firstOut, true);
        }, CalendarDocuments.MEDIA_TYPE);
    }

    /**
     * One event's iCalendar file. Kept only when anyone may read it (a published or cancelled public
     * event): then it is served from memory without asking who reads; otherwise {@code find} (which
     * checks the caller may see the event) runs on every read.
     */
    Document eventCalendar(UUID id, Supplier<Event> find) {
        Key key = new Key("event", id.toString(), 0);
        Document kept = fresh(key);
        if (kept != null) {
            return kept;
        }
        long before = changes.get();
        Event event = find.get();
        boolean anyone = EventAccess.sees(EventAccess.Viewer.ANONYMOUS,
                new EventAccess.Subject(event.chapter, event.hostId, event.visibility, event.status), false);
        Document document = document(new Built(calendars.single(event), event.chapter, Instant.MAX, anyone),
                CalendarDocuments.MEDIA_TYPE, before);
        if (anyone) {
            cache.put(key, document);
        }
        return document;
    }

    /** A document served once, not kept (its ETag still answers If-None-Match). */
    static Document once(byte[] body, String mediaType, String chapter, boolean anyone) {
        return document(new Built(body, chapter, Instant.MAX, anyone), mediaType, 0);
    }

    private Document document(Key key, Supplier<Built> build, String mediaType) {
        Document kept = fresh(key);
        if (kept != null) {
            return kept;
        }
        long before = changes.get(); // before the query: a commit the query missed stamps a higher number
        Document document = document(build.get(), mediaType, before);
        cache.put(key, document);
        return document;
    }

    private Document fresh(Key key) {
        Document kept = cache.getIfPresent(key);
        if (kept == null || changedAt.getOrDefault(kept.chapter(), 0L) > kept.builtAfter()
                || !events.now().isBefore(kept.validUntil())) {
            return null;
        }
        return kept;
    }

    private static Document document(Built built, String mediaType, long builtAfter) {
        return new Document(built.body(), new EntityTag(digest(built.body())), mediaType, built.chapter(), builtAfter,
                built.validUntil(), built.anyone());
    }

    private static String digest(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
