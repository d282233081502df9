package org.givefirst.webhooks.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.givefirst.platform.contracts.FactTypes;
import org.givefirst.platform.messaging.IncomingFact;
import org.junit.jupiter.api.Test;

/** What a delivery's body keeps of a fact, and what it never carries. */
class FactAudienceTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aMembersIntroductionPreferencesAndContactDetailsNeverLeave() throws Exception {
        ObjectNode data = (ObjectNode) json.readTree("""
                {"memberId": "7c9e6679-7425-40de-944b-e07fc1f90ae7", "displayName": "Ana",
                 "email": "ana@example.org",
                 "introductionPreferences": {"neverIntroduce": ["1b4e28ba-2fa1-11d2-883f-0016d3cca427"],
                                              "wantsToMeet": [], "helpsNewcomers": true},
                 "offers": [{"tags": ["crm"], "contact": "+351 900 000 000"}]}
                """);
        IncomingFact fact = new IncomingFact("f-1", "/givefirst/members-service", FactTypes.MEMBER_UPDATED,
                "7c9e6679-7425-40de-944b-e07fc1f90ae7", OffsetDateTime.of(2026, 12, 2, 10, 0, 0, 0, ZoneOffset.UTC), data);

        JsonNode body = json.readTree(FactAudience.body(json, fact));

        assertEquals("f-1", body.path("id").asText());
        assertEquals(FactTypes.MEMBER_UPDATED, body.path("type").asText());
        assertEquals("Ana", body.path("data").path("displayName").asText(), "what organizers may see stays");
        assertEquals("crm", body.path("data").path("offers").path(0).path("tags").path(0).asText());
        assertFalse(body.path("data").has("introductionPreferences"), "private preferences are never delivered");
        assertFalse(body.path("data").has("email"));
        assertFalse(body.path("data").path("offers").path(0).has("contact"), "nested contact details go too");
        assertTrue(data.has("introductionPreferences"), "the fact itself is not changed");
    }
}
