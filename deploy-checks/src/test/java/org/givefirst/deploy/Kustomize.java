package org.givefirst.deploy;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Renders a kustomization the way {@code kubectl apply -k} does, for the features Givefirst uses:
 * {@code resources} (files and other kustomizations), {@code patches} (JSON 6902 with a target),
 * {@code namespace} and {@code images}. Anything else in a kustomization fails the render, so that
 * the checks never silently look at something other than what a cluster would get; so does a
 * missing resource, a patch whose target matches no object, or a patch operation whose path is
 * not there (kustomize would, respectively, fail, do nothing, and fail).
 */
final class Kustomize {

    private static final Set<String> SUPPORTED_KEYS = Set.of("apiVersion", "kind", "resources", "namespace", "patches", "images");
    private static final Set<String> TARGET_KEYS = Set.of("group", "version", "kind", "name");
    private static final Set<String> CLUSTER_SCOPED = Set.of("Namespace", "CustomResourceDefinition", "ClusterRole",
            "ClusterRoleBinding", "PersistentVolume", "StorageClass", "IngressClass", "PriorityClass");

    /** One object of the rendered output and the file it came from. */
    record Resource(ObjectNode object, Path file) {
        String kind() {
            return object.path("kind").asText();
        }

        String name() {
            return object.path("metadata").path("name").asText();
        }

        String apiVersion() {
            return object.path("apiVersion").asText();
        }

        String group() {
            String apiVersion = apiVersion();
            return apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "";
        }

        @Override
        public String toString() {
            return kind() + "/" + name() + " (" + Repo.ROOT.relativize(file) + ")";
        }
    }

    /** A patch of a kustomization and how many objects it changed. */
    record AppliedPatch(Path kustomization, JsonNode target, int matched) {
    }

    /** The rendered objects, every file read on the way, and the patches applied. */
    record Rendered(Path directory, List<Resource> resources, Set<Path> files, List<AppliedPatch> patches) {

        List<Resource> ofKind(String kind) {
            return resources.stream().filter(r -> r.kind().equals(kind)).toList();
        }

        Resource get(String kind, String name) {
            return resources.stream().filter(r -> r.kind().equals(kind) && r.name().equals(name)).findFirst()
                    .orElseThrow(() -> new AssertionError(Repo.ROOT.relativize(directory) + " renders no " + kind + "/" + name));
        }

        boolean has(String kind, String name) {
            return resources.stream().anyMatch(r -> r.kind().equals(kind) && r.name().equals(name));
        }

        String namespace() {
            return resources.stream().map(r -> r.object().path("metadata").path("namespace").asText(""))
                    .filter(ns -> !ns.isEmpty()).findFirst().orElse("default");
        }
    }

    private Kustomize() {
    }

    static Rendered render(Path directory) {
        Set<Path> files = new LinkedHashSet<>();
        List<AppliedPatch> patches = new ArrayList<>();
        List<Resource> resources = render(directory.normalize(), files, patches);
        return new Rendered(directory, resources, files, patches);
    }

    private static List<Resource> render(Path directory, Set<Path> files, List<AppliedPatch> patches) {
        Path kustomizationFile = directory.resolve("kustomization.yaml");
        if (!Files.isRegularFile(kustomizationFile)) {
            throw new AssertionError(directory + " has no kustomization.yaml");
        }
        files.add(kustomizationFile);
        JsonNode kustomization = Yamls.one(kustomizationFile);
        kustomization.fieldNames().forEachRemaining(key -> {
            if (!SUPPORTED_KEYS.contains(key)) {
                throw new AssertionError(kustomizationFile + ": '" + key + "' is not understood by these checks; teach Kustomize.java");
            }
        });
        expect(kustomizationFile, "apiVersion", kustomization, "kustomize.config.k8s.io/v1beta1");
        expect(kustomizationFile, "kind", kustomization, "Kustomization");

        List<Resource> resources = new ArrayList<>();
        for (JsonNode entry : kustomization.path("resources")) {
            Path path = directory.resolve(entry.asText()).normalize();
            if (Files.isDirectory(path)) {
                resources.addAll(render(path, files, patches));
            } else if (Files.isRegularFile(path)) {
                files.add(path);
                for (JsonNode document : Yamls.all(path)) {
                    if (!document.isObject() || !document.hasNonNull("kind") || !document.hasNonNull("apiVersion")) {
                        throw new AssertionError(path + " holds a document without apiVersion and kind");
                    }
                    resources.add(new Resource((ObjectNode) document, path));
                }
            } else {
                throw new AssertionError(kustomizationFile + " lists resource '" + entry.asText() + "', which does not exist");
            }
        }

        for (JsonNode patch : kustomization.path("patches")) {
            patches.add(applyPatch(kustomizationFile, directory, patch, resources, files));
        }

        if (kustomization.hasNonNull("namespace")) {
            String namespace = kustomization.get("namespace").asText();
            for (Resource resource : resources) {
                if (!CLUSTER_SCOPED.contains(resource.kind())) {
                    ((ObjectNode) resource.object().with("metadata")).put("namespace", namespace);
                }
            }
        }

        for (JsonNode image : kustomization.path("images")) {
            setImage(resources, image);
        }
        return resources;
    }

