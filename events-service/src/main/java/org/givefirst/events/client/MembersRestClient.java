package org.givefirst.events.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The part of members-service's API this service reads. The caller's {@code Authorization} header is
 * passed on ({@code org.eclipse.microprofile.rest.client.propagateHeaders}), so members-service
 * answers with what that caller may see.
 */
@RegisterRestClient(configKey = "members")
@RegisterClientHeaders
@Path("/api/v1/members")
@Produces(MediaType.APPLICATION_JSON)
public interface MembersRestClient {

    /** The public part of a member profile; 404 when there is no such member. */
    @GET
    @Path("/{id}")
    MemberProfile get(@PathParam("id") UUID id);

    /** The fields of a member profile this service uses; members-service sends more. */
    record MemberProfile(UUID id, String displayName) {
    }
}
