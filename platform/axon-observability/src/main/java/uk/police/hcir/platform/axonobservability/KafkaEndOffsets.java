package uk.police.hcir.platform.axonobservability;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The offset the next record will get in every partition of the topics a service streams, as the broker says. */
final class KafkaEndOffsets {

    private static final Logger log = LoggerFactory.getLogger(KafkaEndOffsets.class);
    private static final long TIMEOUT_SECONDS = 3;

    private final Admin admin;
    private final List<String> topics;
    private final Cached<Optional<Map<TopicPartition, Long>>> current;

    KafkaEndOffsets(Admin admin, List<String> topics, Duration maxAge, Clock clock) {
        this.admin = admin;
        this.topics = List.copyOf(topics);
        this.current = new Cached<>(this::ask, maxAge, clock);
    }

    Optional<Map<TopicPartition, Long>> current() {
        return current.get();
    }

    private Optional<Map<TopicPartition, Long>> ask() {
        if (topics.isEmpty()) {
            return Optional.empty();
        }
        try {
            Map<String, TopicDescription> descriptions =
                    admin.describeTopics(topics).allTopicNames().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            descriptions.values().forEach(topic -> topic.partitions().forEach(
                    partition -> latest.put(new TopicPartition(topic.name(), partition.partition()),
                                            OffsetSpec.latest())));
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> offsets =
                    admin.listOffsets(latest).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            Map<TopicPartition, Long> ends = new HashMap<>();
            offsets.forEach((partition, info) -> ends.put(partition, info.offset()));
            return Optional.of(ends);
        } catch (ExecutionException | TimeoutException e) {
            log.debug("Could not read the end offsets of {}: {}", topics, e.toString());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
