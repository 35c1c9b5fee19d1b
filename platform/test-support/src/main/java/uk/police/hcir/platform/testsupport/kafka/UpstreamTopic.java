package uk.police.hcir.platform.testsupport.kafka;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import uk.police.hcir.platform.eventcontract.EventContractAutoConfiguration;
import uk.police.hcir.platform.eventcontract.EventTypeDescriptor;

/**
 * Publishes another service's events on its topic exactly as that service does (binary-mode CloudEvents keyed by
 * aggregate, with the audit extensions), so a consuming service can be tested without the producer running.
 */
public class UpstreamTopic implements AutoCloseable {

    private final KafkaProducer<String, byte[]> producer;
    private final String topic;
    private final String source;
    private final String aggregateType;

    public UpstreamTopic(String bootstrapServers, String topic, String source, String aggregateType) {
        this.producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers),
                                            new StringSerializer(), new ByteArraySerializer());
        this.topic = topic;
        this.source = source;
        this.aggregateType = aggregateType;
    }

    /** Sends one event as the given actor and returns its id. */
    public String send(String key, Record event, String correlationId, String actorId, String actorRole) {
        String eventId = UUID.randomUUID().toString();
        send(key, event, correlationId, eventId, actorId, actorRole);
        return eventId;
    }

    public void send(String key, Record event, String correlationId, String eventId, String actorId,
                     String actorRole) {
        ProducerRecord<String, byte[]> record = cloudEvent(
                topic, new Envelope(source, aggregateType, key, Instant.now(), 0, correlationId, eventId, actorId,
                                    actorRole, null), event);
        try {
            producer.send(record).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What a producing service puts around an event: the CloudEvents attributes and the audit extensions. */
    public record Envelope(String source, String aggregateType, String key, Instant time, long sequence,
                           String correlationId, String eventId, String actorId, String actorRole, String reason) {
    }

    /** The Kafka record a producing service publishes for an event: binary-mode CloudEvent keyed by aggregate. */
    public static ProducerRecord<String, byte[]> cloudEvent(String topic, Envelope envelope, Record event) {
        EventTypeDescriptor type = EventTypeDescriptor.of(event.getClass());
        byte[] data;
        try {
            data = EventContractAutoConfiguration.eventObjectMapper().writeValueAsBytes(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, envelope.key(), data);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("ce_specversion", "1.0");
        headers.put("ce_id", envelope.eventId());
        headers.put("ce_source", envelope.source());
        headers.put("ce_type", type.typeName());
        headers.put("ce_subject", envelope.key());
        headers.put("ce_time", envelope.time().toString());
        headers.put("ce_axonmessagerevision", type.revision());
        headers.put("ce_axonmessageaggregateid", envelope.key());
        headers.put("ce_axonmessageaggregatetype", envelope.aggregateType());
        headers.put("ce_axonmessageaggregateseq", Long.toString(envelope.sequence()));
        headers.put("ce_correlationid", envelope.correlationId());
        headers.put("ce_actorid", envelope.actorId());
        headers.put("ce_actorrole", envelope.actorRole());
        if (envelope.reason() != null) {
            headers.put("ce_reason", envelope.reason());
        }
        headers.put("content-type", "application/json");
        headers.forEach((name, value) -> record.headers().add(
                new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8))));
        return record;
    }

    @Override
    public void close() {
        producer.close();
    }
}
