package uk.police.hcir.platform.testsupport.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import uk.police.hcir.platform.eventcontract.EventContractAutoConfiguration;
import uk.police.hcir.platform.eventcontract.EventSchemas;
import uk.police.hcir.platform.eventcontract.EventSchemas.PublishedRevision;
import uk.police.hcir.platform.eventcontract.EventTypeDescriptor;

/**
 * Checks a producer's published events against their contract:
 * <ul>
 *   <li>every published type has an example, a JSON Schema and an approved JSON form for its current revision;</li>
 *   <li>the example serialises, exactly as the service stores and publishes it, to the approved JSON, so a renamed
 *       or retyped field fails the build;</li>
 *   <li>the serialised form, and the approved form of every older revision, is valid against its schema;</li>
 *   <li>no schema or approved form of a published revision has changed since it was published: each one's SHA-256
 *       is recorded in {@code published-revisions.lock} beside the records, and a change needs a new revision.</li>
 * </ul>
 */
public final class PublishedEventContract {

    public static final String LOCK_FILE = "published-revisions.lock";

    private static final ObjectMapper JSON = EventContractAutoConfiguration.eventObjectMapper();
    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    private final List<? extends Class<?>> eventTypes;
    private final Map<Class<?>, Object> examples = new HashMap<>();

    private PublishedEventContract(List<? extends Class<?>> eventTypes) {
        this.eventTypes = List.copyOf(eventTypes);
    }

    public static PublishedEventContract of(List<? extends Class<?>> eventTypes) {
        return new PublishedEventContract(eventTypes);
    }

    /** An instance of the event, with the same values as its approved JSON. */
    public PublishedEventContract example(Object event) {
        examples.put(event.getClass(), event);
        return this;
    }

    public void verify() {
        assertThat(examples.keySet()).as("an example for every published event type, and no others")
                                     .containsExactlyInAnyOrderElementsOf(eventTypes);
        for (Class<?> eventType : eventTypes) {
            EventTypeDescriptor type = EventTypeDescriptor.of(eventType);
            PublishedRevision current = EventSchemas.current(type);
            URL schema = current.schema().orElseThrow(() -> new AssertionError(
                    "No schema " + eventType.getSimpleName() + ".v" + type.revision() + ".schema.json beside "
                            + eventType.getName()));
            JsonNode serialised = JSON.valueToTree(examples.get(eventType));
            String approvedName = eventType.getSimpleName() + ".v" + type.revision() + ".example.json";
            Path candidate = writeCandidate(approvedName, serialised);
            URL approved = current.example().orElseThrow(() -> new AssertionError(
                    "No approved JSON " + approvedName + " beside " + eventType.getName() + "; review " + candidate
                            + " and copy it there"));
            assertThat(serialised).as("%s revision %s serialised, compared with its approved JSON %s (the "
                                              + "serialised form is in %s)",
                                      type.typeName(), type.revision(), approved, candidate)
                                  .isEqualTo(readJson(approved));
            assertValid(schema, serialised, type.typeName() + " revision " + type.revision());

            for (PublishedRevision revision : EventSchemas.revisionsOf(type)) {
                URL revisionSchema = revision.schema().orElseThrow();
                URL revisionExample = revision.example().orElseThrow(() -> new AssertionError(
                        "Revision " + revision.revision() + " of " + type.typeName() + " has no approved JSON"));
                assertValid(revisionSchema, readJson(revisionExample),
                            type.typeName() + " revision " + revision.revision() + " (approved JSON)");
                assertThat(readJson(revisionSchema).path("$id").asText())
                        .as("$id of the schema of %s revision %s", type.typeName(), revision.revision())
                        .isEqualTo("https://schemas.hcir.police.uk/events/" + type.typeName() + "/"
                                           + revision.revision());
            }
        }
        verifyLock();
    }

    private void verifyLock() {
        Map<String, Properties> locksByPackage = new HashMap<>();
        for (Class<?> eventType : eventTypes) {
            Properties lock = locksByPackage.computeIfAbsent(eventType.getPackageName(), p -> readLock(eventType));
            for (PublishedRevision revision : EventSchemas.revisionsOf(EventTypeDescriptor.of(eventType))) {
                for (URL file : List.of(revision.schema().orElseThrow(), revision.example().orElseThrow())) {
                    String name = fileName(file);
                    String recorded = lock.getProperty(name);
                    String actual = sha256(EventSchemas.read(file));
                    assertThat(recorded)
                            .as("%s is not in %s: add 'name=sha256' for it when the revision is published", name,
                                LOCK_FILE)
                            .isNotNull();
                    assertThat(actual)
                            .as("%s has changed since its revision was published; a published type and revision "
                                        + "never change: add a new revision instead", name)
                            .isEqualTo(recorded);
                }
            }
        }
        Set<String> recordedFiles = locksByPackage.values().stream()
                                                  .flatMap(lock -> lock.stringPropertyNames().stream())
                                                  .collect(Collectors.toSet());
        Set<String> existingFiles = eventTypes.stream()
                                              .flatMap(t -> EventSchemas.revisionsOf(EventTypeDescriptor.of(t))
                                                                        .stream())
                                              .flatMap(r -> List.of(r.schema().orElseThrow(),
                                                                    r.example().orElseThrow()).stream())
                                              .map(PublishedEventContract::fileName)
                                              .collect(Collectors.toSet());
        assertThat(existingFiles).as("every locked revision still has its schema and approved JSON")
                                 .containsAll(recordedFiles);
    }

    private static Path writeCandidate(String fileName, JsonNode serialised) {
        try {
            Path directory = Path.of("target", "approved-candidates");
            Files.createDirectories(directory);
            Path file = directory.resolve(fileName);
            Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(serialised) + "\n");
            return file.toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void assertValid(URL schemaLocation, JsonNode instance, String what) {
        Schema schema;
        try (InputStream in = schemaLocation.openStream()) {
            schema = SCHEMAS.getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Error> errors = schema.validate(instance);
        assertThat(errors).as("%s against %s", what, schemaLocation).isEmpty();
    }

    private static Properties readLock(Class<?> eventType) {
        URL lock = eventType.getResource(LOCK_FILE);
        Properties properties = new Properties();
        if (lock != null) {
            try (InputStream in = lock.openStream()) {
                properties.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return properties;
    }

    private static JsonNode readJson(URL url) {
        try {
            return JSON.readTree(url);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String fileName(URL url) {
        String path = url.getPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The lock line to add for a file when its revision is published. */
    public static String lockLineFor(URL file) {
        return fileName(file) + "=" + sha256(EventSchemas.read(file));
    }
}
