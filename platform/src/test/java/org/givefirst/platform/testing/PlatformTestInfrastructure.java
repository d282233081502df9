package org.givefirst.platform.testing;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/** platform's own tests run against the test PostgreSQL (database {@code platform}) and Kafka. */
@QuarkusTestResource(value = InfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "platform"))
public final class PlatformTestInfrastructure {

    private PlatformTestInfrastructure() {
    }
}
