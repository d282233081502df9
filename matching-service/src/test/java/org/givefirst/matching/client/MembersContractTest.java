package org.givefirst.matching.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.givefirst.platform.testing.RestContract;
import org.junit.jupiter.api.Test;

/**
 * matching-service reads what members-service promises in {@code docs/contracts/members-service.json}
 * (which members-service's ConsumerContractsTest holds it to): each answer of the contract, given to
 * the client as the REST client would, gives the contact lookup an introduction shows.
 */
class MembersContractTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final RestContract CONTRACT = RestContract.provider("members-service");

    @Test
    void everyAnswerOfTheContractReadsAsTheContactLookupMatchingExpects() {
        assertFalse(CONTRACT.consumedBy("matching-service").isEmpty());
        for (RestContract.Interaction interaction : CONTRACT.consumedBy("matching-service")) {
            UUID id = UUID.randomUUID();
            Map<String, String> values = Map.of("memberId", id.toString(), "displayName", "Ana Ribeiro",
                    "email", "ana@example.org");
            MembersRestClient api = (memberId, authorization) -> {
                if (interaction.status() >= 400) {
                    throw new WebApplicationException(Response.status(interaction.status()).build());
                }
                try {
                    return JSON.treeToValue(interaction.body(values), MemberContact.class);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            };

            MembersClient.Lookup lookup = new MembersClient(api, new ServiceTokens(null, Optional.of("service-token"), java.time.Clock.systemUTC())).contactOf(id);

            String name = interaction.description();
            switch (interaction.status()) {
                case 200 -> assertEquals(MembersClient.Lookup.found(new MemberContact(id, "Ana Ribeiro", "ana@example.org")),
                        lookup, name);
                case 404, 410 -> assertEquals(MembersClient.Lookup.gone(), lookup, name);
                default -> throw new AssertionError(name + ": no expectation for " + interaction.status());
            }
        }
    }
}
