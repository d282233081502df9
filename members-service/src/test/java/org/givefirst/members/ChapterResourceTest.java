package org.givefirst.members;

import static io.restassured.RestAssured.given;
import static org.givefirst.members.Fixtures.asAdmin;
import static org.givefirst.members.Fixtures.json;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.givefirst.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ChapterResourceTest {

    @Test
    void chaptersArePagedInSlugOrderAndEveryOneIsListedOnce() {
        String prefix = "p" + UUID.randomUUID().toString().substring(0, 6);
        for (String suffix : List.of("c", "a", "b")) {
            asAdmin().body(json(Map.of("slug", prefix + "-" + suffix, "name", "N", "city", "C", "timeZone", "Europe/Paris")))
                    .when().post("/api/v1/chapters").then().statusCode(201);
        }

        List<String> slugs = new ArrayList<>();
        String next = "/api/v1/chapters?limit=2";
        while (next != null) {
            JsonPath page = given().when().get(next).then().statusCode(200).extract().jsonPath();
            List<String> items = page.getList("items.slug");
            assertTrue(items.size() <= 2);
            slugs.addAll(items);
            next = page.getString("next");
        }

        assertEquals(List.of(prefix + "-a", prefix + "-b", prefix + "-c"),
                slugs.stream().filter(s -> s.startsWith(prefix)).toList());
        assertEquals(slugs.stream().sorted().distinct().toList(), slugs);
    }

    @Test
    void anUnknownTimeZoneNamesTheField() {
        asAdmin().body(json(Map.of("slug", "tz-" + UUID.randomUUID().toString().substring(0, 6), "name", "N", "city", "C",
                        "timeZone", "Europe/Atlantis")))
                .when().post("/api/v1/chapters")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("timeZone"));
    }

    @Test
    void onlyAnAdminCreatesAChapter() {
        given().auth().oauth2(TestTokens.organizer(UUID.randomUUID(), "lisbon"))
                .contentType("application/json")
                .body(json(Map.of("slug", "not-mine", "name", "N", "city", "C", "timeZone", "Europe/Paris")))
                .when().post("/api/v1/chapters")
                .then().statusCode(403).contentType("application/problem+json").body("status", equalTo(403));
    }

    @Test
    void anUnknownChapterIsA404Problem() {
        given().when().get("/api/v1/chapters/no-such-chapter")
                .then().statusCode(404).contentType("application/problem+json");
    }
}
