package uk.police.hcir.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.extensions.kafka.eventhandling.consumer.streamable.KafkaTrackingToken;
import org.axonframework.messaging.StreamableMessageSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.police.hcir.platform.embedded.FreePorts;
import uk.police.hcir.platform.embedded.KafkaBroker;

class KafkaTopicsTest {

    private static final List<String> TOPICS = List.of("hcir.intake.v1", "hcir.case.v1");

    @Test
    void aServiceStartsWhileItsBrokerIsDownAndItsStreamsOpenOnceTheBrokerHasMadeTheTopics(@TempDir Path directory)
            throws Exception {
        int port = FreePorts.pick();
        KafkaMessagingProperties properties = new KafkaMessagingProperties(
                null, null, null, 3, null, null, null, Duration.ofSeconds(2), null);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + port,
                                               AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 1000));
             KafkaTopics topics = new KafkaTopics(admin, properties)) {
            Instant started = Instant.now();
            topics.ensureExist(TOPICS);

            assertThat(Duration.between(started, Instant.now())).isLessThan(Duration.ofSeconds(15));
            assertThat(topics.exist(TOPICS)).isFalse();
            OpenedStreams opened = new OpenedStreams();
            InboundTopicsMessageSource inbound = new InboundTopicsMessageSource(opened, topics, TOPICS);
            assertThatThrownBy(() -> inbound.openStream(null)).hasMessageContaining("not yet confirmed");
            assertThat(((KafkaTrackingToken) inbound.createTailToken()).getPositions())
                    .as("a first token, made without the broker").hasSize(6).containsValue(-1L);

            try (KafkaBroker broker = KafkaBroker.start(port, Files.createDirectories(directory.resolve("kafka")),
                                                        directory.resolve("kafka.log"))) {
                await().atMost(Duration.ofSeconds(60)).until(() -> topics.exist(TOPICS));
                // A broker that has just made its topics may not yet describe them; the processor retries the same.
                await().atMost(Duration.ofSeconds(60)).ignoreExceptions().untilAsserted(() -> inbound.openStream(null));
                assertThat(opened.from).as("the token the stream opened at").isEqualTo(inbound.createTailToken());
                assertThat(((KafkaTrackingToken) opened.from).getPositions())
                        .as("nothing read of any of the six partitions").hasSize(6).containsValue(-1L)
                        .doesNotContainValue(0L);
                await().atMost(Duration.ofSeconds(30)).untilAsserted(
                        () -> assertThat(admin.listTopics().names().get()).containsAll(Set.copyOf(TOPICS)));
            }
        }
    }

    private static final class OpenedStreams implements StreamableMessageSource<TrackedEventMessage<?>> {

        private TrackingToken from;

        @Override
        public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken trackingToken) {
            from = trackingToken;
            return null;
        }
    }
}
