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
import org.givefirst.platform.testing.TestTokens;

/**
 * A local HTTP stand-in for members-service's {@code GET /api/v1/members/{id}/contact}: it answers
 * only with the service token matching-service is configured with, knows the contacts the tests
 * register, and can be taken down to show what matching does when members-service is unreachable.
 */
public class MembersServiceStub implements QuarkusTestResourceLifecycleManager {

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
            } else if (parts.length != 6 || !"contact".equals(parts[5])) {
                status = 404;
                body = "{\"status\":404}";
            } else {
                String[] contact = CONTACTS.get(UUID.fromString(parts[4]));
                status = contact == null ? 404 : 200;
                body = contact == null ? "{\"status\":404}"
                        : "{\"memberId\":\"" + parts[4] + "\",\"displayName\":\"" + contact[0] + "\",\"email\":\""
                                + contact[1] + "\",\"somethingNew\":true}";
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
