package uk.police.hcir.systemtests.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.police.hcir.platform.eventcontract.EventContract;
import uk.police.hcir.platform.eventcontract.EventSchemas;
import uk.police.hcir.platform.eventcontract.EventTypeDescriptor;

/**
 * docs/events/asyncapi.yaml describes exactly what the services publish: every topic, and on it every published
 * event type and revision with its schema, and nothing more.
 */
class AsyncApiDocumentTest {

    private static final Path ROOT = Path.of(System.getProperty("hcir.repository.root", "..")).toAbsolutePath();
    private static final Path DOCUMENT = ROOT.resolve("docs/events/asyncapi.yaml");
    private static final ObjectMapper YAML = new ObjectMapper(
            new YAMLFactory().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                             .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                             .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                             .disable(YAMLGenerator.Feature.SPLIT_LINES));

    @Test
    void theAsyncApiDocumentListsEveryPublishedTypeAndRevisionAndNothingMore() throws IOException {
        JsonNode committed = YAML.readTree(DOCUMENT.toFile());

        Set<String> documented = new HashSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> channels = committed.path("channels").fields(); channels.hasNext();) {
            JsonNode channel = channels.next().getValue();
            for (Iterator<String> ids = channel.path("messages").fieldNames(); ids.hasNext();) {
                JsonNode message = committed.path("components").path("messages").path(ids.next());
                documented.add(channel.path("address").asText() + " " + message.path("name").asText() + " "
                                       + message.path("headers").path("properties")
                                                .path("ce_axonmessagerevision").path("const").asText());
            }
        }
        Set<String> published = new HashSet<>();
        for (EventContract contract : PublishedContracts.all()) {
            for (EventTypeDescriptor type : contract.eventTypes()) {
                EventSchemas.revisionsOf(type).forEach(revision -> published.add(
                        contract.topic() + " " + type.typeName() + " " + revision.revision()));
            }
        }
        assertThat(documented).isEqualTo(published);
    }

    @Test
    void theAsyncApiDocumentIsUpToDateWithTheContractsAndTheirSchemas() throws IOException {
        Map<String, Object> expected = AsyncApiDocument.describe(PublishedContracts.all(), DOCUMENT.getParent());
        Path regenerated = Path.of("target/asyncapi.yaml");
        YAML.writeValue(regenerated.toFile(), expected);

        assertThat(YAML.readTree(DOCUMENT.toFile()))
                .as("docs/events/asyncapi.yaml differs from what the contracts describe; review %s and copy it "
                            + "over the document", regenerated.toAbsolutePath())
                .isEqualTo(YAML.valueToTree(expected));
    }

    @Test
    void everySchemaTheDocumentReferencesExists() throws IOException {
        JsonNode committed = YAML.readTree(DOCUMENT.toFile());
        for (JsonNode message : committed.path("components").path("messages")) {
            Path schema = DOCUMENT.getParent().resolve(message.path("payload").path("schema").path("$ref").asText());
            assertThat(schema).as("schema of %s", message.path("name").asText()).isRegularFile();
            assertThat(Files.readString(schema)).contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\"");
        }
    }
}
