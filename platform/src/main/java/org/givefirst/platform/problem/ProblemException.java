package org.givefirst.platform.problem;

import java.net.URI;
import java.util.List;

/**
 * A failure that the caller can act on, carrying the HTTP status and the words of its problem body.
 * Services throw it (through the factories) instead of returning error codes.
 */
public class ProblemException extends RuntimeException {

    private static final String TYPE_BASE = "https://givefirst.org/problems/";

    private final int status;
    private final String title;
    private final URI type;
    private final List<Problem.InvalidField> errors;

    public ProblemException(int status, String slug, String title, String detail) {
        this(status, slug, title, detail, List.of());
    }

    private ProblemException(int status, String slug, String title, String detail, List<Problem.InvalidField> errors) {
        super(detail);
        this.status = status;
        this.title = title;
        this.type = URI.create(TYPE_BASE + slug);
        this.errors = List.copyOf(errors);
    }

    /**
     * A request field found invalid past Bean Validation (e.g. by a rule that needs the stored state):
     * the same 400 as a constraint violation on that field.
     */
    public static ProblemException invalid(String field, String message) {
        return new ProblemException(400, "validation", "Invalid request", "1 field is invalid",
                List.of(new Problem.InvalidField(field, message)));
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(404, "not-found", "Not found", what + " " + id + " does not exist");
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "conflict", "Conflict", detail);
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "forbidden", "Forbidden", detail);
    }

    public static ProblemException badRequest(String detail) {
        return new ProblemException(400, "bad-request", "Bad request", detail);
    }

    public static ProblemException unavailable(String detail) {
        return new ProblemException(503, "unavailable", "Service unavailable", detail);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public URI type() {
        return type;
    }

    /** The invalid fields, for a validation problem; empty otherwise. */
    public List<Problem.InvalidField> errors() {
        return errors;
    }

    /** The {@code type} URI of a kind of problem, e.g. {@code rate-limited}. */
    public static URI type(String slug) {
        return URI.create(TYPE_BASE + slug);
    }
}
