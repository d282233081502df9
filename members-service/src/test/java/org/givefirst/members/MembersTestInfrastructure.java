package org.givefirst.members;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import org.givefirst.platform.testing.InfrastructureResource;

/** Every test of this module runs against the test PostgreSQL (database {@code members}) and Kafka. */
@QuarkusTestResource(value = InfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "members"))
public final class MembersTestInfrastructure {

    private MembersTestInfrastructure() {
    }
}
