package org.givefirst.webhooks;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import org.givefirst.platform.testing.InfrastructureResource;

/** Every test of this module runs against the test PostgreSQL (database {@code webhooks}) and Kafka. */
@QuarkusTestResource(value = InfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "webhooks"))
public final class WebhooksTestInfrastructure {

    private WebhooksTestInfrastructure() {
    }
}
