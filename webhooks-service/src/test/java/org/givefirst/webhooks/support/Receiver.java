package org.givefirst.webhooks.support;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A webhook receiver on 127.0.0.1 for the tests: records every request, answers a chosen status
 * (and body), and can be stopped and started again on the same port, as a receiver that goes down.
 */
public final class Receiver implements AutoCloseable {

    /** A request as received. */
    public record Received(String path, Map<String, List<String>> headers, String body) {
        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .findFirst().map(e -> e.getValue().get(0)).orElse(null);
        }
    }

    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger status = new AtomicInteger(204);
    private final AtomicReference<String> answer = new AtomicReference<>("");
    private final AtomicReference<String> location = new AtomicReference<>();
    private int port;
    private HttpServer server;

    public Receiver() {
        start();
    }

    public synchronized void start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                received.add(new Received(exchange.getRequestURI().getPath(), Map.copyOf(exchange.getRequestHeaders()),
                        new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            }
            if (location.get() != null) {
                exchange.getResponseHeaders().add("Location", location.get());
            }
            byte[] body = answer.get().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status.get(), body.length == 0 ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        port = server.getAddress().getPort();
    }

    /** Stops listening: connections are refused until {@link #start()}. */
    public synchronized void stop() {
        server.stop(0);
    }

    public Receiver answering(int statusCode) {
        status.set(statusCode);
        return this;
    }

    public Receiver answering(int statusCode, String body) {
        answer.set(body);
        return answering(statusCode);
    }

    public Receiver redirectingTo(String url) {
        location.set(url);
        return answering(302);
    }

    public String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    public List<Received> received(String factId) {
        return received.stream().filter(r -> factId.equals(r.header("webhook-id"))).toList();
    }

    @Override
    public void close() {
        stop();
    }
}
