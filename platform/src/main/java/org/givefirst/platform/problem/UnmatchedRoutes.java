package org.givefirst.platform.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.net.URI;
import java.util.List;

/**
 * Answers a path that no REST resource nor management route serves with a 404 problem body, so that
 * even a typo in a URL gets the same RFC 9457 answer as every other error.
 */
@Singleton
public class UnmatchedRoutes {

    void install(@Observes Router router, ObjectMapper json) {
        router.route().last().handler(ctx -> {
            if (ctx.response().ended()) {
                return;
            }
            Problem problem = new Problem(ProblemException.type("http-404"), "Not Found", 404,
                    "No resource at this path", URI.create(ctx.normalizedPath()), List.of());
            try {
                ctx.response().setStatusCode(404)
                        .putHeader("Content-Type", Problem.MEDIA_TYPE)
                        .end(json.writeValueAsString(problem));
            } catch (Exception e) {
                ctx.fail(e);
            }
        });
    }
}
