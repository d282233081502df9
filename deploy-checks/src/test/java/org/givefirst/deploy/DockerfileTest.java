package org.givefirst.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * The one Dockerfile of the services (docker/Dockerfile.jvm) runs the Quarkus fast-jar the build
 * produces, as a non-root user, on the port it is built for; Compose builds each service with its
 * own name and port (ComposeFileTest).
 */
class DockerfileTest {

    static final String DOCKERFILE = "docker/Dockerfile.jvm";

    static final List<String> SERVICES = ServiceSettings.SERVICES;

    @Test
    void imageRunsOnTheUbiOpenJdk17Runtime() {
        List<String> from = instructions("FROM");
        assertEquals(1, from.size(), "one stage: the jars are built by Maven beforehand");
        assertTrue(from.get(0).startsWith("registry.access.redhat.com/ubi9/openjdk-17-runtime:"), from.get(0));
    }

    @Test
    void imageExposesThePortItIsBuiltFor() {
        assertEquals(List.of("SERVICE", "PORT"), buildArguments());
        assertEquals(List.of("${PORT}"), instructions("EXPOSE"));
    }

    @Test
    void imageRunsAsTheNonRootUser185() {
        assertEquals(List.of("185"), instructions("USER"));
        instructions("COPY").forEach(copy -> assertTrue(copy.startsWith("--chown=185 "), copy));
    }

    @Test
    void imageCopiesTheFastJarLayout() {
        assertEquals(List.of(
                "--chown=185 target/quarkus-app/lib/ /deployments/lib/",
                "--chown=185 target/quarkus-app/*.jar /deployments/",
                "--chown=185 target/quarkus-app/app/ /deployments/app/",
                "--chown=185 target/quarkus-app/quarkus/ /deployments/quarkus/"), instructions("COPY"));
        assertTrue(instructions("ENV").contains("JAVA_APP_JAR=\"/deployments/quarkus-run.jar\""));
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void serviceBuildsTheFastJarAndHasNoDockerfileOfItsOwn(String service) {
        String packaging = ServiceSettings.of(service).properties().getOrDefault("quarkus.package.jar.type", "fast-jar");
        assertEquals("fast-jar", packaging, service + " must build the fast-jar layout the image copies");
        try (Stream<Path> files = Files.exists(Repo.path(service + "/src/main/docker"))
                ? Files.list(Repo.path(service + "/src/main/docker")) : Stream.empty()) {
            assertEquals(List.of(), files.toList(), "a copy of " + DOCKERFILE + " drifts");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The names of the build arguments the Dockerfile declares, in order. */
    static List<String> buildArguments() {
        return instructions("ARG").stream().map(arg -> arg.split("=", 2)[0]).toList();
    }

    /** The arguments of each instruction of a kind, comments dropped and continuation lines joined. */
    static List<String> instructions(String keyword) {
        String text = Repo.read(DOCKERFILE);
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
