package org.givefirst.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Problem answers for what fails outside the REST resources, in the HTTP router: a path that no
 * resource serves (404), a path the router cannot decode (400), a body larger than
 * {@code quarkus.http.limits.max-body-size} (413), and any failure of a route — so that these get the
 * same RFC 9457 body as every other error instead of an empty or framework-shaped one.
 */
@Singleton
public class RouteProblems {

    private static final Logger LOG = Logger.getLogger(RouteProblems.class);
    /** Just before Quarkus' own body size check (RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT = -2), which answers without a body. */
    private static final int BODY_LIMIT_ORDER = -3;

    private final ObjectMapper json;
    private final long maxBodySize;

    RouteProblems(ObjectMapper json,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize maxBodySize) {
        this.json = json;
        this.maxBodySize = maxBodySize.asLongValue();
    }

    void install(@Observes Router router) {
        router.route().order(BODY_LIMIT_ORDER).handler(this::refuseOversizedBody);
        router.route().last().handler(ctx -> {
            if (!ctx.response().ended()) {
                answer(ctx, 404, "No resource at this path");
            }
        });
        router.route().failureHandler(this::failed);
        // The router answers these itself, without calling failure handlers, e.g. for a path it cannot decode.
        for (int status : new int[] {400, 404, 405, 413, 414, 415, 431, 500, 501, 503}) {
            router.errorHandler(status, ctx -> answer(ctx, status, null));
        }
    }

    private void refuseOversizedBody(RoutingContext ctx) {
        String declared = ctx.request().getHeader("Content-Length");
        if (declared != null) {
            try {
                if (Long.parseLong(declared.trim()) > maxBodySize) {
                    ctx.response().putHeader("Connection", "close");
                    answer(ctx, 413, "The request body is larger than this service accepts (" + maxBodySize + " bytes)");
                    return;
                }
            } catch (NumberFormatException notANumber) {
                answer(ctx, 400, "Content-Length is not a number");
                return;
            }
        }
        ctx.next();
    }

    private void failed(RoutingContext ctx) {
        int status = ctx.statusCode();
        if (status < 400) {
            String incident = UUID.randomUUID().toString();
            LOG.errorf(ctx.failure(), "Unexpected failure in the HTTP layer, incident %s", incident);
            answer(ctx, 500, "The request could not be completed (incident " + incident + ")");
            return;
        }
        if (status >= 500) {
            LOG.errorf(ctx.failure(), "Request failed with %d", status);
        }
        answer(ctx, status, null);
    }

    private void answer(RoutingContext ctx, int status, String detail) {
        HttpServerResponse response = ctx.response();
        if (response.ended() || response.headWritten()) {
            if (!response.ended()) {
                response.end();
            }
            return;
        }
        response.setStatusCode(status);
        if (status == 401) {
            response.putHeader("WWW-Authenticate", "Bearer");
        }
        if (status == 503) {
            response.putHeader("Retry-After", String.valueOf(ProblemMappers.RETRY_AFTER_SECONDS));
        }
        write(response, json, problem(status, detail, instance(ctx)));
    }

    /** The problem for an HTTP status raised by the HTTP layer, with the status's own words unless given better ones. */
    static Problem problem(int status, String detail, URI instance) {
        String title = switch (status) {
            case 400 -> "Bad Request";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 413 -> "Content Too Large";
            case 414 -> "URI Too Long";
            case 415 -> "Unsupported Media Type";
            case 431 -> "Request Header Fields Too Large";
            case 503 -> "Service Unavailable";
            default -> status >= 500 ? "Internal error" : "HTTP " + status;
        };
        String words = detail != null ? detail : switch (status) {
            case 400 -> "The request is not valid (its path, query or headers cannot be read)";
            case 404 -> "No resource at this path";
            case 405 -> "This resource does not support this method";
            default -> status >= 500 ? "The request could not be completed" : title;
        };
        return new Problem(ProblemException.type("http-" + status), title, status, words, instance, List.of());
    }

    static void write(HttpServerResponse response, ObjectMapper json, Problem problem) {
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            body = "{\"status\":" + problem.status() + ",\"title\":\"" + problem.title() + "\"}";
        }
        response.putHeader("Content-Type", Problem.MEDIA_TYPE).end(body);
    }

    private static URI instance(RoutingContext ctx) {
        try {
            return Problem.instance(ctx.normalizedPath());
        } catch (RuntimeException undecodable) {
            return null;
        }
    }
}
