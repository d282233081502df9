package org.givefirst.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The development key's private half is in this repository: a deployment that trusts it lets anyone
 * sign an admin token. No deployment file names it; the opt-in to trusting it
 * ({@code GIVEFIRST_DEV_KEYS=true}) is given only by the explicitly-dev overlay (a laptop cluster);
 * every other deployment names where its tokens come from.
 */
class DevelopmentKeyTest {

    /** The overlays for a laptop cluster, where trusting the development key is allowed. */
    static final List<String> DEV_OVERLAYS = List.of("k8s/overlays/dev");

    /** What deployments are made of: Compose, Kubernetes, the container image. */
    static final List<String> DEPLOYMENT_FILES = List.of("docker-compose.yml", "compose", "k8s", "docker");

    static final String JWT_KEY = "GIVEFIRST_JWT_PUBLIC_KEY";
    static final String JWT_ISSUER = "GIVEFIRST_JWT_ISSUER";

    @Test
    void noDeploymentFileNamesTheDevelopmentKey() {
        List<String> problems = new ArrayList<>();
        for (Path file : deploymentFiles()) {
            String text = read(file);
            for (String key : List.of("dev-jwt-public.pem", "dev-jwt-private.pem", "givefirst.local/dev")) {
                if (text.contains(key)) {
                    problems.add(Repo.ROOT.relativize(file) + " names " + key);
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void composeDoesNotOptInToTheDevelopmentKey() {
        List<String> problems = new ArrayList<>();
        Compose.file().path("services").fields().forEachRemaining(service -> Compose.environment(service.getValue())
                .forEach((name, value) -> problems.addAll(devKeyProblems("docker-compose.yml " + service.getKey(), name, value, false))));
        assertEquals(List.of(), problems);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"k8s/base", "k8s/overlays/dev", "k8s/overlays/prod"})
    void onlyAnExplicitlyDevOverlayOptsInToTheDevelopmentKey(String directory) {
        boolean dev = DEV_OVERLAYS.contains(directory);
        List<String> problems = new ArrayList<>();
        Kustomize.render(Repo.path(directory)).resources().forEach(resource -> resource.object().path("data").fields()
                .forEachRemaining(entry -> problems.addAll(devKeyProblems(resource.toString(), entry.getKey(), entry.getValue().asText(), dev))));
        Kustomize.render(Repo.path(directory)).ofKind("Deployment").forEach(deployment -> deployment.object()
                .at("/spec/template/spec/containers").forEach(container -> container.path("env").forEach(env -> problems.addAll(
                        devKeyProblems(deployment.toString(), env.path("name").asText(), env.path("value").asText(), dev)))));
        assertEquals(List.of(), problems);
    }

    @Test
    void theOptInIsRefusedOutsideADevOverlayAndInAnyCase() {
        assertFalse(devKeyProblems("prod", ServiceSettings.DEV_KEYS, "true", false).isEmpty());
        assertFalse(devKeyProblems("prod", ServiceSettings.DEV_KEYS, "TRUE", false).isEmpty());
        assertTrue(devKeyProblems("dev", ServiceSettings.DEV_KEYS, "true", true).isEmpty());
        assertTrue(devKeyProblems("prod", ServiceSettings.DEV_KEYS, "false", false).isEmpty());
    }

    @Test
    void theBaseNamesNoKeyAndNoIssuer() {
        Overlay base = new Overlay("k8s/base", Kustomize.render(Repo.path("k8s/base")));
        for (String service : ServiceSettings.SERVICES) {
            Map<String, Overlay.Setting> environment = base.environment(base.container(service), new ArrayList<>());
            for (String name : List.of(JWT_KEY, JWT_ISSUER, ServiceSettings.DEV_KEYS)) {
                assertFalse(environment.containsKey(name), "k8s/base gives " + service + " " + name + ": the overlays say where tokens come from");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"k8s/overlays/dev", "k8s/overlays/prod"})
    void everyOverlayNamesWhereTokensComeFrom(String overlay) {
        Overlay o = Overlay.of(overlay);
        Map<String, String> problems = new TreeMap<>();
        for (String service : ServiceSettings.SERVICES) {
            Map<String, Overlay.Setting> environment = o.environment(o.container(service), new ArrayList<>());
            boolean devKeys = environment.containsKey(ServiceSettings.DEV_KEYS)
                    && "true".equalsIgnoreCase(environment.get(ServiceSettings.DEV_KEYS).value());
            if (devKeys && DEV_OVERLAYS.contains(overlay)) {
                continue;
            }
            String issuer = value(environment, JWT_ISSUER);
            String key = value(environment, JWT_KEY);
            if (!isHttpsUrl(issuer)) {
                problems.put(service + " " + JWT_ISSUER, "should be the provider's issuer (an https URL), is " + issuer);
            }
            if (!isHttpsUrl(key)) {
                problems.put(service + " " + JWT_KEY, "should be the provider's JWKS URL (https), is " + key);
            }
        }
        assertEquals(Map.of(), problems);
    }

    /** What is wrong with one setting of a deployment, as far as the development key goes. */
    static List<String> devKeyProblems(String where, String name, String value, boolean devOverlay) {
        List<String> problems = new ArrayList<>();
        if (name.equals(ServiceSettings.DEV_KEYS) && "true".equalsIgnoreCase(value == null ? "" : value.strip()) && !devOverlay) {
            problems.add(where + ": " + name + "=" + value + " trusts the development key outside a dev overlay " + DEV_OVERLAYS);
        }
        return problems;
    }

    private static String value(Map<String, Overlay.Setting> environment, String name) {
        return environment.containsKey(name) ? environment.get(name).value() : null;
    }

    private static boolean isHttpsUrl(String value) {
        try {
            return value != null && URI.create(value).getScheme().equals("https") && URI.create(value).getHost() != null;
        } catch (IllegalArgumentException | NullPointerException e) {
            return false;
        }
    }

    private static List<Path> deploymentFiles() {
        List<Path> files = new ArrayList<>();
        for (String root : DEPLOYMENT_FILES) {
            Path path = Repo.path(root);
            if (Files.isRegularFile(path)) {
                files.add(path);
                continue;
            }
            try (Stream<Path> walk = Files.walk(path)) {
                walk.filter(Files::isRegularFile).forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