    private static AppliedPatch applyPatch(Path kustomizationFile, Path directory, JsonNode patch, List<Resource> resources,
            Set<Path> files) {
        JsonNode target = patch.get("target");
        if (target == null || !target.isObject()) {
            throw new AssertionError(kustomizationFile + ": every patch needs a target (JSON 6902 patches only)");
        }
        target.fieldNames().forEachRemaining(key -> {
            if (!TARGET_KEYS.contains(key)) {
                throw new AssertionError(kustomizationFile + ": patch target key '" + key + "' is not understood by these checks");
            }
        });
        String text;
        if (patch.hasNonNull("patch")) {
            text = patch.get("patch").asText();
        } else if (patch.hasNonNull("path")) {
            Path file = directory.resolve(patch.get("path").asText()).normalize();
            if (!Files.isRegularFile(file)) {
                throw new AssertionError(kustomizationFile + " patches with '" + patch.get("path").asText() + "', which does not exist");
            }
            files.add(file);
            text = readString(file);
        } else {
            throw new AssertionError(kustomizationFile + ": a patch needs 'patch' or 'path'");
        }
        List<JsonNode> documents = Yamls.allFromText(text);
        if (documents.size() != 1 || !documents.get(0).isArray()) {
            throw new AssertionError(kustomizationFile + ": only JSON 6902 patches (a list of operations) are understood: " + text);
        }
        JsonNode operations = documents.get(0);
        int matched = 0;
        for (Resource resource : resources) {
            if (matches(target, resource)) {
                matched++;
                for (JsonNode operation : operations) {
                    applyOperation(kustomizationFile, resource, operation);
                }
            }
        }
        if (matched == 0) {
            throw new AssertionError(kustomizationFile + ": the patch with target " + target + " matches no object");
        }
        return new AppliedPatch(kustomizationFile, target, matched);
    }

    private static boolean matches(JsonNode target, Resource resource) {
        for (Iterator<Map.Entry<String, JsonNode>> it = target.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            String wanted = field.getValue().asText();
            String actual = switch (field.getKey()) {
                case "kind" -> resource.kind();
                case "name" -> resource.name();
                case "group" -> resource.group();
                case "version" -> resource.apiVersion().substring(resource.apiVersion().indexOf('/') + 1);
                default -> throw new IllegalStateException(field.getKey());
            };
            if (!wanted.equals(actual)) {
                return false;
            }
        }
        return true;
    }

    static void applyOperation(Path source, Resource resource, JsonNode operation) {
        String op = operation.path("op").asText();
        String path = operation.path("path").asText();
        JsonPointer pointer = JsonPointer.compile(path);
        JsonNode parent = resource.object().at(pointer.head());
        String key = pointer.last().getMatchingProperty();
        String where = source + ": " + op + " " + path + " on " + resource;
        if (parent.isMissingNode()) {
            throw new AssertionError(where + ": the parent of the path does not exist");
        }
        switch (op) {
            case "replace", "remove", "test" -> {
                JsonNode current = parent.isArray() ? parent.path(index(key, where)) : parent.get(key);
                if (current == null || current.isMissingNode()) {
                    throw new AssertionError(where + ": the path does not exist");
                }
                if (op.equals("test")) {
                    if (!current.equals(operation.get("value"))) {
                        throw new AssertionError(where + ": found " + current);
                    }
                } else if (op.equals("remove")) {
                    remove(parent, key, where);
                } else {
                    set(parent, key, operation.get("value"), false, where);
                }
            }
            case "add" -> set(parent, key, operation.get("value"), true, where);
            default -> throw new AssertionError(where + ": operation '" + op + "' is not understood by these checks");
        }
    }

    private static void set(JsonNode parent, String key, JsonNode value, boolean insert, String where) {
        if (value == null) {
            throw new AssertionError(where + ": no value");
        }
        if (parent.isObject()) {
            ((ObjectNode) parent).set(key, value.deepCopy());
        } else if (parent.isArray()) {
            ArrayNode array = (ArrayNode) parent;
            if (insert && key.equals("-")) {
                array.add(value.deepCopy());
            } else if (insert) {
                array.insert(index(key, where), value.deepCopy());
            } else {
                array.set(index(key, where), value.deepCopy());
            }
        } else {
            throw new AssertionError(where + ": the parent is neither an object nor a list");
        }
    }

    private static void remove(JsonNode parent, String key, String where) {
        if (parent.isObject()) {
            ((ObjectNode) parent).remove(key);
        } else {
            ((ArrayNode) parent).remove(index(key, where));
        }
    }

    private static int index(String key, String where) {
        try {
            return Integer.parseInt(key);
        } catch (NumberFormatException e) {
            throw new AssertionError(where + ": '" + key + "' is not a list index");
        }
    }

    private static void setImage(List<Resource> resources, JsonNode image) {
        String name = image.path("name").asText();
        for (Resource resource : resources) {
            for (JsonNode container : resource.object().findValues("containers")) {
                for (JsonNode c : container) {
                    String current = c.path("image").asText();
                    String currentName = current.replaceFirst("[:@].*$", "");
                    if (!currentName.equals(name)) {
                        continue;
                    }
                    String newName = image.path("newName").asText(currentName);
                    String tag = current.contains(":") ? current.substring(current.indexOf(':') + 1) : null;
                    String newTag = image.path("newTag").asText(tag);
                    ((ObjectNode) c).put("image", newTag == null ? newName : newName + ":" + newTag);
                }
            }
        }
    }

    private static String readString(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void expect(Path file, String key, JsonNode node, String value) {
        if (!value.equals(node.path(key).asText())) {
            throw new AssertionError(file + ": " + key + " should be " + value + ", is " + node.path(key));
        }
    }
}
