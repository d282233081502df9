package org.givefirst.matching;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import org.givefirst.platform.testing.InfrastructureResource;

/** Every test of this module runs against the test PostgreSQL (database {@code matching}) and Kafka. */
@QuarkusTestResource(value = InfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "matching"))
public final class MatchingTestInfrastructure {

    private MatchingTestInfrastructure() {
    }
}
