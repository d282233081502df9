package org.givefirst.matching.client;

import io.quarkus.oidc.client.OidcClient;
import io.quarkus.oidc.client.Tokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The bearer token matching-service shows members-service. Where an issuer is configured
 * ({@code GIVEFIRST_OIDC_AUTH_SERVER_URL}, with {@code GIVEFIRST_OIDC_CLIENT_ID} and
 * {@code GIVEFIRST_OIDC_CLIENT_SECRET}), it is an access token of the client credentials grant,
 * fetched with quarkus-oidc-client and fetched again shortly before it expires. Without an issuer
 * (the local run, the tests) it is the static {@code GIVEFIRST_MEMBERS_SERVICE_TOKEN}, if any.
 */
@ApplicationScoped
public class ServiceTokens {

    /** A token is fetched again when it expires within this time. */
    static final Duration EXPIRY_MARGIN = Duration.ofSeconds(30);
    static final Duration FETCH_TIMEOUT = Duration.ofSeconds(2);

    private static final Logger LOG = Logger.getLogger(ServiceTokens.class);

    private final OidcClient oidc;
    private final Optional<String> staticToken;
    private final Clock clock;
    private volatile Tokens current;

    @Inject
    public ServiceTokens(OidcClient oidc,
            @ConfigProperty(name = "quarkus.oidc-client.auth-server-url") Optional<String> issuer,
            @ConfigProperty(name = "givefirst.members.service-token") Optional<String> staticToken, Clock clock) {
        this(issuer.filter(url -> !url.isBlank()).isPresent() ? oidc : null, staticToken, clock);
    }

    /** @param oidc the client credentials client, or null to use the static token */
    ServiceTokens(OidcClient oidc, Optional<String> staticToken, Clock clock) {
        this.oidc = oidc;
        this.staticToken = staticToken.filter(token -> !token.isBlank());
        this.clock = clock;
        if (oidc == null && this.staticToken.isEmpty()) {
            LOG.warn("Neither GIVEFIRST_OIDC_AUTH_SERVER_URL nor GIVEFIRST_MEMBERS_SERVICE_TOKEN is set: "
                    + "contact details of made introductions will show as unavailable");
        }
    }

    /** True when tokens come from the issuer (client credentials), false for the static token. */
    public boolean usesClientCredentials() {
        return oidc != null;
    }

    /**
     * The token to send, if there is one. A failure to get one from the issuer is thrown (the caller's
     * retry and fallback handle it).
     */
    public Optional<String> bearer() {
        if (oidc == null) {
            return staticToken;
        }
        Tokens tokens = current;
        if (tokens == null || expiresSoon(tokens)) {
            synchronized (this) {
                tokens = current;
                if (tokens == null || expiresSoon(tokens)) {
                    tokens = oidc.getTokens().await().atMost(FETCH_TIMEOUT);
                    current = tokens;
                }
            }
        }
        return Optional.ofNullable(tokens.getAccessToken());
    }

    private boolean expiresSoon(Tokens tokens) {
        Long expiresAt = tokens.getAccessTokenExpiresAt();
        return expiresAt != null && clock.instant().plus(EXPIRY_MARGIN).getEpochSecond() >= expiresAt;
    }
}
