package org.givefirst.matching;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import org.givefirst.matching.support.MembersServiceStub;
import org.givefirst.platform.testing.InfrastructureResource;

/**
 * Every test of this module runs against the test PostgreSQL (database {@code matching}) and Kafka,
 * with a local stand-in for members-service's contact endpoint.
 */
@QuarkusTestResource(value = InfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "matching"))
@QuarkusTestResource(MembersServiceStub.class)
public final class MatchingTestInfrastructure {

    private MatchingTestInfrastructure() {
    }
}
