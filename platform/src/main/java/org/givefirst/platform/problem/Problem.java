package org.givefirst.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.nio.charset.StandardCharsets;
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
        @Schema(description = "The request path the problem occurred on (a relative URI reference)", format = "uri-reference",
                example = "/api/v1/members") URI instance,
        List<InvalidField> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** Longer request paths are not echoed back as the {@code instance}: they identify nothing useful. */
    static final int MAX_INSTANCE_LENGTH = 1024;

    /**
     * The {@code instance} for a request path as the server decoded it, percent-encoded again so that
     * any path a client can send ({@code '; DROP TABLE}, {@code {{7*7}}}, NUL, spaces, non-ASCII) gives a
     * valid URI reference; {@code null} (the member is then omitted) for a missing or overlong path.
     */
    public static URI instance(String decodedPath) {
        if (decodedPath == null || decodedPath.isEmpty() || decodedPath.length() > MAX_INSTANCE_LENGTH) {
            return null;
        }
        StringBuilder encoded = new StringBuilder(decodedPath.length() + 16);
        for (byte b : decodedPath.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c < 0x80 && PATH_CHARACTERS.indexOf(c) >= 0) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
            }
        }
        return URI.create(encoded.toString());
    }

    /** RFC 3986 {@code pchar} and {@code /}, less {@code %}: a decoded {@code %} is data and is encoded. */
    private static final String PATH_CHARACTERS =
            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~!$&'()*+,;=:@/";
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    /** One invalid field of a request: {@code field} is the JSON property path, e.g. {@code objectives[0].who}. */
    @Schema(name = "InvalidField")
    public record InvalidField(@Schema(example = "email") String field, @Schema(example = "must be a well-formed email address") String message) {
    }
}
