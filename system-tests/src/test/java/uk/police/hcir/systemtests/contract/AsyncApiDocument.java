package uk.police.hcir.systemtests.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import uk.police.hcir.platform.eventcontract.EventContract;
import uk.police.hcir.platform.eventcontract.EventSchemas;
import uk.police.hcir.platform.eventcontract.EventSchemas.PublishedRevision;
import uk.police.hcir.platform.eventcontract.EventTypeDescriptor;

/**
 * The AsyncAPI 3 description of every HCIR topic, derived from the published contracts and their schemas, so that
 * the document in docs/events can be checked against what the services really publish.
 */
final class AsyncApiDocument {

    private static final ObjectMapper JSON = new ObjectMapper();

    private AsyncApiDocument() {
    }

    static Map<String, Object> describe(List<EventContract> contracts, Path documentDirectory) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("asyncapi", "3.0.0");
        document.put("info", ordered(
                "title", "HCIR published events",
                "version", "1",
                "description", """
                        The events HCIR's services publish for integrations. Each topic carries one producer's \
                        events as CloudEvents in Kafka binary mode: the value is the event's JSON, the attributes \
                        are ce_* headers, and the record key is the case id, so one case's events stay in order on \
                        one partition. Consumers drop duplicates by ce_id and ignore fields they do not know; \
                        see versioning.md."""));
        document.put("defaultContentType", "application/json");
        document.put("servers", ordered("local", ordered(
                "host", "localhost:19092", "protocol", "kafka",
                "description", "The broker of the local run (./run-local.sh)")));

        Map<String, Object> channels = new LinkedHashMap<>();
        Map<String, Object> operations = new LinkedHashMap<>();
        Map<String, Object> messages = new LinkedHashMap<>();
        for (EventContract contract : contracts) {
            String channelId = camel(contract.topic());
            Map<String, Object> channelMessages = new LinkedHashMap<>();
            for (EventTypeDescriptor type : contract.eventTypes()) {
                for (PublishedRevision revision : EventSchemas.revisionsOf(type)) {
                    String messageId = camel(type.typeName().substring("uk.police.hcir.".length()))
                            + "V" + revision.revision();
                    messages.put(messageId, message(contract, revision, documentDirectory));
                    channelMessages.put(messageId, ordered("$ref", "#/components/messages/" + messageId));
                }
            }
            Map<String, Object> channel = new LinkedHashMap<>();
            channel.put("address", contract.topic());
            channel.put("description", "Events published by " + contract.source().replace("/hcir/", ""));
            channel.put("messages", channelMessages);
            channel.put("bindings", ordered("kafka", ordered(
                    "topic", contract.topic(),
                    "partitions", 6,
                    "topicConfiguration", ordered("cleanup.policy", List.of("delete"), "retention.ms", -1),
                    "bindingVersion", "0.5.0")));
            channels.put(channelId, channel);
            operations.put("receive" + Character.toUpperCase(channelId.charAt(0)) + channelId.substring(1),
                           ordered("action", "receive", "channel", ordered("$ref", "#/channels/" + channelId)));
        }
        document.put("channels", channels);
        document.put("operations", operations);

        Map<String, Object> components = new LinkedHashMap<>();
        components.put("messages", messages);
        components.put("schemas", ordered("caseKey", ordered(
                "type", "string", "format", "uuid",
                "description", "The record key: the id of the case the event is about")));
        document.put("components", components);
        return document;
    }

    private static Map<String, Object> message(EventContract contract, PublishedRevision revision,
                                               Path documentDirectory) {
        JsonNode schema = read(revision);
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("name", revision.typeName());
        message.put("title", schema.path("title").asText());
        message.put("summary", schema.path("description").asText());
        message.put("contentType", "application/json");
        message.put("headers", cloudEventHeaders(contract, revision));
        message.put("payload", ordered(
                "schemaFormat", "application/schema+json;version=draft-2020-12",
                "schema", ordered("$ref", documentDirectory.relativize(
                        schemaPath(revision, documentDirectory.getParent().getParent())).toString())));
        message.put("bindings", ordered("kafka", ordered(
                "key", ordered("$ref", "#/components/schemas/caseKey"),
                "bindingVersion", "0.5.0")));
        return message;
    }

    private static Map<String, Object> cloudEventHeaders(EventContract contract, PublishedRevision revision) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("ce_specversion", ordered("const", "1.0"));
        properties.put("ce_id", ordered("type", "string", "description", "The event's id; drop duplicates by it"));
        properties.put("ce_source", ordered("const", contract.source()));
        properties.put("ce_type", ordered("const", revision.typeName()));
        properties.put("ce_subject", ordered("type", "string", "description", "The id of the case"));
        properties.put("ce_time", ordered("type", "string", "format", "date-time"));
        properties.put("ce_dataschema", ordered("const", "https://schemas.hcir.police.uk/events/"
                + revision.typeName() + "/" + revision.revision()));
        properties.put("ce_axonmessagerevision", ordered("const", revision.revision()));
        properties.put("content-type", ordered("const", "application/json"));
        properties.put("ce_actorid", ordered("type", "string",
                                            "description", "Who acted: a user id, a partner centre or system:<service>"));
        properties.put("ce_actorrole", ordered("type", "string", "description", "The actor's role"));
        properties.put("ce_correlationid", ordered("type", "string",
                                                  "description", "The request that started the chain of events"));
        properties.put("ce_causationid", ordered("type", "string", "description", "The message that caused it"));
        properties.put("ce_reason", ordered("type", "string", "description", "Why, for corrections and overrides"));
        properties.put("ce_traceparent", ordered("type", "string",
                                                "description", "W3C trace context of the trace the event belongs to"));
        properties.put("ce_tracestate", ordered("type", "string", "description", "W3C trace state, where there is one"));
        Map<String, Object> headers = new LinkedHashMap<>();
        headers.put("type", "object");
        headers.put("required", List.of("ce_specversion", "ce_id", "ce_source", "ce_type", "ce_subject", "ce_time",
                                        "ce_dataschema", "content-type"));
        headers.put("properties", properties);
        return headers;
    }

    /** The schema's source file in its {@code *-events} module, where the document links to it. */
    static Path schemaPath(PublishedRevision revision, Path repositoryRoot) {
        String file = revision.javaType().getPackageName().replace('.', '/') + "/"
                + revision.javaType().getSimpleName() + ".v" + revision.revision() + ".schema.json";
        try (Stream<Path> modules = Files.walk(repositoryRoot, 2)) {
            return modules.filter(path -> path.getFileName().toString().endsWith("-events"))
                          .map(module -> module.resolve("src/main/resources").resolve(file))
                          .filter(Files::isRegularFile)
                          .findFirst()
                          .orElseThrow(() -> new IllegalStateException("No events module holds " + file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode read(PublishedRevision revision) {
        try {
            return JSON.readTree(revision.schema().orElseThrow());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static String camel(String dotted) {
        StringBuilder result = new StringBuilder();
        boolean upper = false;
        for (char c : dotted.toCharArray()) {
            if (c == '.' || c == '-') {
                upper = true;
            } else {
                result.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return result.toString();
    }
}
