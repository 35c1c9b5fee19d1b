package uk.police.hcir.platform.eventcontract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The JSON Schema and the approved example of every revision of every contract event, kept beside the event's
 * record in its {@code *-events} module as {@code <Record>.v<revision>.schema.json} and
 * {@code <Record>.v<revision>.example.json}. Old revisions stay there for ever, next to the current one.
 */
public final class EventSchemas {

    private static final Pattern SCHEMA_FILE = Pattern.compile("(.+)\\.v([^.]+)\\.schema\\.json");

    private EventSchemas() {
    }

    /** One revision of one event type, with where its schema and example are. */
    public record PublishedRevision(String typeName, String revision, Class<?> javaType) {

        public Optional<URL> schema() {
            return Optional.ofNullable(javaType.getResource(fileName("schema")));
        }

        public Optional<URL> example() {
            return Optional.ofNullable(javaType.getResource(fileName("example")));
        }

        public boolean isCurrent() {
            return EventTypeDescriptor.of(javaType).revision().equals(revision);
        }

        private String fileName(String kind) {
            return javaType.getSimpleName() + ".v" + revision + "." + kind + ".json";
        }
    }

    /** Every revision of the given type that has a schema, the current one included. */
    public static List<PublishedRevision> revisionsOf(EventTypeDescriptor type) {
        String directory = type.javaType().getPackageName().replace('.', '/');
        String pattern = "classpath*:" + directory + "/" + type.javaType().getSimpleName() + ".v*.schema.json";
        List<PublishedRevision> revisions = new ArrayList<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver(type.javaType().getClassLoader())
                    .getResources(pattern)) {
                Matcher matcher = SCHEMA_FILE.matcher(resource.getFilename());
                if (matcher.matches() && matcher.group(1).equals(type.javaType().getSimpleName())) {
                    revisions.add(new PublishedRevision(type.typeName(), matcher.group(2), type.javaType()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        revisions.sort((a, b) -> a.revision().compareTo(b.revision()));
        return revisions;
    }

    public static PublishedRevision current(EventTypeDescriptor type) {
        return new PublishedRevision(type.typeName(), type.revision(), type.javaType());
    }

    public static byte[] read(URL url) {
        try (InputStream in = url.openStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
