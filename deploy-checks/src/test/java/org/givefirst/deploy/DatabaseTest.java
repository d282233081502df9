package org.givefirst.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** PostgreSQL through CloudNativePG: one cluster per service, holding the database the service expects. */
class DatabaseTest {

    static final List<String> OVERLAYS = Overlay.ALL;

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void eachServiceHasAClusterWithItsDatabase(String overlay) {
        Overlay o = Overlay.of(overlay);
        Set<String> databases = new TreeSet<>();
        for (JsonNode cluster : o.objects("Cluster")) {
            databases.add(cluster.at("/spec/bootstrap/initdb/database").asText());
        }
        Set<String> expected = new TreeSet<>();
        ServiceSettings.SERVICES.forEach(service -> expected.add(ServiceSettings.of(service).database()));
        assertEquals(expected, databases);
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void productionKeepsAStandbyOfEveryDatabase(String overlay) {
        for (JsonNode cluster : Overlay.of(overlay).objects("Cluster")) {
            int instances = cluster.at("/spec/instances").asInt();
            assertTrue(overlay.endsWith("prod") ? instances >= 2 : instances >= 1, cluster.at("/metadata/name") + ": " + instances);
        }
    }
}
