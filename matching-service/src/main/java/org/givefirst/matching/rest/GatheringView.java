package org.givefirst.matching.rest;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.givefirst.matching.persistence.EventView;
import org.givefirst.matching.service.Gatherings;

/** An upcoming event where two members could meet. */
@Schema(name = "Gathering")
public record GatheringView(UUID eventId, String title,
        @Schema(example = "lunch") String format,
        @Schema(example = "lisbon") String chapter,
        OffsetDateTime startsAt,
        @Schema(description = "both members are already going") boolean bothGoing) {

    static GatheringView of(Gatherings.Gathering g) {
        return new GatheringView(g.eventId(), g.title(), g.format(), g.chapter(), g.startsAt(), g.bothGoing());
    }

    static GatheringView of(EventView event, boolean bothGoing) {
        return new GatheringView(event.eventId, event.title, event.format, event.chapter, event.startsAt, bothGoing);
    }
}
