package org.givefirst.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The kustomizations: what they reference exists, every patch changes something, no file is forgotten. */
class KustomizationTest {

    static final List<String> OVERLAYS = List.of("k8s/overlays/dev", "k8s/overlays/prod");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"k8s/base", "k8s/overlays/dev", "k8s/overlays/prod"})
    void rendersWithEveryReferencedResourcePresent(String directory) {
        Kustomize.Rendered rendered = Kustomize.render(Repo.path(directory));
        assertTrue(rendered.resources().size() > 0);
        rendered.files().forEach(file -> assertTrue(Files.isRegularFile(file), file + " is missing"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"k8s/overlays/dev", "k8s/overlays/prod"})
    void everyPatchOfAnOverlayTargetsObjectsOfTheBase(String overlay) {
        Kustomize.Rendered rendered = Kustomize.render(Repo.path(overlay));
        assertTrue(rendered.patches().size() > 0, overlay + " patches nothing");
        rendered.patches().forEach(patch -> assertTrue(patch.matched() > 0, patch.toString()));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"k8s/overlays/dev", "k8s/overlays/prod"})
    void overlaySetsItsNamespaceOnEveryObjectAndCreatesIt(String overlay) {
        Kustomize.Rendered rendered = Kustomize.render(Repo.path(overlay));
        String namespace = rendered.namespace();
        assertEquals(List.of(namespace), rendered.ofKind("Namespace").stream().map(Kustomize.Resource::name).toList());
        rendered.resources().stream().filter(r -> !r.kind().equals("Namespace"))
                .forEach(r -> assertEquals(namespace, r.object().path("metadata").path("namespace").asText(), r.toString()));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"k8s/base", "k8s/overlays/dev", "k8s/overlays/prod"})
    void noTwoObjectsShareKindAndName(String directory) {
        Set<String> seen = new HashSet<>();
        Kustomize.render(Repo.path(directory)).resources()
                .forEach(r -> assertTrue(seen.add(r.apiVersion() + "/" + r.kind() + "/" + r.name()), "twice: " + r));
    }

    @Test
    void everyManifestUnderK8sIsUsedByAnOverlay() {
        Set<Path> used = new HashSet<>();
        OVERLAYS.forEach(overlay -> used.addAll(Kustomize.render(Repo.path(overlay)).files()));
        Set<String> unused;
        try (Stream<Path> files = Files.walk(Repo.path("k8s"))) {
            unused = files.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml"))
                    .map(Path::normalize).filter(f -> !used.contains(f)).map(f -> Repo.ROOT.relativize(f).toString())
                    .collect(Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertEquals(Set.of(), unused, "files no overlay applies");
    }

    @Test
    void aPatchWhosePathIsNotThereFails() {
        Kustomize.Resource deployment = Kustomize.render(Repo.path("k8s/base")).get("Deployment", "members-service");
        ObjectNode operation = Yamls.JSON.createObjectNode().put("op", "replace").put("path", "/spec/replicaz").put("value", 1);
        assertThrows(AssertionError.class, () -> Kustomize.applyOperation(Path.of("test"), deployment, operation));
    }

    @Test
    void overlaysOnlyChangeTheImageTagOrRegistryOfTheServiceImages() {
        for (String overlay : OVERLAYS) {
            for (Kustomize.Resource deployment : Kustomize.render(Repo.path(overlay)).ofKind("Deployment")) {
                String image = deployment.object().at("/spec/template/spec/containers/0/image").asText();
                assertTrue(image.matches(".*givefirst/" + deployment.name() + ":[\\w.-]+"), overlay + ": " + image);
            }
        }
    }
}
