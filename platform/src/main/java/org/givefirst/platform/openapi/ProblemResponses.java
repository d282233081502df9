package org.givefirst.platform.openapi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.givefirst.platform.problem.Problem;

/**
 * Documents the answers every operation of every service can give, so that a resource documents
 * only what is particular to it: 400, 404, 429 and 503 everywhere, 401 and 403 where a token is
 * accepted; and every error response (these and a resource's own, such as a 409) as an RFC 9457
 * {@code application/problem+json} body with the {@code Problem} schema. Registered for every
 * service by {@code mp.openapi.filter} in platform's configuration.
 */
public class ProblemResponses implements OASFilter {

    static final String PROBLEM = "Problem";
    static final String INVALID_FIELD = "InvalidField";

    /** The standard answers and what they mean, in the order the document lists them. */
    static final Map<String, String> STANDARD = standard();

    private static Map<String, String> standard() {
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("400", "Invalid request: the problem names each invalid field");
        answers.put("401", "No valid bearer token");
        answers.put("403", "The token does not allow this");
        answers.put("404", "Not found, or not visible to the caller");
        answers.put("429", "Too many requests: retry after the time in Retry-After");
        answers.put("503", "A service this one depends on is unavailable: retry after the time in Retry-After");
        return answers;
    }

    @Override
    public void filterOpenAPI(OpenAPI api) {
        addProblemSchemas(api);
        if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem path : api.getPaths().getPathItems().values()) {
            for (Operation operation : path.getOperations().values()) {
                document(operation, acceptsToken(operation, api));
            }
        }
    }

    private static void document(Operation operation, boolean acceptsToken) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        for (Map.Entry<String, String> answer : STANDARD.entrySet()) {
            boolean tokenAnswer = answer.getKey().equals("401") || answer.getKey().equals("403");
            if (!responses.hasAPIResponse(answer.getKey()) && (acceptsToken || !tokenAnswer)) {
                responses.addAPIResponse(answer.getKey(), OASFactory.createAPIResponse().description(answer.getValue()));
            }
        }
        for (Map.Entry<String, APIResponse> response : responses.getAPIResponses().entrySet()) {
            if (isError(response.getKey()) && (response.getValue().getContent() == null
                    || response.getValue().getContent().getMediaTypes() == null
                    || response.getValue().getContent().getMediaTypes().isEmpty())) {
                response.getValue().setContent(problemContent());
            }
        }
    }

    private static boolean isError(String code) {
        return code.length() == 3 && (code.charAt(0) == '4' || code.charAt(0) == '5');
    }

    /** Whether the operation (or, when it says nothing, the document) names a security scheme. */
    private static boolean acceptsToken(Operation operation, OpenAPI api) {
        List<SecurityRequirement> security = operation.getSecurity() != null ? operation.getSecurity() : api.getSecurity();
        return security != null && security.stream()
                .anyMatch(requirement -> requirement.getSchemes() != null && !requirement.getSchemes().isEmpty());
    }

    private static Content problemContent() {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref(PROBLEM)));
    }

    /** The Problem schema, as {@link Problem} is written, unless a resource's annotations already added it. */
    private static void addProblemSchemas(OpenAPI api) {
        Components components = api.getComponents();
        if (components == null) {
            components = OASFactory.createComponents();
            api.setComponents(components);
        }
        if (components.getSchemas() == null || !components.getSchemas().containsKey(INVALID_FIELD)) {
            components.addSchema(INVALID_FIELD, OASFactory.createSchema()
                    .addType(Schema.SchemaType.OBJECT)
                    .description("One invalid field of a request: its JSON property path, e.g. objectives[0].who")
                    .addProperty("field", text("email"))
                    .addProperty("message", text("must be a well-formed email address")));
        }
        if (components.getSchemas() == null || !components.getSchemas().containsKey(PROBLEM)) {
            components.addSchema(PROBLEM, OASFactory.createSchema()
                    .addType(Schema.SchemaType.OBJECT)
                    .description("RFC 9457 problem details (application/problem+json)")
                    .addProperty("type", text("https://givefirst.org/problems/validation").format("uri")
                            .description("URI that identifies the kind of problem"))
                    .addProperty("title", text("Invalid request"))
                    .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32").example(400))
                    .addProperty("detail", text("2 fields are invalid"))
                    .addProperty("instance", text("/api/v1/members").format("uri-reference")
                            .description("The request path the problem occurred on (a relative URI reference)"))
                    .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                            .description("For a validation problem, each invalid field")
                            .items(OASFactory.createSchema().ref(INVALID_FIELD))));
        }
    }

    private static Schema text(String example) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).example(example);
    }
}
