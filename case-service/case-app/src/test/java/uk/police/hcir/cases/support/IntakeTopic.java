package uk.police.hcir.cases.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import uk.police.hcir.intake.events.IntakeEventContract;
import uk.police.hcir.intake.events.ReportLinkedAsDuplicate;
import uk.police.hcir.intake.events.ReportReceived;
import uk.police.hcir.platform.eventcontract.EventContractAutoConfiguration;
import uk.police.hcir.platform.eventcontract.EventTypeDescriptor;

/** Publishes intake's events on hcir.intake.v1 as intake does: binary-mode CloudEvents keyed by case. */
public final class IntakeTopic implements AutoCloseable {

    private final KafkaProducer<String, byte[]> producer;

    public IntakeTopic(String bootstrapServers) {
        this.producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers),
                                            new StringSerializer(), new ByteArraySerializer());
    }

    public static ReportReceived report(String reportId, String reference, String victim, String location,
                                        Instant receivedAt, List<String> strands) {
        return new ReportReceived(
                reportId, reference, "CONTROL_ROOM", receivedAt, "VICTIM",
                new ReportReceived.Incident(receivedAt.minusSeconds(3600), receivedAt.minusSeconds(3000), "Lakenham",
                                            location, null, null, null, false),
                new ReportReceived.Perception("ASKED", null, !strands.isEmpty(), strands.isEmpty() ? List.of()
                        : List.of("VICTIM"), strands, null),
                victim == null ? null : new ReportReceived.Victim(victim, false, "ADULT", false, null, null),
                0, List.of(), new ReportReceived.Consent("CONSENTS_TO_CONTACT", true), null, null);
    }

    public void publish(ReportReceived report, String correlationId) {
        send(report.reportId(), report, correlationId, UUID.randomUUID().toString());
    }

    public void publish(ReportLinkedAsDuplicate link) {
        send(link.reportId(), link, UUID.randomUUID().toString(), UUID.randomUUID().toString());
    }

    public void send(String key, Record event, String correlationId, String eventId) {
        EventTypeDescriptor type = EventTypeDescriptor.of(event.getClass());
        byte[] data;
        try {
            data = EventContractAutoConfiguration.eventObjectMapper().writeValueAsBytes(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(IntakeEventContract.TOPIC, key, data);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("ce_specversion", "1.0");
        headers.put("ce_id", eventId);
        headers.put("ce_source", IntakeEventContract.SOURCE);
        headers.put("ce_type", type.typeName());
        headers.put("ce_subject", key);
        headers.put("ce_time", Instant.now().toString());
        headers.put("ce_axonmessagerevision", type.revision());
        headers.put("ce_axonmessageaggregateid", key);
        headers.put("ce_axonmessageaggregatetype", "Report");
        headers.put("ce_axonmessageaggregateseq", "0");
        headers.put("ce_correlationid", correlationId);
        headers.put("ce_actorid", "ch-1001");
        headers.put("ce_actorrole", "CALL_HANDLER");
        headers.put("content-type", "application/json");
        headers.forEach((name, value) -> record.headers().add(
                new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8))));
        try {
            producer.send(record).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
