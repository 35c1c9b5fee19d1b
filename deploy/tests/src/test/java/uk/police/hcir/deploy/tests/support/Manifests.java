package uk.police.hcir.deploy.tests.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Every Kubernetes object of a directory tree, as the YAML files hold them, with the file each came from. */
public final class Manifests {

    /** One object and its file. */
    public record Manifest(Path file, JsonNode object) {

        public String kind() {
            return object.path("kind").asText();
        }

        public String name() {
            return object.path("metadata").path("name").asText();
        }
    }

    private final List<Manifest> all;

    private Manifests(List<Manifest> all) {
        this.all = List.copyOf(all);
    }

    public static Manifests under(Path directory) {
        List<Manifest> manifests = new ArrayList<>();
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.filter(Manifests::isYaml).sorted().toList()) {
                for (JsonNode document : Yaml.readAll(file)) {
                    if (document.has("kind") && document.has("apiVersion")
                            && !document.path("kind").asText().equals("Kustomization")) {
                        manifests.add(new Manifest(file, document));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Manifests(manifests);
    }

    public List<Manifest> all() {
        return all;
    }

    public List<Manifest> ofKind(String kind) {
        return all.stream().filter(manifest -> manifest.kind().equals(kind)).toList();
    }

    public Optional<Manifest> find(String kind, String name) {
        return all.stream().filter(m -> m.kind().equals(kind) && m.name().equals(name)).findFirst();
    }

    public Manifest get(String kind, String name) {
        return find(kind, name).orElseThrow(() -> new AssertionError("No " + kind + " " + name));
    }

    private static boolean isYaml(Path file) {
        String name = file.getFileName().toString();
        return Files.isRegularFile(file) && (name.endsWith(".yaml") || name.endsWith(".yml"));
    }
}
