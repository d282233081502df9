package org.givefirst.events;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import org.givefirst.platform.testing.InfrastructureResource;

/**
 * Every test of this module runs against the test PostgreSQL (database {@code events}) and Kafka,
 * and against {@link MembersServiceStub} standing in for members-service.
 */
@QuarkusTestResource(value = InfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "events"))
@QuarkusTestResource(MembersServiceStub.class)
public final class EventsTestInfrastructure {

    private EventsTestInfrastructure() {
    }
}
