package org.givefirst.events;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import org.givefirst.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * The public listing and the feeds are served from memory, and a change made through this service is
 * on the very next read: no stale document after a write, a 304 for the tag in hand until then, a new
 * tag after it.
 */
@QuarkusTest
class PublicDocumentsTest {

    private final UUID host = UUID.randomUUID();

    @Test
    void aChangeIsOnTheNextReadOfTheListingWithANewTag() {
        String chapter = Api.chapter("memo");
        String id = Api.createPublished(host, Api.coffee(chapter, 8, "public"));
        String path = "/api/v1/chapters/" + chapter + "/events";
        String etag = given().when().get(path).then().statusCode(200).body("events[0].title", equalTo("A coffee in " + chapter))
                .header("Cache-Control", equalTo("public, max-age=60, stale-while-revalidate=300"))
                .extract().header("ETag");
        given().header("If-None-Match", etag).when().get(path).then().statusCode(304).header("ETag", equalTo(etag))
                .body(emptyString());

        rename(id, "Coffee for people restoring rivers");
        String renamed = given().header("If-None-Match", etag).when().get(path).then().statusCode(200)
                .body("events[0].title", equalTo("Coffee for people restoring rivers")).extract().header("ETag");
        assertNotEquals(etag, renamed);
        given().header("If-None-Match", renamed).when().get(path).then().statusCode(304);

        // A new event of the chapter, and one withdrawn from public view: both on the next read.
        String second = Api.createPublished(host, Api.event(chapter, "lunch", Api.daysAhead(8, 12, "Europe/Lisbon"),
                Api.daysAhead(8, 13, "Europe/Lisbon"), "Europe/Lisbon", 6, "public"));
        given().when().get(path).then().statusCode(200).body("events.id", equalTo(java.util.List.of(id, second)));
        given().auth().oauth2(TestTokens.member(host)).when().post("/api/v1/events/" + id + "/cancel").then().statusCode(200);
        given().when().get(path).then().statusCode(200).body("events.id", equalTo(java.util.List.of(second)));
    }

    @Test
    void theChapterFeedAndTheEventFileShowAChangeOnTheNextRead() {
        String chapter = Api.chapter("memo-feed");
        String id = Api.createPublished(host, Api.coffee(chapter, 8, "public"));
        String feed = "/api/v1/chapters/" + chapter + "/events.ics";
        String file = "/api/v1/events/" + id + ".ics";
        String feedTag = given().when().get(feed).then().statusCode(200).extract().header("ETag");
        String fileTag = given().when().get(file).then().statusCode(200)
                .header("Cache-Control", equalTo("public, max-age=60, stale-while-revalidate=300")).extract().header("ETag");
        given().header("If-None-Match", feedTag).when().get(feed).then().statusCode(304);
        given().header("If-None-Match", fileTag).when().get(file).then().statusCode(304);

        rename(id, "Breakfast for bike mechanics");
        given().header("If-None-Match", feedTag).when().get(feed).then().statusCode(200)
                .body(containsString("Breakfast for bike mechanics")).header("ETag", not(equalTo(feedTag)));
        given().header("If-None-Match", fileTag).when().get(file).then().statusCode(200)
                .body(containsString("Breakfast for bike mechanics")).header("ETag", not(equalTo(fileTag)));

        // An event that became members-only is no longer served to anyone from memory.
        given().auth().oauth2(TestTokens.member(host)).contentType(ContentType.JSON).body(Map.of("visibility", "members"))
                .when().patch("/api/v1/events/" + id).then().statusCode(200);
        given().when().get(file).then().statusCode(404);
        given().when().get(feed).then().statusCode(200).body(not(containsString("Breakfast for bike mechanics")));
    }

    @Test
    void anRsvpChangesTheSeatsLeftOnTheNextRead() {
        String chapter = Api.chapter("memo-seats");
        String id = Api.createPublished(host, Api.coffee(chapter, 3, "public"));
        String path = "/api/v1/chapters/" + chapter + "/events";
        given().when().get(path).then().statusCode(200).body("events[0].seatsLeft", equalTo(3));
        Api.rsvp(UUID.randomUUID(), id, true).statusCode(201);
        given().when().get(path).then().statusCode(200).body("events[0].seatsLeft", equalTo(1));
    }

    private void rename(String id, String title) {
        given().auth().oauth2(TestTokens.member(host)).contentType(ContentType.JSON).body(Map.of("title", title))
                .when().patch("/api/v1/events/" + id).then().statusCode(200);
    }
}
