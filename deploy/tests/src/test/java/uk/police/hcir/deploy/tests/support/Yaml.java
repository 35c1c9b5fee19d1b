package uk.police.hcir.deploy.tests.support;

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
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * YAML files read as trees, every document of a multi-document file, with anchors, aliases and merge keys resolved
 * as Compose and Kubernetes resolve them.
 */
public final class Yaml {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Yaml() {
    }

    public static JsonNode read(Path file) {
        List<JsonNode> documents = readAll(file);
        if (documents.size() != 1) {
            throw new IllegalStateException(file + " holds " + documents.size() + " documents, not one");
        }
        return documents.get(0);
    }

    public static List<JsonNode> readAll(Path file) {
        try (Reader reader = Files.newBufferedReader(file)) {
            return parseAll(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file, e);
        }
    }

    public static JsonNode parse(String yaml) {
        List<JsonNode> documents = parseAll(new java.io.StringReader(yaml));
        return documents.isEmpty() ? JSON.createObjectNode() : documents.get(0);
    }

    private static List<JsonNode> parseAll(Reader reader) {
        org.yaml.snakeyaml.Yaml yaml = new org.yaml.snakeyaml.Yaml(new SafeConstructor(new LoaderOptions()));
        List<JsonNode> all = new ArrayList<>();
        for (Object document : yaml.loadAll(reader)) {
            if (document != null) {
                all.add(JSON.valueToTree(document));
            }
        }
        return all;
    }
}
