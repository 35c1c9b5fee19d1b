package uk.police.hcir.systemtests.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import uk.police.hcir.deploy.local.HcirService;
import uk.police.hcir.deploy.local.LocalStack;
import uk.police.hcir.intake.support.SampleReports;
import uk.police.hcir.examples.kafkaconsumer.HcirEvent;
import uk.police.hcir.examples.kafkaconsumer.HcirEventConsumer;
import uk.police.hcir.platform.eventcontract.EventSchemas;
import uk.police.hcir.platform.eventcontract.EventTypeDescriptor;
import uk.police.hcir.systemtests.support.HttpJson;
import uk.police.hcir.systemtests.support.RunningStack;

/**
 * An integration that has nothing but a Kafka client and a JSON parser reads a whole case from HCIR's topics:
 * every event is a CloudEvent with the attributes the contract promises, and its data is valid against the schema
 * its ce_dataschema names.
 */
@Timeout(value = 6, unit = java.util.concurrent.TimeUnit.MINUTES)
class PlainKafkaConsumerSystemTest {

    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    @Test
    void aPlainKafkaConsumerReadsACaseAsSchemaValidCloudEvents() throws IOException {
        LocalStack stack = RunningStack.get();
        String correlationId = UUID.randomUUID().toString();
        String caseId = HttpJson.post(stack.service(HcirService.INTAKE).baseUri().resolve("/api/online/reports"),
                                      SampleReports.json(SampleReports.online()),
                                      Map.of("X-Correlation-Id", correlationId))
                                .body().get("reportId").asText();

        List<HcirEvent> caseEvents = new ArrayList<>();
        try (HcirEventConsumer consumer = new HcirEventConsumer(stack.kafka().bootstrapServers(),
                                                                "system-test-" + UUID.randomUUID(),
                                                                HcirEventConsumer.TOPICS)) {
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                consumer.poll(Duration.ofMillis(500)).stream()
                        .filter(event -> caseId.equals(event.caseId()))
                        .forEach(caseEvents::add);
                return caseEvents.stream().map(HcirEvent::type).toList().containsAll(List.of(
                        "uk.police.hcir.intake.report-received", "uk.police.hcir.case.case-opened"));
            });
        }

        for (HcirEvent event : caseEvents) {
            assertThat(event.id()).isNotBlank();
            assertThat(event.source().toString()).startsWith("/hcir/");
            assertThat(event.time()).isNotNull();
            assertThat(event.extensions()).containsEntry("correlationid", correlationId).containsKey("actorid");
            assertThat(event.dataSchema()).isEqualTo(URI.create(
                    "https://schemas.hcir.police.uk/events/" + event.type() + "/" + event.revision()));
            assertThat(validate(event)).as("%s against %s", event.data(), event.dataSchema()).isEmpty();
        }
        assertThat(caseEvents).extracting(HcirEvent::topic)
                              .contains("hcir.intake.v1", "hcir.case.v1")
                              .isSubsetOf("hcir.intake.v1", "hcir.case.v1", "hcir.victim-contact.v1");
    }

    private static List<Error> validate(HcirEvent event) throws IOException {
        EventTypeDescriptor type = PublishedContracts.all().stream()
                                                     .flatMap(contract -> contract.eventTypes().stream())
                                                     .filter(t -> t.typeName().equals(event.type()))
                                                     .findFirst().orElseThrow();
        EventSchemas.PublishedRevision revision = EventSchemas.revisionsOf(type).stream()
                                                              .filter(r -> r.revision().equals(event.revision()))
                                                              .findFirst().orElseThrow();
        try (InputStream schema = revision.schema().orElseThrow().openStream()) {
            Schema compiled = SCHEMAS.getSchema(schema);
            return compiled.validate(event.data());
        }
    }
}
