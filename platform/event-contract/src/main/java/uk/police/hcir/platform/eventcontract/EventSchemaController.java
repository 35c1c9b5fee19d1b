package uk.police.hcir.platform.eventcontract;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Serves, read-only, the JSON Schema of every revision of every event this service publishes. */
@RestController
@RequestMapping("/events/schemas")
public class EventSchemaController {

    static final MediaType SCHEMA_JSON = MediaType.parseMediaType("application/schema+json");

    public record SchemaIndexEntry(String type, String revision, String topic, boolean current, URI schema) {
    }

    private final EventTypeRegistry registry;

    public EventSchemaController(EventTypeRegistry registry) {
        this.registry = registry;
    }

    @GetMapping
    public List<SchemaIndexEntry> index() {
        List<SchemaIndexEntry> entries = new ArrayList<>();
        for (EventContract contract : registry.contracts()) {
            if (!contract.isProducedHere()) {
                continue;
            }
            for (EventTypeDescriptor type : contract.eventTypes()) {
                for (EventSchemas.PublishedRevision revision : EventSchemas.revisionsOf(type)) {
                    entries.add(new SchemaIndexEntry(type.typeName(), revision.revision(), contract.topic(),
                                                     revision.isCurrent(),
                                                     URI.create("/events/schemas/" + type.typeName() + "/"
                                                                        + revision.revision())));
                }
            }
        }
        return entries;
    }

    @GetMapping("/{type}/{revision}")
    public ResponseEntity<?> schema(@PathVariable String type, @PathVariable String revision) {
        return registry.forTypeName(type)
                       .filter(descriptor -> registry.publishingContractOf(descriptor.javaType()).isPresent())
                       .flatMap(descriptor -> EventSchemas.revisionsOf(descriptor).stream()
                                                          .filter(r -> r.revision().equals(revision))
                                                          .findFirst())
                       .flatMap(EventSchemas.PublishedRevision::schema)
                       .<ResponseEntity<?>>map(url -> ResponseEntity.ok().contentType(SCHEMA_JSON)
                                                                   .body(EventSchemas.read(url)))
                       .orElseGet(() -> notFound(type, revision));
    }

    private static ResponseEntity<ProblemDetail> notFound(String type, String revision) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.NOT_FOUND, "This service publishes no event " + type + " at revision " + revision);
        problem.setType(URI.create("https://hcir.police.uk/problems/unknown-event-schema"));
        problem.setTitle("No such event schema");
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                             .body(problem);
    }
}
