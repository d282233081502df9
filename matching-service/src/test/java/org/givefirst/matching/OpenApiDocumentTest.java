package org.givefirst.matching;

import io.quarkus.test.junit.QuarkusTest;
import org.givefirst.platform.testing.OpenApiChecks;
import org.junit.jupiter.api.Test;

/** The served OpenAPI document lists the standard problem answers on every operation (platform's filter). */
@QuarkusTest
class OpenApiDocumentTest {

    @Test
    void everyOperationIsNamedTaggedAndSecured() {
        OpenApiChecks.assertEveryOperationIsNamedTaggedAndSecured();
    }

    @Test
    void everyOperationListsTheStandardProblemAnswers() {
        OpenApiChecks.assertEveryOperationListsTheStandardProblems();
    }
}
