package org.givefirst.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads YAML as the tools do: anchors, aliases and merge keys resolved, a duplicated key refused
 * (kubectl and Compose would silently keep only one of the two values).
 */
final class Yamls {

    static final ObjectMapper JSON = new ObjectMapper();

    private Yamls() {
    }

    static JsonNode one(Path file) {
        List<JsonNode> documents = all(file);
        if (documents.size() != 1) {
            throw new AssertionError(file + " should hold one YAML document, holds " + documents.size());
        }
        return documents.get(0);
    }

    /** Every non-empty document of a (multi-document) YAML file, as JSON trees. */
    static List<JsonNode> all(Path file) {
        try (Reader reader = Files.newBufferedReader(file)) {
            List<JsonNode> documents = new ArrayList<>();
            for (Object document : yaml().loadAll(reader)) {
                if (document != null) {
                    documents.add(JSON.valueToTree(document));
                }
            }
            return documents;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            throw new AssertionError(file + " is not valid YAML: " + e.getMessage(), e);
        }
    }

    static List<JsonNode> allFromText(String text) {
        List<JsonNode> documents = new ArrayList<>();
        for (Object document : yaml().loadAll(text)) {
            if (document != null) {
                documents.add(JSON.valueToTree(document));
            }
        }
        return documents;
    }

    private static Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        return new Yaml(new SafeConstructor(options));
    }
}
