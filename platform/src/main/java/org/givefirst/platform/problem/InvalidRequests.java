package org.givefirst.platform.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.handler.codec.DecoderResult;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.quarkus.vertx.http.HttpServerStart;
import io.vertx.core.Handler;
import io.vertx.core.Verticle;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.impl.Deployment;
import io.vertx.core.impl.VertxInternal;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Singleton;
import java.lang.reflect.Field;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Answers the requests rejected before any route sees them with a problem body like every other
 * error, instead of an empty answer: those the HTTP codec rejects — a request line longer than
 * {@code quarkus.http.limits.max-initial-line-length} (414), headers beyond {@code max-header-size}
 * (431), a request line or header that is not HTTP (400) — and those whose target is not a valid URI
 * (400), which Quarkus' root handler refuses.
 *
 * <p>Vert.x has the hook for the first kind ({@code HttpServer#invalidRequestHandler}) but Quarkus
 * creates its HTTP servers without offering it (quarkusio/quarkus#55082), and the second happens before
 * any route. So, once the servers listen, both handlers are set where Vert.x 4.5 keeps them for each new
 * connection (the server's connection handler). Should a later Vert.x keep them elsewhere, nothing
 * breaks: the empty 4xx answers stay, a warning says so, and the tests that send such requests fail.
 */
@Singleton
public class InvalidRequests {

    private static final Logger LOG = Logger.getLogger(InvalidRequests.class);
    private static final String QUARKUS_HTTP_VERTICLE = "io.quarkus.vertx.http.runtime.VertxHttpRecorder$WebDeploymentVerticle";

    private final Set<Object> patched = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Handler<HttpServerRequest> handler;

    private final ObjectMapper json;

    InvalidRequests(ObjectMapper json) {
        this.json = json;
        this.handler = request -> answer(request, json);
    }

    /**
     * Quarkus fires this as the first HTTP server starts; the servers may take seconds more to listen
     * while the rest of the application starts (Kafka, Flyway), so keep looking for a minute.
     */
    void onHttpStart(@ObservesAsync HttpServerStart start, Vertx vertx) {
        installWhenListening(vertx, 600);
    }

    private void installWhenListening(Vertx vertx, int attemptsLeft) {
        int waiting = install(vertx);
        // No server found yet counts as waiting too: the event can come before the HTTP verticle is deployed.
        if ((waiting > 0 || patched.isEmpty()) && attemptsLeft > 0) {
            vertx.setTimer(100, id -> installWhenListening(vertx, attemptsLeft - 1));
        } else if (waiting > 0 || patched.isEmpty()) {
            LOG.warn("Requests the HTTP codec rejects keep Vert.x's empty answers (no problem body): "
                    + "no listening HTTP server was found");
        }
    }

    /** Sets the handler on every HTTP server that listens now; returns how many servers do not listen yet. */
    synchronized int install(Vertx vertx) {
        int waiting = 0;
        try {
            VertxInternal internal = (VertxInternal) vertx;
            for (String id : vertx.deploymentIDs()) {
                Deployment deployment = internal.getDeployment(id);
                if (deployment == null) {
                    continue;
                }
                for (Verticle verticle : deployment.getVerticles()) {
                    if (verticle.getClass().getName().equals(QUARKUS_HTTP_VERTICLE)) {
                        for (String server : List.of("httpServer", "httpsServer")) {
                            Object httpServer = read(verticle, verticle.getClass(), server);
                            if (httpServer != null && !patch(httpServer)) {
                                waiting++;
                            }
                        }
                    }
                }
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.warnf("Requests the HTTP codec rejects keep Vert.x's empty answers (no problem body): %s", e.toString());
        }
        return waiting;
    }

    /** Whether the server has the handler (false: it does not listen yet). */
    private boolean patch(Object httpServer) throws ReflectiveOperationException {
        if (patched.contains(httpServer)) {
            return true;
        }
        // TCPServerBase.childHandler: the HttpServerWorker that sets up each connection, there once the server listens
        Object worker = read(httpServer, io.vertx.core.net.impl.TCPServerBase.class, "childHandler");
        if (worker == null) {
            return false;
        }
        Object connectionHandler = read(worker, worker.getClass(), "connectionHandler");
        Field invalid = connectionHandler.getClass().getDeclaredField("invalidRequestHandler");
        invalid.setAccessible(true);
        invalid.set(connectionHandler, handler);
        Field requests = connectionHandler.getClass().getDeclaredField("requestHandler");
        requests.setAccessible(true);
        @SuppressWarnings("unchecked")
        Handler<HttpServerRequest> root = (Handler<HttpServerRequest>) requests.get(connectionHandler);
        requests.set(connectionHandler, (Handler<HttpServerRequest>) request -> {
            if (validTarget(request)) {
                root.handle(request);
            } else {
                refuse(request, 400, "The request target is not a valid URI (an invalid character or percent-encoding)", json);
            }
        });
        patched.add(httpServer);
        return true;
    }

    private static Object read(Object target, Class<?> type, String name) throws ReflectiveOperationException {
        Field field = type.getDeclaredField(name);
        field.setAccessible(true);
        return field.get(target);
    }

    static void answer(HttpServerRequest request, ObjectMapper json) {
        DecoderResult result = request.decoderResult();
        Throwable cause = result == null ? null : result.cause();
        int status;
        String detail;
        if (cause instanceof TooLongHttpLineException) {
            status = 414;
            detail = "The request line is longer than this server accepts";
        } else if (cause instanceof TooLongHttpHeaderException || cause instanceof TooLongFrameException) {
            status = 431;
            detail = "The request headers are larger than this server accepts";
        } else {
            status = 400;
            detail = "The request is not valid HTTP";
        }
        refuse(request, status, detail, json);
    }

    /** The same test as Quarkus' root handler, which answers an empty 400 when it fails. */
    private static boolean validTarget(HttpServerRequest request) {
        try {
            new URI(request.uri());
            return true;
        } catch (URISyntaxException | NullPointerException e) {
            return false;
        }
    }

    private static void refuse(HttpServerRequest request, int status, String detail, ObjectMapper json) {
        // What follows the invalid part of the request cannot be read reliably: answer, then close.
        HttpServerResponse response = request.response().setStatusCode(status).putHeader("Connection", "close");
        response.endHandler(ended -> request.connection().close());
        RouteProblems.write(response, json, RouteProblems.problem(status, detail, null));
    }
}
