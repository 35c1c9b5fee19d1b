package uk.police.hcir.platform.kafka;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.CreateTopicsOptions;
import org.apache.kafka.clients.admin.DescribeTopicsOptions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes sure the topics a service writes and reads exist, with the partitions and retention the contract promises.
 *
 * <p>Start-up waits for them a short while only. A service whose broker is down still starts: what it publishes
 * waits in its event store, and its inbound processors do not open their streams ({@link #exist(Collection)})
 * until the broker has confirmed every topic they read, which is tried again in the background until it succeeds.
 */
public class KafkaTopics implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(KafkaTopics.class);
    private static final Duration ATTEMPT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration RETRY_INTERVAL = Duration.ofSeconds(5);

    private final Admin admin;
    private final KafkaMessagingProperties properties;
    private final Set<String> wanted = ConcurrentHashMap.newKeySet();
    private final Set<String> confirmed = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "hcir-kafka-topics");
        thread.setDaemon(true);
        return thread;
    });

    public KafkaTopics(Admin admin, KafkaMessagingProperties properties) {
        this.admin = admin;
        this.properties = properties;
    }

    /**
     * Creates the topics that do not exist yet, waiting up to {@code hcir.messaging.startup-timeout} for the broker.
     * Topics not confirmed by then are left to the background, and the service starts without them.
     */
    public void ensureExist(Collection<String> topics) {
        wanted.addAll(topics);
        Instant giveUp = Instant.now().plus(properties.startupTimeout());
        while (!attempt()) {
            if (Instant.now().isAfter(giveUp)) {
                log.warn("Kafka has not confirmed topics {} within {}; starting without them and trying again "
                                 + "every {} s", missing(), properties.startupTimeout(), RETRY_INTERVAL.toSeconds());
                retries.schedule(this::retryUntilConfirmed, RETRY_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
                return;
            }
            pause(Duration.ofMillis(500));
        }
    }

    /** Whether the broker has confirmed that every one of these topics exists. */
    public boolean exist(Collection<String> topics) {
        return confirmed.containsAll(topics);
    }

    /** The partitions of these topics as this service makes them, without asking the broker. */
    public List<TopicPartition> configuredPartitionsOf(Collection<String> topics) {
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : topics) {
            for (int partition = 0; partition < properties.topicPartitions(); partition++) {
                partitions.add(new TopicPartition(topic, partition));
            }
        }
        return partitions;
    }

    /** Every partition of these topics, as the broker describes them now. */
    public List<TopicPartition> partitionsOf(Collection<String> topics) {
        try {
            Map<String, TopicDescription> described = admin.describeTopics(
                            topics, new DescribeTopicsOptions().timeoutMs((int) ATTEMPT_TIMEOUT.toMillis()))
                    .allTopicNames().get(ATTEMPT_TIMEOUT.toMillis() + 1000, TimeUnit.MILLISECONDS);
            List<TopicPartition> partitions = new ArrayList<>();
            described.values().forEach(topic -> topic.partitions().forEach(
                    partition -> partitions.add(new TopicPartition(topic.name(), partition.partition()))));
            return partitions;
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Kafka could not describe topics " + topics, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while describing topics " + topics, e);
        }
    }

    public Set<String> missing() {
        Set<String> missing = new LinkedHashSet<>(wanted);
        missing.removeAll(confirmed);
        return missing;
    }

    @Override
    public void close() {
        retries.shutdownNow();
    }

    private void retryUntilConfirmed() {
        if (attempt()) {
            log.info("Kafka has confirmed topics {}", wanted);
            return;
        }
        if (!retries.isShutdown()) {
            retries.schedule(this::retryUntilConfirmed, RETRY_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private boolean attempt() {
        for (String topic : missing()) {
            try {
                admin.createTopics(List.of(newTopic(topic)),
                                   new CreateTopicsOptions().timeoutMs((int) ATTEMPT_TIMEOUT.toMillis()))
                     .all().get(ATTEMPT_TIMEOUT.toMillis() + 1000, TimeUnit.MILLISECONDS);
                log.info("Created topic {} with {} partitions", topic, properties.topicPartitions());
                confirmed.add(topic);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    log.debug("Could not make sure topic {} exists: {}", topic, e.getCause().toString());
                    return false;
                }
                confirmed.add(topic);
            } catch (TimeoutException e) {
                log.debug("Kafka did not answer about topic {} within {}", topic, ATTEMPT_TIMEOUT);
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return missing().isEmpty();
    }

    private NewTopic newTopic(String topic) {
        return new NewTopic(topic, properties.topicPartitions(), properties.topicReplicationFactor())
                .configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, retentionMillis(),
                                TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE));
    }

    private String retentionMillis() {
        Duration retention = properties.topicRetention();
        return retention.isZero() || retention.isNegative() ? "-1" : Long.toString(retention.toMillis());
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
