package uk.police.hcir.examples.kafkaconsumer;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Iterator;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads HCIR's topics with a plain Kafka consumer: no Axon, no Spring, no schema registry. Each record is a
 * CloudEvent in binary mode; this turns it into an {@link HcirEvent}, drops any event already seen (HCIR delivers
 * at least once, so the same ce_id may arrive twice), and commits its position only after handing events over.
 *
 * <p>A real integration keeps the ids it has processed in its own store, in the same transaction as its effects;
 * this example keeps the most recent ones in memory.
 */
public final class HcirEventConsumer implements AutoCloseable {

    public static final List<String> TOPICS = List.of("hcir.intake.v1", "hcir.case.v1", "hcir.victim-contact.v1");

    private static final int REMEMBERED_IDS = 100_000;

    private final KafkaConsumer<String, byte[]> consumer;
    private final ObjectMapper json = new ObjectMapper();
    private final LinkedHashSet<String> seenIds = new LinkedHashSet<>();

    public HcirEventConsumer(String bootstrapServers, String groupId, Collection<String> topics) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        this.consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
        this.consumer.subscribe(topics);
    }

    /** The events that arrived within the timeout, each once, in the order of their partitions. */
    public List<HcirEvent> poll(Duration timeout) {
        List<HcirEvent> events = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : consumer.poll(timeout)) {
            HcirEvent event = toEvent(record);
            if (seenIds.add(event.id())) {
                events.add(event);
                if (seenIds.size() > REMEMBERED_IDS) {
                    Iterator<String> oldest = seenIds.iterator();
                    oldest.next();
                    oldest.remove();
                }
            }
        }
        consumer.commitSync();
        return events;
    }

    HcirEvent toEvent(ConsumerRecord<String, byte[]> record) {
        Map<String, String> attributes = new LinkedHashMap<>();
        for (Header header : record.headers()) {
            if (header.key().startsWith("ce_")) {
                attributes.put(header.key().substring(3), new String(header.value(), StandardCharsets.UTF_8));
            }
        }
        Map<String, String> extensions = new LinkedHashMap<>(attributes);
        List.of("specversion", "id", "source", "type", "subject", "time", "dataschema", "axonmessagerevision",
                "axonmessageaggregateid", "axonmessageaggregateseq", "axonmessageaggregatetype")
            .forEach(extensions::remove);
        try {
            return new HcirEvent(attributes.get("id"),
                                 attributes.get("type"),
                                 attributes.get("axonmessagerevision"),
                                 URI.create(attributes.get("source")),
                                 attributes.get("subject"),
                                 OffsetDateTime.parse(attributes.get("time")),
                                 attributes.containsKey("dataschema") ? URI.create(attributes.get("dataschema")) : null,
                                 extensions,
                                 json.readTree(record.value()),
                                 record.topic(),
                                 record.partition(),
                                 record.offset());
        } catch (IOException e) {
            throw new UncheckedIOException("Record " + record.topic() + "-" + record.partition() + "@"
                                                   + record.offset() + " is not JSON", e);
        }
    }

    @Override
    public void close() {
        consumer.close();
    }

    /** Prints every HCIR event as it arrives: {@code java ... HcirEventConsumer localhost:19092 my-integration}. */
    public static void main(String[] args) {
        String bootstrapServers = args.length > 0 ? args[0] : "localhost:19092";
        String groupId = args.length > 1 ? args[1] : "hcir-example-consumer";
        try (HcirEventConsumer consumer = new HcirEventConsumer(bootstrapServers, groupId, TOPICS)) {
            while (!Thread.currentThread().isInterrupted()) {
                for (HcirEvent event : consumer.poll(Duration.ofSeconds(1))) {
                    System.out.printf("%s case %s %s rev %s by %s: %s%n", event.time(), event.caseId(), event.type(),
                                      event.revision(), event.extensions().get("actorid"), event.data());
                }
            }
        }
    }
}
