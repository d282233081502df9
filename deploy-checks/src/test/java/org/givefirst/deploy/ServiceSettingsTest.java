package org.givefirst.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How the checks read what a service needs from its properties. */
class ServiceSettingsTest {

    @Test
    void anEnvironmentVariableWithoutDefaultIsRequiredAndOneWithADefaultIsOptional() {
        ServiceSettings settings = ServiceSettings.from("test-service", ServiceSettings.effective("""
                quarkus.http.port=${GIVEFIRST_PORT:8090}
                quarkus.datasource.jdbc.url=${GIVEFIRST_DB_URL:jdbc:postgresql://localhost:5432/things}
                givefirst.token=${GIVEFIRST_TOKEN}
                givefirst.empty=${GIVEFIRST_EMPTY:}
                givefirst.nested=${GIVEFIRST_OUTER:${GIVEFIRST_INNER}}
                givefirst.property=${quarkus.http.port}
                """));
        assertEquals(Set.of("GIVEFIRST_TOKEN"), settings.requiredEnv());
        assertEquals(Set.of("GIVEFIRST_PORT", "GIVEFIRST_DB_URL", "GIVEFIRST_EMPTY", "GIVEFIRST_OUTER", "GIVEFIRST_INNER"),
                settings.optionalEnv());
        assertEquals(8090, settings.httpPort());
        assertEquals("things", settings.database());
    }

    @Test
    void theProdProfileCountsAndTheOthersDoNot() {
        Map<String, String> effective = ServiceSettings.effective("""
                quarkus.http.port=8081
                quarkus.datasource.jdbc.url=jdbc:postgresql://localhost:5432/members
                %dev.givefirst.a=${GIVEFIRST_ONLY_IN_DEV}
                %test.givefirst.b=${GIVEFIRST_ONLY_IN_TEST}
                givefirst.c=${GIVEFIRST_C:default}
                %prod.givefirst.c=${GIVEFIRST_C}
                %dev,prod.givefirst.d=${GIVEFIRST_D}
                """);
        ServiceSettings settings = ServiceSettings.from("test-service", effective);
        assertEquals(Set.of("GIVEFIRST_C", "GIVEFIRST_D"), settings.requiredEnv());
    }

    @Test
    void theServiceOverridesThePlatformDefaults() {
        Map<String, String> effective = ServiceSettings.effective(
                "quarkus.http.port=8080\nkafka.bootstrap.servers=${KAFKA_BOOTSTRAP_SERVERS}\n",
                "quarkus.http.port=8083\nkafka.bootstrap.servers=${KAFKA_BOOTSTRAP_SERVERS:localhost:9092}\n"
                        + "quarkus.datasource.jdbc.url=jdbc:postgresql://db:5432/matching\n");
        ServiceSettings settings = ServiceSettings.from("test-service", effective);
        assertEquals(8083, settings.httpPort());
        assertEquals(Set.of(), settings.requiredEnv());
        assertEquals(Set.of("KAFKA_BOOTSTRAP_SERVERS"), settings.optionalEnv());
    }

    @Test
    void theRealServicesReadTheSharedSettings() {
        for (String service : ServiceSettings.SERVICES) {
            ServiceSettings settings = ServiceSettings.of(service);
            assertEquals(true, settings.allEnv().containsAll(Set.of("GIVEFIRST_DB_URL", "GIVEFIRST_DB_USER", "GIVEFIRST_DB_PASSWORD",
                    "KAFKA_BOOTSTRAP_SERVERS", "GIVEFIRST_JWT_PUBLIC_KEY", "GIVEFIRST_JWT_ISSUER")), service + ": " + settings.allEnv());
        }
    }
}
