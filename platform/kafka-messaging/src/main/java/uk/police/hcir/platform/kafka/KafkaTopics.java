package uk.police.hcir.platform.kafka;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes sure the topics a service writes and reads exist, with the partitions and retention the contract promises,
 * before any processor starts reading them.
 */
public class KafkaTopics {

    private static final Logger log = LoggerFactory.getLogger(KafkaTopics.class);

    private final Admin admin;
    private final KafkaMessagingProperties properties;

    public KafkaTopics(Admin admin, KafkaMessagingProperties properties) {
        this.admin = admin;
        this.properties = properties;
    }

    public void ensureExist(Collection<String> topics) {
        Instant giveUp = Instant.now().plus(properties.startupTimeout());
        for (String topic : topics.stream().distinct().toList()) {
            ensureExists(topic, giveUp);
        }
    }

    private void ensureExists(String topic, Instant giveUp) {
        NewTopic newTopic = new NewTopic(topic, properties.topicPartitions(), properties.topicReplicationFactor())
                .configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, retentionMillis(),
                                TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE));
        while (true) {
            try {
                admin.createTopics(List.of(newTopic)).all().get(10, TimeUnit.SECONDS);
                log.info("Created topic {} with {} partitions", topic, properties.topicPartitions());
                return;
            } catch (ExecutionException e) {
                if (e.getCause() instanceof TopicExistsException) {
                    return;
                }
                waitOrGiveUp(topic, giveUp, e.getCause());
            } catch (TimeoutException e) {
                waitOrGiveUp(topic, giveUp, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while creating topic " + topic, e);
            }
        }
    }

    private void waitOrGiveUp(String topic, Instant giveUp, Throwable cause) {
        if (Instant.now().isAfter(giveUp)) {
            throw new IllegalStateException("Could not make sure topic " + topic + " exists within "
                                                    + properties.startupTimeout(), cause);
        }
        log.warn("Kafka is not ready to create topic {} yet ({}); trying again", topic, cause.toString());
        try {
            Thread.sleep(Duration.ofSeconds(1).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating topic " + topic, e);
        }
    }

    private String retentionMillis() {
        Duration retention = properties.topicRetention();
        return retention.isZero() || retention.isNegative() ? "-1" : Long.toString(retention.toMillis());
    }
}
