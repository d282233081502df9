package org.givefirst.platform.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.givefirst.platform.problem.Problem;
import org.junit.jupiter.api.Test;

class ProblemResponsesTest {

    @Test
    void everyOperationGetsTheStandardProblemsAndTokenOnesOnlyWhenItTakesAToken() {
        Operation open = OASFactory.createOperation().responses(OASFactory.createAPIResponses()
                .addAPIResponse("200", OASFactory.createAPIResponse().description("ok")));
        Operation secured = OASFactory.createOperation()
                .security(List.of(OASFactory.createSecurityRequirement().addScheme("bearer")))
                .responses(OASFactory.createAPIResponses()
                        .addAPIResponse("201", OASFactory.createAPIResponse().description("created"))
                        .addAPIResponse("409", OASFactory.createAPIResponse().description("Slug taken")));
        OpenAPI api = OASFactory.createOpenAPI().paths(OASFactory.createPaths()
                .addPathItem("/open", OASFactory.createPathItem().GET(open))
                .addPathItem("/secured", OASFactory.createPathItem().POST(secured)));

        new ProblemResponses().filterOpenAPI(api);

        assertEquals(Set.of("200", "400", "404", "429", "503"), open.getResponses().getAPIResponses().keySet());
        assertEquals(Set.of("201", "400", "401", "403", "404", "409", "429", "503"), secured.getResponses().getAPIResponses().keySet());
        APIResponse conflict = secured.getResponses().getAPIResponse("409");
        assertEquals("Slug taken", conflict.getDescription(), "a resource's own description stays");
        assertEquals("#/components/schemas/Problem",
                conflict.getContent().getMediaType(Problem.MEDIA_TYPE).getSchema().getRef(), "and it becomes a problem body");
        assertTrue(open.getResponses().getAPIResponse("200").getContent() == null, "success answers are left alone");
        assertNotNull(api.getComponents().getSchemas().get("Problem"));
        assertEquals(Set.of("type", "title", "status", "detail", "instance", "errors"),
                api.getComponents().getSchemas().get("Problem").getProperties().keySet());
    }
}
