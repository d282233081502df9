package org.givefirst.platform.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
import java.util.Map;

/**
 * Points a {@code @QuarkusTest} at the test PostgreSQL (its own database, named by the
 * {@code database} argument) and the test Kafka broker.
 */
public class InfrastructureResource implements QuarkusTestResourceLifecycleManager {

    private String database = "givefirst";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        Map<String, String> db = Infrastructure.database(database);
        Map<String, String> config = new HashMap<>();
        config.put("quarkus.datasource.jdbc.url", db.get("url"));
        config.put("quarkus.datasource.username", db.get("user"));
        config.put("quarkus.datasource.password", db.get("password"));
        config.put("kafka.bootstrap.servers", Infrastructure.kafkaBootstrapServers());
        return config;
    }

    @Override
    public void stop() {
        // The servers live as long as the test JVM, shared by every test class of the module.
    }
}
