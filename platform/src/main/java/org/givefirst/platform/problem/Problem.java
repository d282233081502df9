package org.givefirst.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem detail: the one body every error of every Givefirst service has.
 *
 * @param errors for a validation problem, each invalid field with what is wrong with it
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details (application/problem+json)")
public record Problem(
        @Schema(description = "URI that identifies the kind of problem", example = "https://givefirst.org/problems/validation")
        URI type,
        @Schema(example = "Invalid request") String title,
        @Schema(example = "400") int status,
        @Schema(example = "2 fields are invalid") String detail,
        @Schema(description = "The request path the problem occurred on", example = "/api/v1/members") URI instance,
        List<InvalidField> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One invalid field of a request: {@code field} is the JSON property path, e.g. {@code objectives[0].who}. */
    @Schema(name = "InvalidField")
    public record InvalidField(@Schema(example = "email") String field, @Schema(example = "must be a well-formed email address") String message) {
    }
}
