package org.givefirst.loadtests.reference;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What the framework can do on this machine: 20 event-like items, built and written as JSON on every
 * request, with no database, no cache and no security. Givefirst's public reads are measured as a
 * share of this.
 */
@Path("/reference")
public class ReferenceResource {

    /** The same fields as events-service's public listing item. */
    public record Item(UUID id, String title, String description, String format, LocalDateTime start,
                       LocalDateTime end, String timeZone, Instant startsAt, Instant endsAt, String venue,
                       String cause, int capacity, int seatsLeft, String calendar) {
    }

    public record Listing(String chapter, List<Item> events) {
    }

    private static final ZoneId ZONE = ZoneId.of("Europe/Lisbon");

    @GET
    @Path("/events")
    @Produces(MediaType.APPLICATION_JSON)
    public Listing events() {
        List<Item> items = new ArrayList<>(20);
        LocalDateTime first = LocalDateTime.of(2030, 1, 7, 8, 30);
        for (int i = 0; i < 20; i++) {
            LocalDateTime start = first.plusDays(i);
            UUID id = new UUID(0x6769766566697273L, i);
            items.add(new Item(id, "Tuesday coffee for people who sell #" + i,
                    "Six people, one table, one question each: who can I help this week?", "coffee",
                    start, start.plusHours(1), ZONE.getId(), start.atZone(ZONE).toInstant(),
                    start.plusHours(1).atZone(ZONE).toInstant(), "Café Lisboa, Rua Augusta 12", null, 8, 3,
                    "/api/v1/events/" + id + ".ics"));
        }
        return new Listing("lisbon-givers", items);
    }
}
