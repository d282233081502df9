package org.givefirst.platform.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.givefirst.platform.security.Caller;
import org.givefirst.platform.security.Roles;

/**
 * Signs tokens with the development key ({@code givefirst/dev-jwt-private.pem}), which the services
 * trust in their dev and test profiles only.
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

    private static JwtClaimsBuilder claims(String subject, Set<String> groups) {
        return Jwt.issuer(ISSUER).subject(subject).upn(subject).groups(groups).expiresIn(Duration.ofHours(12));
    }

    private static String sign(JwtClaimsBuilder claims) {
        return claims.jws().keyId("givefirst-dev").sign(KEY);
    }
}
