package org.givefirst.members;

import static org.givefirst.members.Fixtures.asMember;
import static org.givefirst.members.Fixtures.newChapter;
import static org.givefirst.members.Fixtures.register;
import static org.givefirst.members.Fixtures.registration;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MemberDirectoryTest {

    private static final UUID READER = UUID.randomUUID();

    @Test
    void directoryFiltersByChapterOfferedAndSoughtTagsAndText() {
        String chapter = newChapter();
        String otherChapter = newChapter();
        // Tags of this test only, so that members of other tests never match the filters.
        String t = UUID.randomUUID().toString().substring(0, 6);
        register(withTags(registration("Rita Baker", chapter), List.of("sourdough-" + t, "food-safety"), List.of("cafes-" + t)));
        register(withTags(registration("Sara Miller", chapter), List.of("flour-" + t, "sourdough-" + t), List.of("bakeries-" + t)));
        register(withTags(registration("Tiago Roaster", chapter), List.of("coffee-" + t), List.of("cafes-" + t, "bakeries-" + t)));
        register(withTags(registration("Ulisses Elsewhere", otherChapter), List.of("sourdough-" + t), List.of("cafes-" + t)));

        assertEquals(List.of("Rita Baker", "Sara Miller", "Tiago Roaster"), names("chapter=" + chapter));
        assertEquals(List.of("Rita Baker", "Sara Miller"), names("chapter=" + chapter + "&offers=Sourdough-" + t));
        assertEquals(List.of("Sara Miller"), names("chapter=" + chapter + "&offers=sourdough-" + t + ",flour-" + t));
        assertEquals(List.of("Sara Miller"), names("chapter=" + chapter + "&offers=sourdough-" + t + "&offers=flour-" + t));
        assertEquals(List.of("Rita Baker", "Tiago Roaster"), names("chapter=" + chapter + "&seeks=cafes-" + t));
        assertEquals(List.of("Tiago Roaster"), names("chapter=" + chapter + "&seeks=cafes-" + t + "&offers=coffee-" + t));
        assertEquals(List.of("Sara Miller"), names("chapter=" + chapter + "&q=MILL"));
        assertEquals(List.of(), names("chapter=" + chapter + "&q=%25"), "a % in q is a literal, not a wildcard");
        assertEquals(List.of("Rita Baker", "Ulisses Elsewhere"), names("offers=sourdough-" + t + "&seeks=cafes-" + t),
                "without a chapter the directory spans chapters");
    }

    @Test
    void pagesFollowTheirNextLinksThroughEveryMemberOnceInNameOrder() {
        String chapter = newChapter();
        for (String name : List.of("Eve", "bob", "Dan", "alice", "Carol")) {
            register(name, chapter);
        }

        List<String> seen = new ArrayList<>();
        List<Integer> pageSizes = new ArrayList<>();
        String next = "/api/v1/members?chapter=" + chapter + "&limit=2";
        while (next != null) {
            JsonPath page = asMember(READER).when().get(next).then().statusCode(200).extract().jsonPath();
            List<String> names = page.getList("items.displayName");
            seen.addAll(names);
            pageSizes.add(names.size());
            next = page.getString("next");
        }

        assertEquals(List.of("alice", "bob", "Carol", "Dan", "Eve"), seen);
        assertEquals(List.of(2, 2, 1), pageSizes);
    }

    @Test
    void aMemberAddedBeforeTheCursorDoesNotShiftTheNextPage() {
        String chapter = newChapter();
        for (String name : List.of("Bia", "Caio", "Duda", "Enzo")) {
            register(name, chapter);
        }
        JsonPath first = asMember(READER).when().get("/api/v1/members?chapter=" + chapter + "&limit=2")
                .then().statusCode(200).extract().jsonPath();
        register("Ana", chapter);

        asMember(READER).when().get(first.getString("next"))
                .then().statusCode(200)
                .body("items.displayName", contains("Duda", "Enzo"))
                .body("next", nullValue());
    }

    @Test
    void limitAndCursorAreValidated() {
        String chapter = newChapter();
        for (String limit : List.of("0", "101", "ten")) {
            asMember(READER).when().get("/api/v1/members?chapter=" + chapter + "&limit=" + limit)
                    .then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", hasItem("limit"));
        }
        asMember(READER).when().get("/api/v1/members?cursor=bm90LWEtY3Vyc29y")
                .then().statusCode(400).contentType("application/problem+json");
        asMember(READER).when().get("/api/v1/members?offers=a,b,c,d,e,f&seeks=g,h,i,j,k")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void anUnknownChapterIsA404AndAnEmptyResultIsAnEmptyPage() {
        asMember(READER).when().get("/api/v1/members?chapter=no-such-chapter")
                .then().statusCode(404).contentType("application/problem+json");
        asMember(READER).when().get("/api/v1/members?chapter=" + newChapter())
                .then().statusCode(200).body("items", empty()).body("next", nullValue());
    }

    private static List<String> names(String query) {
        List<String> all = new ArrayList<>();
        String next = "/api/v1/members?" + query + "&limit=100";
        while (next != null) {
            JsonPath page = asMember(READER).when().get(next).then().statusCode(200).extract().jsonPath();
            all.addAll(page.getList("items.displayName"));
            next = page.getString("next");
        }
        return all;
    }

    private static Map<String, Object> withTags(Map<String, Object> body, List<String> offers, List<String> seeks) {
        body.put("offers", List.of(Map.of("kind", "skill", "tags", offers)));
        body.put("objectives", List.of(Map.of("what", "Prices cafés pay for bread", "who", "Café owners", "tags", seeks)));
        return body;
    }
}
