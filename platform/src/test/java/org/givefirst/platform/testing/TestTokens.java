package org.givefirst.platform.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.time.Duration;
import java.util.Arrays;
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

    /**
     * Prints a development token: {@code member <id>}, {@code organizer <id> <chapter>...},
     * {@code admin}, or {@code service <name>} (used by {@code ./givefirst token}).
     */
    public static void main(String[] args) {
        String kind = args.length > 0 ? args[0] : "";
        String token = switch (kind) {
            case "member" -> args.length == 2 ? member(UUID.fromString(args[1])) : null;
            case "organizer" -> args.length >= 3
                    ? organizer(UUID.fromString(args[1]), Arrays.copyOfRange(args, 2, args.length)) : null;
            case "admin" -> admin();
            case "service" -> args.length == 2
                    ? sign(Jwt.issuer(ISSUER).subject(args[1]).upn(args[1]).groups(Set.of(Roles.SERVICE)).expiresIn(Duration.ofDays(30)))
                    : null;
            default -> null;
        };
        if (token == null) {
            System.err.println("usage: token member <member-id> | organizer <member-id> <chapter>... | admin | service <name>");
            System.exit(2);
        }
        System.out.println(token);
    }

    private static String sign(JwtClaimsBuilder claims) {
        return claims.jws().keyId("givefirst-dev").sign(KEY);
    }
}
