package org.givefirst.platform.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.junit.jupiter.api.Test;

class ContractDocumentTest {

    @Test
    void anOperationNamingNoSchemeIsPublicWithAnEmptyRequirementAndNoTokenAnswers() {
        Operation open = OASFactory.createOperation().responses(OASFactory.createAPIResponses()
                .addAPIResponse("200", OASFactory.createAPIResponse().description("ok")));
        Operation optional = OASFactory.createOperation()
                .security(List.of(OASFactory.createSecurityRequirement(), OASFactory.createSecurityRequirement().addScheme("bearer")))
                .responses(OASFactory.createAPIResponses().addAPIResponse("200", OASFactory.createAPIResponse().description("ok")));
        OpenAPI api = OASFactory.createOpenAPI().paths(OASFactory.createPaths()
                .addPathItem("/open", OASFactory.createPathItem().GET(open))
                .addPathItem("/optional", OASFactory.createPathItem().GET(optional)));

        new ContractDocument().filterOpenAPI(api);

        assertEquals(List.of(), open.getSecurity(), "public, and it says so");
        assertFalse(open.getResponses().hasAPIResponse("401"), "a public operation never answers 401");
        assertEquals(2, optional.getSecurity().size(), "a requirement the resource gave stays as it is");
        assertEquals(true, optional.getResponses().hasAPIResponse("401"), "a token it takes may be refused");
    }
}
