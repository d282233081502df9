package org.givefirst.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.ValidationMessage;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** docker-compose.yml against the Compose Specification and against what each service needs. */
class ComposeFileTest {

    static final List<String> SERVICES = ServiceSettings.SERVICES;

    private static final JsonSchema COMPOSE_SPEC = ManifestModelTest.schema("/schemas/compose-spec.json");

    @Test
    void composeFileConformsToTheComposeSpecification() {
        Set<ValidationMessage> errors = COMPOSE_SPEC.validate(Compose.file());
        assertEquals(Set.of(), errors.stream().map(ValidationMessage::getMessage).collect(Collectors.toSet()));
    }

    @Test
    void theSpecificationRefusesAMisspelledHealthCheck() {
        ObjectNode file = (ObjectNode) Compose.file();
        ObjectNode healthcheck = (ObjectNode) file.at("/services/members-service/healthcheck");
        healthcheck.set("intervall", healthcheck.remove("interval"));
        assertFalse(COMPOSE_SPEC.validate(file).isEmpty());
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void eachServiceIsBuiltFromTheOneDockerfileWithItsNameAndPort(String service) {
        JsonNode build = Compose.service(service).path("build");
        assertEquals("./" + service, build.path("context").asText(), "the context is the module: only its target/ is sent");
        String dockerfile = build.path("dockerfile").asText();
        assertEquals(Repo.path(DockerfileTest.DOCKERFILE), Repo.path(service).resolve(dockerfile).normalize(),
                "the Dockerfile (relative to the context) is " + DockerfileTest.DOCKERFILE);
        assertTrue(Files.isRegularFile(Repo.path(DockerfileTest.DOCKERFILE)));
        assertEquals(service, build.path("args").path("SERVICE").asText());
        assertEquals(String.valueOf(ServiceSettings.of(service).httpPort()), build.path("args").path("PORT").asText());
        Set<String> args = new TreeSet<>();
        build.path("args").fieldNames().forEachRemaining(args::add);
        assertEquals(new TreeSet<>(DockerfileTest.buildArguments()), args, "every build argument the Dockerfile declares, and no other");
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void eachServiceIsPublishedAndHealthCheckedOnItsHttpPort(String service) {
        int port = ServiceSettings.of(service).httpPort();
        JsonNode compose = Compose.service(service);
        List<String> ports = new ArrayList<>();
        compose.path("ports").forEach(p -> ports.add(p.asText()));
        assertEquals(List.of(port + ":" + port), ports, service + " listens on " + port);
        String test = String.join(" ", texts(compose.path("healthcheck").path("test")));
        assertTrue(test.contains("http://localhost:" + port + "/q/health/ready"), service + " health check: " + test);
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void everySettingAServiceRequiresIsProvided(String service) {
        Set<String> required = ServiceSettings.of(service).requiredEnv();
        Map<String, String> environment = Compose.environment(Compose.service(service));
        Set<String> missing = new TreeSet<>(required);
        missing.removeIf(name -> environment.get(name) != null && !environment.get(name).isBlank());
        assertEquals(Set.of(), missing, service + " requires these settings and docker-compose.yml does not give them");
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void everyGivefirstSettingGivenIsOneTheServiceReads(String service) {
        Set<String> read = ServiceSettings.of(service).allEnv();
        Set<String> unknown = new TreeSet<>(Compose.environment(Compose.service(service)).keySet());
        unknown.removeIf(name -> !name.startsWith("GIVEFIRST_") && !name.startsWith("KAFKA_"));
        unknown.removeAll(read);
        assertEquals(Set.of(), unknown, service + " reads none of these (misspelled, or a setting it does not have)");
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void eachServiceUsesItsOwnDatabaseOnTheComposePostgres(String service) {
        ServiceSettings settings = ServiceSettings.of(service);
        String url = Compose.environment(Compose.service(service)).get("GIVEFIRST_DB_URL");
        assertNotNull(url, service + " gets no GIVEFIRST_DB_URL");
        assertEquals("postgres", ServiceSettings.Jdbc.host(url));
        assertEquals(5432, ServiceSettings.Jdbc.port(url));
        assertEquals(settings.database(), ServiceSettings.Jdbc.database(url));
        assertTrue(createdDatabases().contains(settings.database()),
                "compose/postgres-init.sql creates " + createdDatabases() + ", not " + settings.database());
    }

    @Test
    void postgresRunsTheInitScriptAndChecksItsHealthOverTcp() {
        JsonNode postgres = Compose.service("postgres");
        assertTrue(postgres.path("image").asText().startsWith("postgres:"));
        assertTrue(texts(postgres.path("volumes")).contains("./compose/postgres-init.sql:/docker-entrypoint-initdb.d/10-givefirst-databases.sql:ro"));
        assertTrue(Files.isRegularFile(Repo.path("compose/postgres-init.sql")));
        assertTrue(String.join(" ", texts(postgres.path("healthcheck").path("test"))).contains("pg_isready -h 127.0.0.1"));
        Map<String, String> environment = Compose.environment(postgres);
        for (String service : SERVICES) {
            Map<String, String> serviceEnvironment = Compose.environment(Compose.service(service));
            assertEquals(environment.get("POSTGRES_USER"), serviceEnvironment.get("GIVEFIRST_DB_USER"), service);
            assertEquals(environment.get("POSTGRES_PASSWORD"), serviceEnvironment.get("GIVEFIRST_DB_PASSWORD"), service);
        }
    }

    @Test
    void kafkaRunsInKraftModeAndTheServicesUseAnAdvertisedListener() {
        JsonNode kafka = Compose.service("kafka");
        assertTrue(kafka.path("image").asText().startsWith("apache/kafka:"), "the official Apache Kafka image");
        Map<String, String> environment = Compose.environment(kafka);
        assertEquals(Set.of("broker", "controller"), Set.of(environment.get("KAFKA_PROCESS_ROLES").split(",")));
        assertTrue(environment.get("KAFKA_CONTROLLER_QUORUM_VOTERS").startsWith(environment.get("KAFKA_NODE_ID") + "@"));
        Set<String> advertised = Set.of(environment.get("KAFKA_ADVERTISED_LISTENERS").replaceAll("[A-Z_]+://", "").split(","));
        for (String service : SERVICES) {
            String bootstrap = Compose.environment(Compose.service(service)).get("KAFKA_BOOTSTRAP_SERVERS");
            assertTrue(advertised.contains(bootstrap), service + " connects to " + bootstrap + ", Kafka advertises " + advertised);
        }
        assertTrue(advertised.contains("localhost:9092"), "programs on the machine (the consumer example) use localhost:9092");
        assertTrue(texts(kafka.path("ports")).contains("9092:9092"));
    }

    @Test
    void theTopicInitCreatesExactlyThePlatformTopics() {
        String command = String.join("\n", texts(Compose.service("kafka-topics").path("command")));
        Matcher loop = Pattern.compile("for topic in ([^;]+);").matcher(command);
        assertTrue(loop.find(), "kafka-topics creates its topics in a 'for topic in ...;' loop: " + command);
        assertEquals(PlatformTopics.names(), new TreeSet<>(List.of(loop.group(1).trim().split("\\s+"))));
        assertTrue(command.contains("kafka-topics.sh") && command.contains("--create"));
        assertEquals("false", Compose.environment(Compose.service("kafka")).get("KAFKA_AUTO_CREATE_TOPICS_ENABLE"));
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void eachServiceStartsOnlyOnceWhatItNeedsIsHealthy(String service) {
        JsonNode dependsOn = Compose.service(service).path("depends_on");
        assertEquals("service_healthy", dependsOn.path("postgres").path("condition").asText());
        assertEquals("service_completed_successfully", dependsOn.path("kafka-topics").path("condition").asText());
        assertEquals("service_healthy", Compose.service("kafka-topics").path("depends_on").path("kafka").path("condition").asText());
        if (Compose.environment(Compose.service(service)).containsKey("GIVEFIRST_MEMBERS_URL")) {
            assertEquals("service_healthy", dependsOn.path("members-service").path("condition").asText());
            assertEquals("http://members-service:" + ServiceSettings.of("members-service").httpPort(),
                    Compose.environment(Compose.service(service)).get("GIVEFIRST_MEMBERS_URL"));
        }
    }

    @Test
    void everyHealthyConditionWaitsOnAServiceWithAHealthCheck() {
        JsonNode services = Compose.file().path("services");
        Set<String> problems = new LinkedHashSet<>();
        services.fields().forEachRemaining(service -> service.getValue().path("depends_on").fields().forEachRemaining(dependency -> {
            JsonNode target = services.path(dependency.getKey());
            if (target.isMissingNode()) {
                problems.add(service.getKey() + " depends on an unknown service " + dependency.getKey());
            } else if (dependency.getValue().path("condition").asText().equals("service_healthy") && target.path("healthcheck").isMissingNode()) {
                problems.add(service.getKey() + " waits for " + dependency.getKey() + " to be healthy, which has no health check");
            }
        }));
        assertEquals(Set.of(), problems);
    }

    /** A secret is a local default the operator may override, or one Compose refuses to start without. */
    @Test
    void noSecretBeyondLocalDefaults() {
        List<String> problems = new ArrayList<>();
        Compose.file().path("services").fields().forEachRemaining(service -> Compose.rawEnvironment(service.getValue()).forEach((name, value) -> {
            if (name.matches(".*(PASSWORD|SECRET|TOKEN|KEY).*") && !name.equals("GIVEFIRST_JWT_PUBLIC_KEY")
                    && !value.matches("\\$\\{[A-Z_]+:-[^}]*}") && !Compose.REQUIRED.matcher(value).matches()) {
                problems.add(service.getKey() + "." + name + " should be ${VAR:-<local default>} or ${VAR:?<why>}, is " + value);
            }
        }));
        assertEquals(List.of(), problems);
    }

    static Set<String> createdDatabases() {
        Set<String> databases = new TreeSet<>();
        Matcher matcher = Pattern.compile("(?i)CREATE\\s+DATABASE\\s+(\\w+)").matcher(Repo.read("compose/postgres-init.sql"));
        while (matcher.find()) {
            databases.add(matcher.group(1));
        }
        return databases;
    }

    static List<String> texts(JsonNode node) {
        List<String> texts = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(n -> texts.add(n.asText()));
        } else if (!node.isMissingNode()) {
            texts.add(node.asText());
        }
        return texts;
    }
}
