package org.givefirst.platform.security;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import jakarta.interceptor.Interceptor;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

/**
 * Refuses to start a service that would accept tokens nobody should be able to sign: without a key of
 * the operator's identity provider, or with the development key of this repository (whose private half
 * is public, in the platform test-jar) unless {@code GIVEFIRST_DEV_KEYS=true} says this is a test or a
 * local run. The configuration (META-INF/microprofile-config.properties) only falls back to the
 * development key under that opt-in; this check is what says, in the log, which setting to give.
 */
@Singleton
public class VerificationKeyCheck {

    /** The classpath location of the development public key. */
    public static final String DEVELOPMENT_KEY = "givefirst/dev-jwt-public.pem";

    private static final Logger LOG = Logger.getLogger(VerificationKeyCheck.class);

    static final String HOW_TO_CONFIGURE = "Set GIVEFIRST_JWT_PUBLIC_KEY to the public key of your identity provider "
            + "(a PEM file or its JWKS URL, e.g. https://id.example.org/realms/givefirst/protocol/openid-connect/certs) "
            + "and GIVEFIRST_JWT_ISSUER to its issuer (e.g. https://id.example.org/realms/givefirst). "
            + "Only tests and the local run may set GIVEFIRST_DEV_KEYS=true to trust the development key instead.";

    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent start, Config config) {
        verify(config.getOptionalValue("givefirst.dev-keys", Boolean.class).orElse(false),
                setting(config, "mp.jwt.verify.publickey.location"),
                setting(config, "mp.jwt.verify.publickey"),
                setting(config, "mp.jwt.verify.issuer"));
    }

    /** A SmallRye JWT setting; {@code NONE} is its word for "not set". */
    private static Optional<String> setting(Config config, String name) {
        return config.getOptionalValue(name, String.class).filter(value -> !value.isBlank() && !"NONE".equals(value));
    }

    static void verify(boolean devKeys, Optional<String> location, Optional<String> inlineKey, Optional<String> issuer) {
        if (location.isEmpty() && inlineKey.isEmpty()) {
            throw refuse("No key to verify bearer tokens with. " + HOW_TO_CONFIGURE);
        }
        if (devKeys) {
            if (isDevelopmentKey(location, inlineKey)) {
                LOG.warn("Trusting the development key (GIVEFIRST_DEV_KEYS=true): anyone can sign tokens for this service. "
                        + "Never use this setting for a deployment.");
            }
            return;
        }
        if (isDevelopmentKey(location, inlineKey)) {
            throw refuse("GIVEFIRST_JWT_PUBLIC_KEY points at the development key of this repository, whose private half "
                    + "is public: anyone could sign an admin token. " + HOW_TO_CONFIGURE);
        }
        if (issuer.isEmpty()) {
            throw refuse("No expected token issuer. " + HOW_TO_CONFIGURE);
        }
    }

    private static IllegalStateException refuse(String message) {
        LOG.error("Refusing to start: " + message);
        return new IllegalStateException(message);
    }

    /** By name, and for a key this service can read without the network, by content (PEM or JWKS). */
    static boolean isDevelopmentKey(Optional<String> location, Optional<String> inlineKey) {
        if (location.map(l -> l.endsWith("dev-jwt-public.pem")).orElse(false)) {
            return true;
        }
        Optional<String> content = inlineKey.or(() -> location.flatMap(VerificationKeyCheck::readLocal));
        return content.map(VerificationKeyCheck::containsDevelopmentKey).orElse(false);
    }

    private static Optional<String> readLocal(String location) {
        if (location.startsWith("http:") || location.startsWith("https:")) {
            return Optional.empty();
        }
        try {
            if (location.startsWith("classpath:")) {
                return classpath(location.substring("classpath:".length()));
            }
            Path file = Path.of(location.startsWith("file:") ? location.substring("file:".length()) : location);
            if (Files.isRegularFile(file)) {
                return Optional.of(Files.readString(file));
            }
            return classpath(location);
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty(); // SmallRye JWT reports a key it cannot read when a token arrives
        }
    }

    private static Optional<String> classpath(String resource) throws IOException {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private static boolean containsDevelopmentKey(String keyMaterial) {
        String compact = keyMaterial.replaceAll("\\s", "");
        DevelopmentKey dev = DevelopmentKey.INSTANCE;
        return dev != null && (compact.contains(dev.pemBody) || compact.contains(dev.jwkModulus));
    }

    /** The development public key as it appears in a PEM body and as a JWK modulus ({@code n}). */
    private static final class DevelopmentKey {
        static final DevelopmentKey INSTANCE = load();

        final String pemBody;
        final String jwkModulus;

        private DevelopmentKey(String pemBody, String jwkModulus) {
            this.pemBody = pemBody;
            this.jwkModulus = jwkModulus;
        }

        private static DevelopmentKey load() {
            try {
                String pem = classpath(DEVELOPMENT_KEY).orElseThrow();
                String body = pem.replace("-----BEGIN PUBLIC KEY-----", "").replace("-----END PUBLIC KEY-----", "")
                        .replaceAll("\\s", "");
                RSAPublicKey key = (RSAPublicKey) KeyFactory.getInstance("RSA")
                        .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(body)));
                return new DevelopmentKey(body, Base64.getUrlEncoder().withoutPadding().encodeToString(unsigned(key.getModulus())));
            } catch (Exception e) {
                throw new IllegalStateException("The development public key " + DEVELOPMENT_KEY + " cannot be read", e);
            }
        }

        private static byte[] unsigned(BigInteger value) {
            byte[] bytes = value.toByteArray();
            if (bytes[0] == 0) {
                byte[] trimmed = new byte[bytes.length - 1];
                System.arraycopy(bytes, 1, trimmed, 0, trimmed.length);
                return trimmed;
            }
            return bytes;
        }
    }
}
