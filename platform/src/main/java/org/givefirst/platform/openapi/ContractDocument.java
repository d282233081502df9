package org.givefirst.platform.openapi;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * The one filter every service's OpenAPI document goes through ({@code mp.openapi.filter} in
 * platform's configuration names a single class): explicit security on every operation first, then
 * the standard problem answers, which depend on whether an operation takes a token.
 */
public class ContractDocument implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI api) {
        new OperationSecurity().filterOpenAPI(api);
        new ProblemResponses().filterOpenAPI(api);
    }
}
