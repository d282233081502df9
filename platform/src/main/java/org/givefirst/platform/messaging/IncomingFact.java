package org.givefirst.platform.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** A fact received from another service: the CloudEvent attributes consumers need, and its JSON data. */
public record IncomingFact(String id, String source, String type, String subject, OffsetDateTime time, JsonNode data) {

    /** True when this fact is of the given type, e.g. {@code org.givefirst.member.erased.v1}. */
    public boolean is(String eventType) {
        return eventType.equals(type);
    }

    /** When the fact happened: its CloudEvent {@code time}, or now when the producer left it out. */
    public OffsetDateTime timeOr(Clock clock) {
        return time != null ? time : OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
