package org.givefirst.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** Each service's Dockerfile.jvm runs the Quarkus fast-jar the build produces, as a non-root user, on its port. */
class DockerfileTest {

    static final List<String> SERVICES = ServiceSettings.SERVICES;

    @ParameterizedTest
    @FieldSource("SERVICES")
    void imageRunsOnTheUbiOpenJdk17Runtime(String service) {
        List<String> from = instructions(service, "FROM");
        assertEquals(1, from.size(), "one stage: the jars are built by Maven beforehand");
        assertTrue(from.get(0).startsWith("registry.access.redhat.com/ubi9/openjdk-17-runtime:"), from.get(0));
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void imageExposesTheServiceHttpPort(String service) {
        assertEquals(List.of(String.valueOf(ServiceSettings.of(service).httpPort())), instructions(service, "EXPOSE"));
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void imageRunsAsTheNonRootUser185(String service) {
        assertEquals(List.of("185"), instructions(service, "USER"));
        instructions(service, "COPY").forEach(copy -> assertTrue(copy.startsWith("--chown=185 "), copy));
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void imageCopiesTheFastJarLayout(String service) {
        assertEquals(List.of(
                "--chown=185 target/quarkus-app/lib/ /deployments/lib/",
                "--chown=185 target/quarkus-app/*.jar /deployments/",
                "--chown=185 target/quarkus-app/app/ /deployments/app/",
                "--chown=185 target/quarkus-app/quarkus/ /deployments/quarkus/"), instructions(service, "COPY"));
        assertTrue(instructions(service, "ENV").contains("JAVA_APP_JAR=\"/deployments/quarkus-run.jar\""));
        String packaging = ServiceSettings.of(service).properties().getOrDefault("quarkus.package.jar.type", "fast-jar");
        assertEquals("fast-jar", packaging, service + " must build the fast-jar layout the image copies");
    }

    /** The arguments of each instruction of a kind, comments dropped and continuation lines joined. */
    static List<String> instructions(String service, String keyword) {
        String text = Repo.read(service + "/src/main/docker/Dockerfile.jvm");
        List<String> found = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : text.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("#") || (trimmed.isEmpty() && current.length() == 0)) {
                continue;
            }
            if (trimmed.endsWith("\\")) {
                current.append(trimmed, 0, trimmed.length() - 1).append(' ');
                continue;
            }
            current.append(trimmed);
            String instruction = current.toString().strip();
            current.setLength(0);
            int space = instruction.indexOf(' ');
            if (space > 0 && instruction.substring(0, space).equalsIgnoreCase(keyword)) {
                found.add(instruction.substring(space + 1).strip());
            }
        }
        return found;
    }
}
