package org.givefirst.devtools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What ./givefirst token prints: tokens whose claims the services read. */
class TokensTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aMemberTokenNamesTheMemberAsSubject() throws Exception {
        UUID member = UUID.randomUUID();
        JsonNode claims = claims(Tokens.token(new String[] {"member", member.toString()}));
        assertEquals(member.toString(), claims.path("sub").asText());
        assertEquals(List.of("member"), strings(claims.path("groups")));
    }

    @Test
    void anOrganizerTokenListsTheChaptersTheyOrganize() throws Exception {
        UUID member = UUID.randomUUID();
        JsonNode claims = claims(Tokens.token(new String[] {"organizer", member.toString(), "lisbon-givers", "porto"}));
        assertEquals(List.of("lisbon-givers", "porto"), strings(claims.path("organizer_of")).stream().sorted().toList());
        assertEquals(List.of("member", "organizer"), strings(claims.path("groups")).stream().sorted().toList());
    }

    @Test
    void aServiceTokenCarriesTheServiceRole() throws Exception {
        JsonNode claims = claims(Tokens.token(new String[] {"service", "matching-service"}));
        assertEquals("matching-service", claims.path("sub").asText());
        assertEquals(List.of("service"), strings(claims.path("groups")));
    }

    @Test
    void aMalformedRequestPrintsNoToken() {
        assertNull(Tokens.token(new String[] {"member", "not-a-uuid"}));
        assertNull(Tokens.token(new String[] {"organizer", UUID.randomUUID().toString()}));
        assertNull(Tokens.token(new String[] {"admin", "extra"}));
        assertNull(Tokens.token(new String[] {"root"}));
        assertNull(Tokens.token(new String[] {}));
    }

    private static JsonNode claims(String token) throws Exception {
        return JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
    }

    private static List<String> strings(JsonNode array) {
        return JSON.convertValue(array, JSON.getTypeFactory().constructCollectionType(List.class, String.class));
    }
}
