package org.givefirst.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import org.hibernate.exception.JDBCConnectionException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place where failures become HTTP answers: every error is an RFC 9457 problem, never a
 * stack trace or a class name, and bad input is always a 4xx.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    /** How long a client should wait before retrying after a 503. */
    static final int RETRY_AFTER_SECONDS = 5;

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(new Problem(e.type(), e.title(), e.status(), e.getMessage(), path(uri), e.errors()));
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.InvalidField> fields = new ArrayList<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            fields.add(new Problem.InvalidField(fieldName(violation.getPropertyPath()), violation.getMessage()));
        }
        fields.sort(Comparator.comparing(Problem.InvalidField::field).thenComparing(Problem.InvalidField::message));
        String detail = fields.size() == 1 ? "1 field is invalid" : fields.size() + " fields are invalid";
        return respond(new Problem(ProblemException.type("validation"), "Invalid request", 400, detail, path(uri), fields));
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER - 100)
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        List<Problem.InvalidField> fields = List.of();
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            fields = List.of(new Problem.InvalidField(jsonPath(mapping), "has an invalid value"));
        }
        String detail = e instanceof JsonMappingException
                ? "The request body does not have the expected shape"
                : "The request body is not valid JSON";
        return respond(new Problem(ProblemException.type("malformed-body"), "Malformed request body", 400, detail, path(uri), fields));
    }

    /**
     * A value of the wrong type or an unknown enum constant. Quarkus has a built-in mapper for this
     * exact type that answers plain JSON; this one, more urgent, answers a problem.
     */
    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER - 200)
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return unauthenticated(uri, "A valid bearer token is required");
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return unauthenticated(uri, "The bearer token is missing, expired or not valid");
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(new Problem(ProblemException.type("forbidden"), "Forbidden", 403,
                "Your token does not allow this operation", path(uri), List.of()));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadableJson(json, uri);
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known != null ? known.getReasonPhrase() : "HTTP " + status;
        String detail = switch (status) {
            case 404 -> "No resource at this path";
            case 405 -> "This resource does not support this method";
            case 406 -> "This resource cannot produce the requested media type";
            case 415 -> "This resource does not accept that content type";
            default -> status >= 500 ? "The request could not be completed" : title;
        };
        if (status >= 500) {
            LOG.error("Request failed", e);
        }
        Response.ResponseBuilder builder = Response.status(status)
                .entity(new Problem(ProblemException.type("http-" + status), title, status, detail, path(uri), List.of()))
                .type(Problem.MEDIA_TYPE);
        String allow = e.getResponse().getHeaderString(HttpHeaders.ALLOW);
        if (allow != null) {
            builder.header(HttpHeaders.ALLOW, allow);
        }
        return builder.build();
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e, UriInfo uri) {
        if (databaseUnreachable(e)) {
            LOG.warnf("Database unreachable, answering 503: %s", rootMessage(e));
            return respond(new Problem(ProblemException.type("unavailable"), "Service unavailable", 503,
                    "The database cannot be reached right now; try again shortly", path(uri), List.of()));
        }
        if (valueTheDatabaseRefuses(e)) {
            return respond(new Problem(ProblemException.type("invalid-value"), "Invalid request", 400,
                    "A value in the request cannot be stored (for example it contains a NUL character or is out of range)",
                    path(uri), List.of()));
        }
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected failure, incident %s", incident);
        return respond(new Problem(ProblemException.type("internal"), "Internal error", 500,
                "The request could not be completed (incident " + incident + ")", path(uri), List.of()));
    }

    private static Response unauthenticated(UriInfo uri, String detail) {
        return Response.status(401)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .entity(new Problem(ProblemException.type("unauthorized"), "Unauthorized", 401, detail, path(uri), List.of()))
                .type(Problem.MEDIA_TYPE)
                .build();
    }

    static Response respond(Problem problem) {
        Response.ResponseBuilder response = Response.status(problem.status()).entity(problem).type(Problem.MEDIA_TYPE);
        if (problem.status() == 503) {
            response.header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        }
        return response.build();
    }

    /**
     * Whether a failure is the database being out of reach (down, restarting, refusing connections, or
     * the pool waiting in vain for a connection) rather than a defect: that is a 503, not a 500.
     */
    static boolean databaseUnreachable(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 32; t = t.getCause(), depth++) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof JDBCConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                // 08: connection exception; 53: insufficient resources (too many connections); 57P: server shutting down or starting
                if (state != null && (state.startsWith("08") || state.startsWith("53") || state.startsWith("57P"))) {
                    return true;
                }
                if (sql.getCause() instanceof TimeoutException) {
                    return true; // the pool's acquisition timeout
                }
            }
        }
        return false;
    }

    /**
     * Whether PostgreSQL refused a value as data (SQLSTATE class 22: a NUL character in text, a number
     * out of range, a string too long for its column): the request carried it, so it is a 400.
     */
    static boolean valueTheDatabaseRefuses(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 32; t = t.getCause(), depth++) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("22")) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        for (int depth = 0; root.getCause() != null && depth < 32; depth++) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    private static URI path(UriInfo uri) {
        try {
            return uri == null ? null : Problem.instance(uri.getPath());
        } catch (RuntimeException undecodable) {
            // e.g. a path with a broken percent-encoding: the problem is answered without its instance
            return null;
        }
    }

    /**
     * The JSON path of an invalid value as the client sent it: {@code displayName},
     * {@code objectives[0].who}, {@code objectives[0].tags[1]}; for a query or path parameter, its name.
     */
    static String fieldName(Path path) {
        boolean bodyProperty = false;
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                bodyProperty = true;
                break;
            }
        }
        StringBuilder name = new StringBuilder();
        for (Path.Node node : path) {
            switch (node.getKind()) {
                case PARAMETER -> {
                    if (!bodyProperty) {
                        name.append(node.getName());
                    }
                }
                case PROPERTY, CONTAINER_ELEMENT, BEAN -> {
                    // A node's index or key is its place in the container named by the node before it.
                    if (node.isInIterable() && (node.getIndex() != null || node.getKey() != null)) {
                        name.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
                    }
                    if (node.getKind() == ElementKind.PROPERTY) {
                        if (!name.isEmpty()) {
                            name.append('.');
                        }
                        name.append(node.getName());
                    }
                }
                default -> {
                    // the method and its return value are not part of what the client sent
                }
            }
        }
        return name.isEmpty() ? "request" : name.toString();
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder name = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!name.isEmpty()) {
                    name.append('.');
                }
                name.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                name.append('[').append(ref.getIndex()).append(']');
            }
        }
        return name.toString();
    }
}
