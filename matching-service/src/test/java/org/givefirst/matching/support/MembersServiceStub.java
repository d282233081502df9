package org.givefirst.matching.support;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.givefirst.platform.testing.RestContract;
import org.givefirst.platform.testing.TestTokens;

/**
 * A local HTTP stand-in for members-service's {@code GET /api/v1/members/{id}/contact}, answering with
 * the bodies of the contract members-service is verified against ({@code docs/contracts/members-service.json}):
 * it answers only with the service token matching-service is configured with, knows the contacts the
 * tests register, and can be taken down to show what matching does when members-service is unreachable.
 */
public class MembersServiceStub implements QuarkusTestResourceLifecycleManager {

    private static final RestContract CONTRACT = RestContract.provider("members-service");
    private static final Map<UUID, String[]> CONTACTS = new ConcurrentHashMap<>();
    private static final AtomicBoolean DOWN = new AtomicBoolean();
    private static final AtomicInteger CONTACT_REQUESTS = new AtomicInteger();
    private static volatile String expectedAuthorization;
    private HttpServer server;

    /** Registers a member's contact, as members-service holds it. */
    public static void contact(UUID memberId, String displayName, String email) {
        CONTACTS.put(memberId, new String[] {displayName, email});
    }

    /** While down, every request fails with 503. */
    public static void down(boolean down) {
        DOWN.set(down);
    }

    public static int contactRequests() {
        return CONTACT_REQUESTS.get();
    }

    @Override
    public Map<String, String> start() {
        String token = TestTokens.service("matching-service");
        expectedAuthorization = "Bearer " + token;
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/api/v1/members/", exchange -> {
            CONTACT_REQUESTS.incrementAndGet();
            String[] parts = exchange.getRequestURI().getPath().split("/");
            int status;
            String body;
            if (DOWN.get()) {
                status = 503;
                body = "{\"status\":503}";
            } else if (!expectedAuthorization.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                status = 401;
                body = "{\"status\":401}";
            } else if (parts.length != 6 || !"contact".equals(parts[5]) || CONTACTS.get(UUID.fromString(parts[4])) == null) {
                RestContract.Interaction unknown = CONTRACT.interaction("matching-service",
                        "the contact details of an id that is no member");
                status = unknown.status();
                body = unknown.body(Map.of()).toString();
            } else {
                String[] contact = CONTACTS.get(UUID.fromString(parts[4]));
                RestContract.Interaction found = CONTRACT.interaction("matching-service",
                        "a member's contact details, read with a service token");
                ObjectNode answer = (ObjectNode) found.body(Map.of("memberId", parts[4], "displayName", contact[0],
                        "email", contact[1]));
                // members-service may add fields: matching must ignore what it does not read.
                answer.put("somethingNew", true);
                status = found.status();
                body = answer.toString();
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", status == 200 ? "application/json" : "application/problem+json");
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
        return Map.of(
                "quarkus.rest-client.members.url", "http://localhost:" + server.getAddress().getPort(),
                "givefirst.members.service-token", token);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
