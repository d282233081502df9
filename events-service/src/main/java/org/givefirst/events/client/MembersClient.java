package org.givefirst.events.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * Asks members-service about a member, never waiting long and never failing the caller: after a
 * timeout, a few quick retries and with the circuit open, the answer is {@link MemberLookup.Outcome#UNAVAILABLE}.
 * A 404 or 410 (erased) is an answer (no such member), not a failure: it is neither retried nor counted by the breaker;
 * nor is another 4xx (members-service refusing this caller), which leaves the member unconfirmed.
 *
 * <p>The numbers below are defaults; each can be overridden in configuration, e.g.
 * {@code quarkus.fault-tolerance."org.givefirst.events.client.MembersClient/lookup".circuit-breaker.delay}.
 */
@ApplicationScoped
public class MembersClient {

    private static final Logger LOG = Logger.getLogger(MembersClient.class);

    private final MembersRestClient api;

    public MembersClient(@RestClient MembersRestClient api) {
        this.api = api;
    }

    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 100, jitter = 50)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10_000, successThreshold = 1)
    @Fallback(fallbackMethod = "unavailable")
    public MemberLookup lookup(UUID id) {
        try {
            MembersRestClient.MemberProfile profile = api.get(id);
            return MemberLookup.found(id, profile == null ? null : profile.displayName());
        } catch (WebApplicationException e) {
            int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
            if (status == 404 || status == 410) { // 410: the member was erased
                return MemberLookup.notFound(id);
            }
            if (status >= 400 && status < 500) {
                // members-service is up but will not tell this caller (e.g. 401 for an anonymous read):
                // asking again will not help, and it is no reason to open the circuit for everyone.
                LOG.debugf("members-service answered %d for member %s", status, id);
                return MemberLookup.unavailable(id);
            }
            throw e;
        }
    }

    MemberLookup unavailable(UUID id) {
        LOG.debugf("members-service unavailable (timeout, errors or open circuit): member %s not looked up", id);
        return MemberLookup.unavailable(id);
    }
}
