package org.givefirst.events;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import org.givefirst.platform.testing.InfrastructureResource;

/** Every test of this module runs against the test PostgreSQL (database {@code events}) and Kafka. */
@QuarkusTestResource(value = InfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "events"))
public final class EventsTestInfrastructure {

    private EventsTestInfrastructure() {
    }
}
