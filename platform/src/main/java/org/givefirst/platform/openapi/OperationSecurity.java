package org.givefirst.platform.openapi;

import java.util.ArrayList;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;

/**
 * Gives every operation an explicit security requirement, so that a reader (or a client generator)
 * never has to guess: an operation that names no scheme (a {@code @PermitAll} one without
 * {@code @SecurityRequirement}) is public and says so with an empty requirement list,
 * {@code security: []}. Operations that take a token name the bearer scheme through their annotations
 * (or Quarkus adds it for {@code @RolesAllowed}); optional tokens are the pair {@code {}} and
 * {@code bearer}.
 */
public class OperationSecurity implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI api) {
        if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem path : api.getPaths().getPathItems().values()) {
            for (Operation operation : path.getOperations().values()) {
                if (operation.getSecurity() == null) {
                    operation.setSecurity(new ArrayList<>());
                }
            }
        }
    }
}
