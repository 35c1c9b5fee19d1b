package uk.police.hcir.reporting.support;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import uk.police.hcir.cases.events.CaseEventContract;
import uk.police.hcir.intake.events.IntakeEventContract;
import uk.police.hcir.platform.testsupport.kafka.UpstreamTopic;
import uk.police.hcir.victimcontact.events.VictimContactEventContract;

/** Publishes events as their producing services do: binary-mode CloudEvents keyed by case, on each service's topic. */
public final class EventTopics implements AutoCloseable {

    private final KafkaProducer<String, byte[]> producer;
    private final Map<String, Long> sequences = new java.util.HashMap<>();

    public EventTopics(String bootstrapServers) {
        this.producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                                                   ProducerConfig.LINGER_MS_CONFIG, "5"),
                                            new StringSerializer(), new ByteArraySerializer());
    }

    /** Publishes one event of a case at the given time, by the given actor, and returns its event id. */
    public String publish(String caseId, Record event, Instant at, String actorId, String actorRole, String reason) {
        String eventId = UUID.randomUUID().toString();
        send(caseId, event, at, actorId, actorRole, reason, eventId, true);
        return eventId;
    }

    public String publish(String caseId, Record event, Instant at) {
        return publish(caseId, event, at, "officer-1", "OFFICER", null);
    }

    /** Publishes without waiting for the broker's acknowledgement; {@link #flush()} waits for all. */
    public void publishAsync(String caseId, Record event, Instant at) {
        send(caseId, event, at, "officer-1", "OFFICER", null, UUID.randomUUID().toString(), false);
    }

    public void flush() {
        producer.flush();
    }

    private void send(String caseId, Record event, Instant at, String actorId, String actorRole, String reason,
                      String eventId, boolean waitForAck) {
        String topic;
        String source;
        String aggregateType;
        String pkg = event.getClass().getPackageName();
        if (pkg.equals(IntakeEventContract.class.getPackageName())) {
            topic = IntakeEventContract.TOPIC;
            source = IntakeEventContract.SOURCE;
            aggregateType = "Report";
        } else if (pkg.equals(CaseEventContract.class.getPackageName())) {
            topic = CaseEventContract.TOPIC;
            source = CaseEventContract.SOURCE;
            aggregateType = "Case";
        } else {
            topic = VictimContactEventContract.TOPIC;
            source = VictimContactEventContract.SOURCE;
            aggregateType = "VictimContact";
        }
        long seq = sequences.merge(topic + "/" + caseId, 1L, Long::sum) - 1;
        ProducerRecord<String, byte[]> record = UpstreamTopic.cloudEvent(
                topic, new UpstreamTopic.Envelope(source, aggregateType, caseId, at, seq,
                                                  UUID.randomUUID().toString(), eventId, actorId, actorRole, reason),
                event);
        try {
            var sent = producer.send(record);
            if (waitForAck) {
                sent.get();
            }
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
