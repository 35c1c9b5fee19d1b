package uk.police.hcir.intake.report.upcasting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;
import uk.police.hcir.intake.events.IntakeEventContract;
import uk.police.hcir.intake.events.ReportReceived;
import uk.police.hcir.platform.eventcontract.ContractRevisionResolver;
import uk.police.hcir.platform.eventcontract.EventContract;
import uk.police.hcir.platform.eventcontract.EventContractAutoConfiguration;
import uk.police.hcir.platform.eventcontract.EventTypeRegistry;
import org.axonframework.serialization.Serializer;

class ReportReceivedRevision1UpcasterTest {

    private static final ObjectMapper JSON = EventContractAutoConfiguration.eventObjectMapper();

    private final EventTypeRegistry registry = new EventTypeRegistry(List.of(EventContract.producedHere(
            IntakeEventContract.TOPIC, IntakeEventContract.SOURCE, IntakeEventContract.EVENT_TYPES)));
    private final Serializer serializer = new EventContractAutoConfiguration().serializer(
            registry, new ContractRevisionResolver(registry));

    @Test
    void theApprovedRevision1FormIsReadAsTheGoldenRevision2Form() throws IOException {
        JsonNode upcast = upcast(resource(ReportReceived.class, "ReportReceived.v1.example.json"));

        assertThat(upcast).isEqualTo(JSON.readTree(resource(getClass(), "/golden/ReportReceived.v1-read-as-v2.json")));
        try (InputStream schema = ReportReceived.class.getResourceAsStream("ReportReceived.v2.schema.json")) {
            assertThat(SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(schema)
                                     .validate(upcast)).isEmpty();
        }
    }

    @Test
    void aStoredRevision1EventIsReadBackAsAReportWhosePerceptionQuestionWasNotAsked() throws IOException {
        IntermediateEventRepresentation stored = new InitialEventRepresentation(new GenericDomainEventEntry<>(
                "Report", "8b2f4d6e-1c3a-4e5f-9a7b-0c1d2e3f4a5b", 0, "event-1", Instant.parse("2026-11-02T10:15:30Z"),
                ReportReceived.EVENT_TYPE, "1", resource(ReportReceived.class, "ReportReceived.v1.example.json"),
                "{}".getBytes(StandardCharsets.UTF_8)), serializer);

        IntermediateEventRepresentation read = new ReportReceivedRevision1Upcaster().upcast(Stream.of(stored))
                                                                                    .findFirst().orElseThrow();
        ReportReceived report = serializer.deserialize(read.getData());

        assertThat(read.getType()).isEqualTo(new SimpleSerializedType(ReportReceived.EVENT_TYPE, "2"));
        assertThat(report.reference()).isEqualTo("HC-2026-000042");
        assertThat(report.perception().asked()).isEqualTo("NOT_ASKED");
        assertThat(report.perception().notAskedReason()).isEqualTo(ReportReceivedRevision1Upcaster.NOT_ASKED_REASON);
        assertThat(report.consent().referralToSupport()).isFalse();
    }

    @Test
    void revision2IsLeftAlone() {
        IntermediateEventRepresentation current = new InitialEventRepresentation(new GenericDomainEventEntry<>(
                "Report", "r", 0, "event-2", Instant.now(), ReportReceived.EVENT_TYPE, "2", new byte[0], new byte[0]),
                serializer);

        assertThat(new ReportReceivedRevision1Upcaster().canUpcast(current)).isFalse();
    }

    private static JsonNode upcast(byte[] revision1) throws IOException {
        return ReportReceivedRevision1Upcaster.toRevision2(JSON.readTree(revision1));
    }

    private static byte[] resource(Class<?> anchor, String name) throws IOException {
        try (InputStream in = anchor.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }
}
