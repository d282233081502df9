package org.givefirst.matching.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.oidc.client.OidcClient;
import io.quarkus.oidc.client.Tokens;
import io.smallrye.mutiny.Uni;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Which token matching-service shows members-service: client credentials with an issuer, the static token without. */
class ServiceTokensTest {

    private static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");

    /** An issuer that hands out numbered tokens valid for five minutes from the clock's now. */
    static final class Issuer implements OidcClient {
        final AtomicInteger issued = new AtomicInteger();
        Instant now = NOW;

        @Override
        public Uni<Tokens> getTokens(Map<String, String> additionalGrantParameters) {
            int n = issued.incrementAndGet();
            return Uni.createFrom().item(new Tokens("access-" + n, now.plusSeconds(300).getEpochSecond(), null, null, null,
                    null, "matching-service"));
        }

        @Override
        public Uni<Tokens> refreshTokens(String refreshToken, Map<String, String> additionalGrantParameters) {
            throw new UnsupportedOperationException("client credentials have no refresh token");
        }

        @Override
        public Uni<Boolean> revokeAccessToken(String accessToken, Map<String, String> additionalParameters) {
            return Uni.createFrom().item(false);
        }

        @Override
        public void close() {
        }
    }

    @Test
    void withoutAnIssuerTheStaticTokenIsSent() {
        ServiceTokens tokens = new ServiceTokens(null, Optional.of("static-token"), Clock.fixed(NOW, ZoneOffset.UTC));

        assertFalse(tokens.usesClientCredentials());
        assertEquals(Optional.of("static-token"), tokens.bearer());
    }

    @Test
    void withoutAnIssuerOrAStaticTokenThereIsNoTokenToSend() {
        ServiceTokens tokens = new ServiceTokens(null, Optional.of(" "), Clock.fixed(NOW, ZoneOffset.UTC));

        assertEquals(Optional.empty(), tokens.bearer());
    }

    @Test
    void withAnIssuerTheClientCredentialsTokenIsSentInsteadOfTheStaticOneAndKeptUntilItNearlyExpires() {
        Issuer issuer = new Issuer();
        MutableClock clock = new MutableClock(NOW);
        ServiceTokens tokens = new ServiceTokens(issuer, Optional.of("static-token"), clock);

        assertTrue(tokens.usesClientCredentials());
        assertEquals(Optional.of("access-1"), tokens.bearer());
        clock.now = NOW.plusSeconds(200);
        assertEquals(Optional.of("access-1"), tokens.bearer(), "still valid for more than the margin");
        assertEquals(1, issuer.issued.get());

        clock.now = NOW.plusSeconds(300 - ServiceTokens.EXPIRY_MARGIN.toSeconds() + 1);
        issuer.now = clock.now;
        assertEquals(Optional.of("access-2"), tokens.bearer(), "fetched again shortly before it expires");
        assertEquals(2, issuer.issued.get());
    }

    static final class MutableClock extends Clock {
        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
