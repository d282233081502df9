package org.givefirst.events.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.givefirst.events.config.EventsConfig;

/**
 * Answers for chapter websites and calendar apps from a {@link PublicDocuments.Document}: its strong
 * ETag (of the exact bytes, computed when the document was built), 304 when the client's
 * If-None-Match matches it (the body is neither built nor hashed for it), and a Cache-Control that
 * lets browsers and shared caches keep a public answer for {@code public-max-age} and serve it stale
 * for {@code public-stale-while-revalidate} more while they ask again.
 */
final class Cacheable {

    private Cacheable() {
    }

    static Response respond(Request request, PublicDocuments.Document document, EventsConfig config) {
        String cache = document.anyone()
                ? "public, max-age=" + config.publicMaxAge().toSeconds()
                        + ", stale-while-revalidate=" + config.publicStaleWhileRevalidate().toSeconds()
                : "private, max-age=" + config.publicMaxAge().toSeconds();
        Response.ResponseBuilder notModified = request.evaluatePreconditions(document.tag());
        if (notModified != null) {
            return notModified.tag(document.tag()).header(HttpHeaders.CACHE_CONTROL, cache).build();
        }
        return Response.ok(document.body(), document.mediaType()).tag(document.tag()).header(HttpHeaders.CACHE_CONTROL, cache).build();
    }
}
