package org.givefirst.devtools;

import java.util.Arrays;
import java.util.UUID;
import org.givefirst.platform.testing.TestTokens;

/**
 * Prints a token signed with the development key (used by {@code ./givefirst token}): only services
 * started with {@code GIVEFIRST_DEV_KEYS=true} accept it. The tokens are the tests' own
 * ({@link TestTokens}), so the local run and the tests cannot disagree on their claims.
 *
 * <p>Usage: {@code Tokens member <member-id> | organizer <member-id> <chapter>... | admin | service <name>}.
 */
public final class Tokens {

    private Tokens() {
    }

    public static void main(String[] args) {
        String token = token(args);
        if (token == null) {
            System.err.println("usage: token member <member-id> | organizer <member-id> <chapter>... | admin | service <name>");
            System.exit(2);
        }
        System.out.println(token);
    }

    static String token(String[] args) {
        String kind = args.length > 0 ? args[0] : "";
        try {
            return switch (kind) {
                case "member" -> args.length == 2 ? TestTokens.member(UUID.fromString(args[1])) : null;
                case "organizer" -> args.length >= 3
                        ? TestTokens.organizer(UUID.fromString(args[1]), Arrays.copyOfRange(args, 2, args.length)) : null;
                case "admin" -> args.length == 1 ? TestTokens.admin() : null;
                case "service" -> args.length == 2 ? TestTokens.service(args[1]) : null;
                default -> null;
            };
        } catch (IllegalArgumentException notAMemberId) {
            return null;
        }
    }
}
