package org.givefirst.matching.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * Contact details from members-service, fetched when an introduction's member reads it (never
 * stored here, never put on a topic). members-service being slow or down never fails the read:
 * after a timeout, two retries and with a circuit breaker, the answer is {@link Lookup#unavailable()}
 * and the caller shows the contact as unavailable; the next read tries again.
 */
@ApplicationScoped
public class MembersClient {

    private static final Logger LOG = Logger.getLogger(MembersClient.class);

    private final MembersRestClient client;
    private final ServiceTokens tokens;

    public MembersClient(@RestClient MembersRestClient client, ServiceTokens tokens) {
        this.client = client;
        this.tokens = tokens;
    }

    /** The outcome of a lookup: found, gone (members-service no longer has the member) or unavailable. */
    public record Lookup(Optional<MemberContact> contact, String status) {
        public static final String AVAILABLE = "available";
        public static final String GONE = "gone";
        public static final String UNAVAILABLE = "unavailable";

        static Lookup found(MemberContact contact) {
            return new Lookup(Optional.of(contact), AVAILABLE);
        }

        static Lookup gone() {
            return new Lookup(Optional.empty(), GONE);
        }

        public static Lookup unavailable() {
            return new Lookup(Optional.empty(), UNAVAILABLE);
        }
    }

    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, jitter = 100)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS)
    @Fallback(fallbackMethod = "unavailable")
    public Lookup contactOf(UUID memberId) {
        Optional<String> token = tokens.bearer();
        if (token.isEmpty()) {
            return Lookup.unavailable();
        }
        try {
            MemberContact contact = client.contact(memberId, "Bearer " + token.get());
            return contact == null || contact.email() == null ? Lookup.gone() : Lookup.found(contact);
        } catch (WebApplicationException e) {
            if (e.getResponse() != null && (e.getResponse().getStatus() == 404 || e.getResponse().getStatus() == 410)) {
                return Lookup.gone();
            }
            throw e;
        }
    }

    Lookup unavailable(UUID memberId) {
        LOG.warnf("members-service did not give the contact of %s: shown as unavailable", memberId);
        return Lookup.unavailable();
    }
}
