package org.givefirst.matching.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * members-service, called only for what matching cannot hold itself: a member's private contact
 * details, revealed inside an introduction both sides accepted. Use it through {@link MembersClient}, which adds timeout, retry, circuit breaker and fallback.
 */
@RegisterRestClient(configKey = "members")
@Path("/api/v1/members")
public interface MembersRestClient {

    @GET
    @Path("/{id}/contact")
    @Produces(MediaType.APPLICATION_JSON)
    MemberContact contact(@PathParam("id") UUID memberId, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization);
}
