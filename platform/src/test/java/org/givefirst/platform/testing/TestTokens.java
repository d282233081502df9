package org.givefirst.platform.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.givefirst.platform.security.Caller;
import org.givefirst.platform.security.Roles;

/**
 * Signs tokens with the development key ({@code givefirst/dev-jwt-private.pem}, a test fixture of this
 * test-jar that no service artifact contains), which the services trust only with
 * {@code GIVEFIRST_DEV_KEYS=true}: in tests and the local run.
 */
public final class TestTokens {

    public static final String ISSUER = "https://givefirst.local/dev";
    private static final String KEY = "givefirst/dev-jwt-private.pem";

    private TestTokens() {
    }

    public static String member(UUID memberId) {
        return sign(claims(memberId.toString(), Set.of(Roles.MEMBER)));
    }

    public static String organizer(UUID memberId, String... chapterSlugs) {
        return sign(claims(memberId.toString(), Set.of(Roles.MEMBER, Roles.ORGANIZER))
                .claim(Caller.ORGANIZER_OF_CLAIM, Set.of(chapterSlugs)));
    }

    public static String admin() {
        return sign(claims("admin-" + UUID.randomUUID(), Set.of(Roles.ADMIN)));
    }

    public static String service(String name) {
        return sign(claims(name, Set.of(Roles.SERVICE)));
    }

    /** Tokens a service must refuse (401), each with admin rights if it were believed. */
    public static Map<String, String> forged() {
        Map<String, String> tokens = new LinkedHashMap<>();
        String subject = "admin-" + UUID.randomUUID();
        Instant now = Instant.now();
        tokens.put("expired", sign(Jwt.issuer(ISSUER).subject(subject).upn(subject).groups(Set.of(Roles.ADMIN))
                .issuedAt(now.minus(Duration.ofHours(2))).expiresAt(now.minus(Duration.ofHours(1)))));
        tokens.put("wrong issuer", sign(Jwt.issuer("https://issuer.invalid/").subject(subject).upn(subject)
                .groups(Set.of(Roles.ADMIN)).expiresIn(Duration.ofHours(1))));
        tokens.put("wrong signature", claims(subject, Set.of(Roles.ADMIN)).jws().keyId("givefirst-dev").sign(strangerKey()));
        String header = base64Url("{\"alg\":\"none\",\"typ\":\"JWT\"}");
        String payload = base64Url("{\"iss\":\"" + ISSUER + "\",\"sub\":\"" + subject + "\",\"upn\":\"" + subject
                + "\",\"groups\":[\"admin\"],\"exp\":" + now.plus(Duration.ofHours(1)).getEpochSecond() + "}");
        tokens.put("alg none", header + "." + payload + ".");
        tokens.put("alg none, no signature part", header + "." + payload);
        // The public key used as an HMAC secret: the classic algorithm confusion.
        tokens.put("HS256 with the public key", claims(subject, Set.of(Roles.ADMIN)).jws()
                .algorithm(io.smallrye.jwt.algorithm.SignatureAlgorithm.HS256).signWithSecret(publicKeyPem()));
        tokens.put("garbage", "not.a.token");
        tokens.put("not base64", "%%%.$$$.###");
        tokens.put("empty", "");
        return tokens;
    }

    private static java.security.PrivateKey strangerKey() {
        try {
            java.security.KeyPairGenerator generator = java.security.KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair().getPrivate();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String publicKeyPem() {
        try (var in = TestTokens.class.getClassLoader().getResourceAsStream("givefirst/dev-jwt-public.pem")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException | NullPointerException e) {
            throw new IllegalStateException("The development public key is not on the classpath", e);
        }
    }

    private static String base64Url(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static JwtClaimsBuilder claims(String subject, Set<String> groups) {
        return Jwt.issuer(ISSUER).subject(subject).upn(subject).groups(groups).expiresIn(Duration.ofHours(12));
    }

    private static String sign(JwtClaimsBuilder claims) {
        return claims.jws().keyId("givefirst-dev").sign(KEY);
    }
}
