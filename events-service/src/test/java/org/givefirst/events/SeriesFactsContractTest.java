package org.givefirst.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.givefirst.platform.contracts.FactTypes;
import org.givefirst.platform.testing.TestTokens;
import org.givefirst.platform.testing.TopicProbe;
import org.junit.jupiter.api.Test;

/** The series facts events-service publishes conform to their JSON Schemas and have the fields of their samples. */
@QuarkusTest
class SeriesFactsContractTest {

    private final UUID organizer = UUID.randomUUID();

    @Test
    void seriesCreatedUpdatedAndEndedAreKeyedBySeriesAndShapedLikeTheirSamples() {
        String chapter = Api.chapter("facts");
        String id = SeriesApi.create(organizer, SeriesApi.weekly(chapter, "Europe/Lisbon", "public"));
        String token = TestTokens.organizer(organizer, chapter);
        List<Map<String, Object>> occurrences = SeriesApi.listed(chapter, id);
        Api.post(token, "/api/v1/series/" + id + "/skips",
                Map.of("date", LocalDateTime.parse((String) occurrences.get(0).get("start")).toLocalDate().toString())).statusCode(200);
        Api.post(token, "/api/v1/series/" + id + "/end", Map.of()).statusCode(200);

        TopicProbe.Fact created = Facts.await(id, Facts.ofType(FactTypes.SERIES_CREATED));
        Facts.assertShapedLikeSample(created);
        assertEquals("FREQ=WEEKLY;BYDAY=TU", created.cloudEvent().path("data").path("series").path("rrule").asText());
        TopicProbe.Fact updated = Facts.await(id, Facts.ofType(FactTypes.SERIES_UPDATED));
        Facts.assertShapedLikeSample(updated);
        assertEquals("skipped", updated.cloudEvent().path("data").path("changed").path(0).asText());
        TopicProbe.Fact ended = Facts.await(id, Facts.ofType(FactTypes.SERIES_ENDED));
        Facts.assertShapedLikeSample(ended);
        assertEquals("ended", ended.cloudEvent().path("data").path("series").path("status").asText());
        assertEquals(id, ended.cloudEvent().path("subject").asText());

        String occurrence = (String) occurrences.get(1).get("id");
        Facts.assertShapedLikeSample(Facts.await(occurrence, Facts.ofType(FactTypes.EVENT_PUBLISHED)));
        Facts.assertShapedLikeSample(Facts.await(occurrence, Facts.ofType(FactTypes.EVENT_CANCELLED)));
    }
}
