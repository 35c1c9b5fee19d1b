package uk.police.hcir.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudevents.CloudEvent;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.junit.jupiter.api.Test;
import uk.police.hcir.platform.eventcontract.ContractRevisionResolver;
import uk.police.hcir.platform.eventcontract.EventContract;
import uk.police.hcir.platform.eventcontract.EventContractAutoConfiguration;
import uk.police.hcir.platform.eventcontract.EventTypeRegistry;

class ContractCloudEventConverterTest {

    record FlagsCorrected(String caseId, List<String> strands) {
        public static final String EVENT_TYPE = "uk.police.hcir.test.flags-corrected";
        public static final String REVISION = "2";
    }

    private final EventTypeRegistry registry = new EventTypeRegistry(List.of(
            EventContract.producedHere("hcir.test.v1", "/hcir/test-service", List.of(FlagsCorrected.class))));
    private final ContractCloudEventConverter converter = new ContractCloudEventConverter(
            new EventContractAutoConfiguration().serializer(registry, new ContractRevisionResolver(registry)),
            EventUpcasterChain::new,
            registry,
            new KafkaMessagingProperties(null, null, URI.create("http://localhost:8082/events/schemas"),
                                         null, null, null, null, null, null));

    private final DomainEventMessage<FlagsCorrected> event = new GenericDomainEventMessage<>(
            "Case", "case-42", 7, new FlagsCorrected("case-42", List.of("RACE", "RELIGION")),
            MetaData.from(Map.of("actorId", "pc-1234", "actorRole", "OFFICER", "correlationId", "corr-0001",
                                 "causationId", "cmd-9", "reason", "strand missed at first",
                                 "someInternalKey", "must not travel")),
            "event-123", Instant.parse("2026-11-02T10:15:30Z"));

    @Test
    void aContractEventBecomesACloudEventKeyedAndSubjectedByItsCase() {
        ProducerRecord<String, CloudEvent> record = converter.createKafkaMessage(event, "hcir.test.v1");
        CloudEvent cloudEvent = record.value();

        assertThat(record.key()).isEqualTo("case-42");
        assertThat(cloudEvent.getId()).isEqualTo("event-123");
        assertThat(cloudEvent.getType()).isEqualTo("uk.police.hcir.test.flags-corrected");
        assertThat(cloudEvent.getSource()).isEqualTo(URI.create("/hcir/test-service"));
        assertThat(cloudEvent.getSubject()).isEqualTo("case-42");
        assertThat(cloudEvent.getDataContentType()).isEqualTo("application/json");
        assertThat(cloudEvent.getDataSchema()).isEqualTo(
                URI.create("http://localhost:8082/events/schemas/uk.police.hcir.test.flags-corrected/2"));
        assertThat(cloudEvent.getTime()).isEqualTo(Instant.parse("2026-11-02T10:15:30Z").atOffset(
                java.time.ZoneOffset.UTC));
        assertThat(new String(cloudEvent.getData().toBytes(), StandardCharsets.UTF_8))
                .isEqualTo("{\"caseId\":\"case-42\",\"strands\":[\"RACE\",\"RELIGION\"]}");
        assertThat(cloudEvent.getExtension("actorid")).isEqualTo("pc-1234");
        assertThat(cloudEvent.getExtension("actorrole")).isEqualTo("OFFICER");
        assertThat(cloudEvent.getExtension("correlationid")).isEqualTo("corr-0001");
        assertThat(cloudEvent.getExtension("causationid")).isEqualTo("cmd-9");
        assertThat(cloudEvent.getExtension("reason")).isEqualTo("strand missed at first");
        assertThat(cloudEvent.getExtensionNames()).noneMatch(name -> name.toLowerCase().contains("internal"));
    }

    @Test
    void aConsumerReadsTheSameEventAndAuditMetadataBack() {
        CloudEvent cloudEvent = converter.createKafkaMessage(event, "hcir.test.v1").value();
        ConsumerRecord<String, CloudEvent> received = new ConsumerRecord<>("hcir.test.v1", 3, 99L, "case-42",
                                                                           cloudEvent);

        EventMessage<?> read = converter.readKafkaMessage(received).orElseThrow();

        assertThat(read.getIdentifier()).isEqualTo("event-123");
        assertThat(read.getPayload()).isEqualTo(new FlagsCorrected("case-42", List.of("RACE", "RELIGION")));
        assertThat(read).isInstanceOf(DomainEventMessage.class);
        assertThat(((DomainEventMessage<?>) read).getAggregateIdentifier()).isEqualTo("case-42");
        assertThat(read.getMetaData()).containsEntry("actorId", "pc-1234")
                                      .containsEntry("correlationId", "corr-0001")
                                      .containsEntry("reason", "strand missed at first");
    }

    @Test
    void theTraceContextTravelsAsTheCloudEventsTracingExtensionAndComesBackAsMetadata() {
        String traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        EventMessage<?> traced = event.andMetaData(Map.of("traceparent", traceparent, "tracestate", "hcir=1"));

        CloudEvent cloudEvent = converter.createKafkaMessage(traced, "hcir.test.v1").value();
        EventMessage<?> read = converter.readKafkaMessage(
                new ConsumerRecord<>("hcir.test.v1", 0, 1L, "case-42", cloudEvent)).orElseThrow();

        assertThat(cloudEvent.getExtension("traceparent")).isEqualTo(traceparent);
        assertThat(cloudEvent.getExtension("tracestate")).isEqualTo("hcir=1");
        assertThat(read.getMetaData()).containsEntry("traceparent", traceparent)
                                      .containsEntry("tracestate", "hcir=1");
    }
}
