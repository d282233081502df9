package org.givefirst.platform.ratelimit;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import jakarta.inject.Singleton;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Set;
import org.givefirst.platform.problem.Problem;
import org.givefirst.platform.problem.ProblemException;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Applies the rate limits to every write under {@code /api} (per token subject; per client address
 * for a call without a valid token) and to every anonymous read under {@code /api} (per client
 * address). A refusal is a 429 problem with {@code Retry-After}; every limited answer carries the
 * {@code RateLimit-Limit}, {@code RateLimit-Remaining} and {@code RateLimit-Reset} headers.
 */
@Singleton
public class RateLimits {

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final Set<String> READS = Set.of("GET", "HEAD");
    private static final String DECISION = RateLimits.class.getName() + ".decision";

    private final CallerLimits limits;
    private final CurrentIdentityAssociation identities;

    RateLimits(CallerLimits limits, CurrentIdentityAssociation identities) {
        this.limits = limits;
        this.identities = identities;
    }

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION + 1)
    public Uni<Response> limit(ContainerRequestContext request, HttpServerRequest http) {
        String method = request.getMethod();
        boolean write = WRITES.contains(method);
        if (!limits.enabled() || !(write || READS.contains(method)) || !request.getUriInfo().getPath().startsWith("/api/")) {
            return Uni.createFrom().nullItem();
        }
        String address = address(http);
        if (request.getHeaderString(HttpHeaders.AUTHORIZATION) == null) {
            return Uni.createFrom().item(apply(request, write, write ? "address:" + address : address));
        }
        return identities.getDeferredIdentity()
                .onFailure().recoverWithNull()
                .map(identity -> {
                    boolean anonymous = identity == null || identity.isAnonymous();
                    if (!write && !anonymous) {
                        return null; // reads with a valid token are a member's own use of the API
                    }
                    return apply(request, write, anonymous ? "address:" + address : "subject:" + subject(identity));
                });
    }

    @ServerResponseFilter
    public void headers(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(DECISION) instanceof RateLimiter.Decision decision) {
            response.getHeaders().putSingle("RateLimit-Limit", decision.limit());
            response.getHeaders().putSingle("RateLimit-Remaining", decision.remaining());
            response.getHeaders().putSingle("RateLimit-Reset", decision.resetSeconds());
        }
    }

    private Response apply(ContainerRequestContext request, boolean write, String caller) {
        RateLimiter.Decision decision = write ? limits.write(caller) : limits.publicRead(caller);
        request.setProperty(DECISION, decision);
        if (decision.allowed()) {
            return null;
        }
        String detail = (write ? "Too many writes from this caller: at most " : "Too many anonymous reads from this address: at most ")
                + decision.limit() + " a minute; retry after " + decision.retryAfterSeconds() + " s";
        return Response.status(429)
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem(ProblemException.type("rate-limited"), "Too Many Requests", 429, detail,
                        Problem.instance(safePath(request)), List.of()))
                .header(HttpHeaders.RETRY_AFTER, decision.retryAfterSeconds())
                .build();
    }

    private static String subject(SecurityIdentity identity) {
        return identity.getPrincipal() == null ? "" : identity.getPrincipal().getName();
    }

    private static String address(HttpServerRequest http) {
        SocketAddress remote = http.remoteAddress();
        if (remote == null) {
            return "unknown";
        }
        return remote.hostAddress() != null ? remote.hostAddress() : String.valueOf(remote.host());
    }

    private static String safePath(ContainerRequestContext request) {
        try {
            return request.getUriInfo().getPath();
        } catch (RuntimeException undecodable) {
            return null;
        }
    }
}
