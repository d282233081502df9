package org.givefirst.members;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.givefirst.platform.testing.PackagedService;
import org.givefirst.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * The packaged service in the prod profile, started as a deployment starts it: it refuses to start
 * without a key of its own, or with the development key unless GIVEFIRST_DEV_KEYS=true, and the
 * development key's private half is in none of its files.
 */
class ProdStartIT {

    private static final Duration START = Duration.ofMinutes(3);

    @Test
    void refusesToStartWithoutAKeyAndNamesTheSettingToGive() throws Exception {
        try (PackagedService service = PackagedService.start("members", Map.of())) {
            Optional<Integer> exit = service.exitCode(START);
            assertTrue(exit.isPresent() && exit.get() != 0, "exits with an error, got " + exit + ":\n" + service.log());
            assertTrue(service.log().contains("GIVEFIRST_JWT_PUBLIC_KEY"), service.log());
        }
    }

    @Test
    void refusesTheDevelopmentKeyWithoutTheOptIn() throws Exception {
        try (PackagedService service = PackagedService.start("members",
                Map.of("GIVEFIRST_JWT_PUBLIC_KEY", "givefirst/dev-jwt-public.pem", "GIVEFIRST_JWT_ISSUER", TestTokens.ISSUER))) {
            Optional<Integer> exit = service.exitCode(START);
            assertTrue(exit.isPresent() && exit.get() != 0, "exits with an error, got " + exit + ":\n" + service.log());
            assertTrue(service.log().contains("development key") && service.log().contains("GIVEFIRST_DEV_KEYS"), service.log());
        }
    }

    @Test
    void withAKeyOfItsOwnItStartsAndRefusesTokensSignedWithTheDevelopmentKey() throws Exception {
        Path key = Files.createTempFile("issuer-key", ".pem");
        var pair = KeyPairGenerator.getInstance("RSA");
        pair.initialize(2048);
        Files.writeString(key, "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(pair.generateKeyPair().getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n");
        try (PackagedService service = PackagedService.start("members",
                Map.of("GIVEFIRST_JWT_PUBLIC_KEY", key.toString(), "GIVEFIRST_JWT_ISSUER", "https://id.example.org/realms/givefirst"))) {
            int port = service.awaitListening(START);
            assertEquals(401, adminWrite(port), "a development-key token is refused");
        } finally {
            Files.deleteIfExists(key);
        }
    }

    @Test
    void withTheOptInItTrustsTheDevelopmentKey() throws Exception {
        try (PackagedService service = PackagedService.start("members", Map.of("GIVEFIRST_DEV_KEYS", "true"))) {
            int port = service.awaitListening(START);
            assertEquals(400, adminWrite(port), "a development-key token reaches validation");
        }
    }

    @Test
    void noFileOfTheServiceHoldsTheDevelopmentPrivateKey() throws Exception {
        assertEquals(java.util.List.of(), PackagedService.filesNamed("dev-jwt-private"));
    }

    /** An admin write with an empty body: 401 if the token is refused, 400 if it was believed. */
    private static int adminWrite(int port) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/chapters"))
                .header("Authorization", "Bearer " + TestTokens.admin())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
    }
}
