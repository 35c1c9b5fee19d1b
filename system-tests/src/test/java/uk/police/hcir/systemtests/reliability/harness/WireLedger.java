package uk.police.hcir.systemtests.reliability.harness;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * What is on the topics between the services, read with nothing but a Kafka client: per topic, how many records,
 * how many distinct events ({@code ce_id}) and the end offset of each partition. Redelivered records are allowed
 * on the wire (publishing is at least once); their effects must not be.
 *
 * @param topics     what each topic holds
 * @param endOffsets the next offset of every partition, as {@code topic-partition}
 */
public record WireLedger(Map<String, TopicCount> topics, Map<String, Long> endOffsets) {

    public static final List<String> TOPICS = List.of("hcir.intake.v1", "hcir.case.v1", "hcir.victim-contact.v1");

    /** Records on one topic, and how many of them carry an event already on the topic. */
    public record TopicCount(long records, long distinctEvents) {

        public long redelivered() {
            return records - distinctEvents;
        }
    }

    public static WireLedger read(String bootstrapServers) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000,
                ConsumerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000,
                ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000);
        try (KafkaConsumer<byte[], byte[]> consumer =
                     new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = TOPICS.stream()
                                                    .flatMap(topic -> consumer.partitionsFor(topic).stream())
                                                    .map(info -> new TopicPartition(info.topic(), info.partition()))
                                                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);

            Map<String, Long> records = new HashMap<>();
            Map<String, Set<String>> events = new HashMap<>();
            Instant giveUp = Instant.now().plus(Duration.ofSeconds(60));
            while (!partitions.stream().allMatch(p -> consumer.position(p) >= ends.get(p))) {
                if (Instant.now().isAfter(giveUp)) {
                    throw new IllegalStateException("Could not read the topics to their end within a minute");
                }
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.offset() >= ends.get(new TopicPartition(record.topic(), record.partition()))) {
                        continue;
                    }
                    records.merge(record.topic(), 1L, Long::sum);
                    Header id = record.headers().lastHeader("ce_id");
                    events.computeIfAbsent(record.topic(), t -> new HashSet<>())
                          .add(id == null ? record.topic() + "@" + record.partition() + ":" + record.offset()
                                          : new String(id.value(), StandardCharsets.UTF_8));
                }
            }
            Map<String, TopicCount> topics = new TreeMap<>();
            for (String topic : TOPICS) {
                topics.put(topic, new TopicCount(records.getOrDefault(topic, 0L),
                                                 events.getOrDefault(topic, Set.of()).size()));
            }
            Map<String, Long> endOffsets = new TreeMap<>();
            ends.forEach((partition, offset) -> endOffsets.put(partition.topic() + "-" + partition.partition(), offset));
            return new WireLedger(topics, endOffsets);
        }
    }

    public long redelivered() {
        return topics.values().stream().mapToLong(TopicCount::redelivered).sum();
    }
}
