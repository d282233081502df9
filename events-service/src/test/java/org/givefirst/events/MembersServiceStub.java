package org.givefirst.events;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.givefirst.platform.testing.RestContract;

/**
 * A stand-in for members-service's {@code GET /api/v1/members/{id}} on a local port, answering with
 * the bodies of the contract members-service is verified against ({@code docs/contracts/members-service.json}):
 * every id is a member called {@link #displayNameOf} unless marked {@link #absent}. Like members-service
 * for profiles that are not public, it answers 404 to a request without a bearer token, so a name only
 * shows when events-service passed the caller's token on. A test can stop it (its port
 * then refuses connections, as when members-service is down) and start it again on the same port.
 *
 * <p>Quarkus starts test resources in another class loader than the one the tests run in, so the
 * tests steer the stub through a small control port (its number in a system property) instead of
 * through shared static state.
 */
public class MembersServiceStub implements QuarkusTestResourceLifecycleManager {

    private static final String CONTROL_PORT = "givefirst.test.members-stub.control-port";
    private static final String CONSUMER = "events-service";
    private static final RestContract CONTRACT = RestContract.provider("members-service");

    // Resource side: the servers and what they know.
    private static final Set<UUID> ABSENT = ConcurrentHashMap.newKeySet();
    private static final AtomicLong REQUESTS = new AtomicLong();
    private static HttpServer members;
    private static HttpServer control;
    private static int membersPort;

    @Override
    public Map<String, String> start() {
        serveMembers(0);
        membersPort = members.getAddress().getPort();
        try {
            control = HttpServer.create(new InetSocketAddress("localhost", 0), 10);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        control.createContext("/", MembersServiceStub::control);
        control.start();
        System.setProperty(CONTROL_PORT, String.valueOf(control.getAddress().getPort()));
        return Map.of("quarkus.rest-client.members.url", "http://localhost:" + membersPort);
    }

    @Override
    public void stop() {
        stopMembers();
        if (control != null) {
            control.stop(0);
        }
    }

    // Test side.

    public static String displayNameOf(UUID id) {
        return "Member " + id.toString().substring(0, 8);
    }

    /** From now on this id is not a member (404). */
    public static void absent(UUID id) {
        command("/absent/" + id);
    }

    /** How many requests for members reached the stand-in since the tests started. */
    public static long requests() {
        return Long.parseLong(command("/requests"));
    }

    /** members-service goes down: connections to its port are refused. */
    public static void stopServing() {
        command("/down");
    }

    /** members-service is back, on the same address. */
    public static void startServing() {
        command("/up");
    }

    private static String command(String path) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + System.getProperty(CONTROL_PORT) + path))
                            .POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Stub control " + path + " answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    // Resource side handlers.

    private static void control(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String answer = "";
        if (path.equals("/requests")) {
            answer = String.valueOf(REQUESTS.get());
        } else if (path.equals("/down")) {
            stopMembers();
        } else if (path.equals("/up")) {
            synchronized (MembersServiceStub.class) {
                if (members == null) {
                    serveMembers(membersPort);
                }
            }
        } else if (path.startsWith("/absent/")) {
            ABSENT.add(UUID.fromString(path.substring("/absent/".length())));
        } else {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
            return;
        }
        byte[] body = answer.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(200, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            exchange.getResponseBody().write(body);
        }
        exchange.close();
    }

    private static synchronized void stopMembers() {
        if (members != null) {
            members.stop(0);
            members = null;
        }
    }

    private static synchronized void serveMembers(int port) {
        try {
            members = HttpServer.create(new InetSocketAddress("localhost", port), 50);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        members.createContext("/api/v1/members/", MembersServiceStub::member);
        members.setExecutor(Executors.newFixedThreadPool(4));
        members.start();
    }

    /** Answers as {@code docs/contracts/members-service.json} says members-service answers events-service. */
    private static void member(HttpExchange exchange) throws IOException {
        REQUESTS.incrementAndGet();
        String path = exchange.getRequestURI().getPath();
        String last = path.substring(path.lastIndexOf('/') + 1);
        UUID id;
        try {
            id = UUID.fromString(last);
        } catch (IllegalArgumentException e) {
            respond(exchange, CONTRACT.interaction(CONSUMER, "an id that is no member"), Map.of("memberId", last));
            return;
        }
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (ABSENT.contains(id)) {
            respond(exchange, CONTRACT.interaction(CONSUMER, "an id that is no member"), Map.of("memberId", id.toString()));
        } else if (authorization == null || !authorization.startsWith("Bearer ")) {
            respond(exchange, CONTRACT.interaction(CONSUMER, "a profile that is not public, read without a token"),
                    Map.of("memberId", id.toString()));
        } else {
            respond(exchange, CONTRACT.interaction(CONSUMER, "a member's profile, read with the caller's token"),
                    Map.of("memberId", id.toString(), "displayName", displayNameOf(id)));
        }
    }

    private static void respond(HttpExchange exchange, RestContract.Interaction interaction, Map<String, String> values)
            throws IOException {
        byte[] bytes = interaction.body(values).toString().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", interaction.contentType());
        exchange.sendResponseHeaders(interaction.status(), bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
