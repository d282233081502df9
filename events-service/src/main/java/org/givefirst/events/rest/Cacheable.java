package org.givefirst.events.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;

/**
 * Answers for chapter websites and calendar apps: a strong ETag computed from the exact bytes sent,
 * 304 when the client's If-None-Match matches it, and a Cache-Control that lets browsers and shared
 * caches keep public answers for a short while.
 */
final class Cacheable {

    private Cacheable() {
    }

    static Response respond(Request request, byte[] body, String mediaType, Duration maxAge, boolean privateOnly) {
        EntityTag tag = new EntityTag(digest(body));
        String cache = (privateOnly ? "private" : "public") + ", max-age=" + maxAge.toSeconds();
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.tag(tag).header(HttpHeaders.CACHE_CONTROL, cache).build();
        }
        return Response.ok(body, mediaType).tag(tag).header(HttpHeaders.CACHE_CONTROL, cache).build();
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
