package org.givefirst.events.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.UUID;
import org.givefirst.platform.testing.RestContract;
import org.junit.jupiter.api.Test;

/**
 * events-service reads what members-service promises in {@code docs/contracts/members-service.json}
 * (which members-service's ConsumerContractsTest holds it to): each answer of the contract, given to
 * the client as the REST client would, gives the lookup the service expects.
 */
class MembersContractTest {

    private static final ObjectMapper JSON = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private static final RestContract CONTRACT = RestContract.provider("members-service");

    @Test
    void everyAnswerOfTheContractReadsAsTheLookupEventsServiceExpects() throws Exception {
        assertFalse(CONTRACT.consumedBy("events-service").isEmpty());
        for (RestContract.Interaction interaction : CONTRACT.consumedBy("events-service")) {
            UUID id = UUID.randomUUID();
            Map<String, String> values = Map.of("memberId", id.toString(), "displayName", "Ana Ribeiro");
            MembersRestClient api = memberId -> {
                if (interaction.status() >= 400) {
                    throw new WebApplicationException(Response.status(interaction.status()).build());
                }
                try {
                    return JSON.treeToValue(interaction.body(values), MembersRestClient.MemberProfile.class);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            };

            MemberLookup lookup = new MembersClient(api).lookup(id);

            String name = interaction.description();
            switch (interaction.status()) {
                case 200 -> assertEquals(MemberLookup.found(id, "Ana Ribeiro"), lookup, name);
                case 404, 410 -> assertEquals(MemberLookup.notFound(id), lookup, name);
                default -> throw new AssertionError(name + ": no expectation for " + interaction.status());
            }
        }
    }
}
