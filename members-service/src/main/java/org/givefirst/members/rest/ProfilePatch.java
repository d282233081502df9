package org.givefirst.members.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.util.Set;
import org.givefirst.members.rest.MemberRequests.ProfileDocument;
import org.givefirst.members.service.ProfileEdits.EditableProfile;
import org.givefirst.platform.problem.ProblemException;

/**
 * A JSON merge patch (RFC 7396) of a member's editable profile, applied by Eclipse Parsson
 * ({@link Json#createMergePatch}): absent members stay, {@code null} removes, objects merge, arrays
 * replace. The merged document is then read and validated as a whole, so a patch can only lead to a
 * profile that could have been sent complete.
 */
public final class ProfilePatch {

    public static final String MEDIA_TYPE = "application/merge-patch+json";

    private final JsonObject patch;

    private ProfilePatch(JsonObject patch) {
        this.patch = patch;
    }

    /**
     * Reads a request body: JSON in the charset its content type names, or else in any Unicode
     * encoding; and an object (a patch that is not an object would replace the whole profile).
     *
     * @throws ProblemException 400 when it is not a JSON object
     */
    public static ProfilePatch parse(byte[] body, MediaType contentType) {
        InputStream in = new ByteArrayInputStream(body == null ? new byte[0] : body);
        String charset = contentType == null ? null : contentType.getParameters().get(MediaType.CHARSET_PARAMETER);
        JsonValue value;
        try (JsonReader reader = charset == null
                ? Json.createReader(in)
                : Json.createReader(new InputStreamReader(in, Charset.forName(charset)))) {
            value = reader.readValue();
        } catch (IllegalArgumentException unknownCharset) {
            throw ProblemException.badRequest("Unknown charset " + charset);
        } catch (RuntimeException e) {
            // JsonException for bad syntax, but Parsson also throws plain RuntimeExceptions for input over
            // its limits (nesting deeper than 1000, numbers longer than 1100 digits): all bad input.
            throw new ProblemException(400, "malformed-body", "Malformed request body", "The request body is not valid JSON");
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new ProblemException(400, "malformed-body", "Malformed request body",
                    "A merge patch of a profile is a JSON object");
        }
        return new ProfilePatch(value.asJsonObject());
    }

    /**
     * The profile this patch makes of the current one.
     *
     * @throws ConstraintViolationException when the merged profile is not valid (a 400 naming each field)
     * @throws Unreadable when a member has the wrong type, or is not part of the editable profile
     */
    public EditableProfile applyTo(EditableProfile current, ObjectMapper json, Validator validator) {
        JsonValue merged = Json.createMergePatch(patch).apply(toJsonP(ProfileDocument.of(current), json));
        ProfileDocument document;
        try {
            ObjectReader reader = json.readerFor(ProfileDocument.class)
                    .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
            document = reader.readValue(merged.toString());
        } catch (JsonProcessingException e) {
            throw new Unreadable(e);
        }
        Set<ConstraintViolation<ProfileDocument>> violations = validator.validate(document);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return document.toEditable();
    }

    private static JsonValue toJsonP(ProfileDocument document, ObjectMapper json) {
        try (JsonReader reader = Json.createReader(new StringReader(json.writeValueAsString(document)))) {
            return reader.readObject();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A profile document cannot be written as JSON", e);
        }
    }

    /**
     * A merged document that does not read as a profile. It carries Jackson's exception through the
     * transaction, so that the resource rethrows it and the platform answers the usual 400 naming the
     * field ({@code preferences.openToIntroductions}, {@code offers}).
     */
    public static final class Unreadable extends RuntimeException {
        Unreadable(JsonProcessingException cause) {
            super(cause);
        }

        @Override
        public synchronized JsonProcessingException getCause() {
            return (JsonProcessingException) super.getCause();
        }
    }
}
