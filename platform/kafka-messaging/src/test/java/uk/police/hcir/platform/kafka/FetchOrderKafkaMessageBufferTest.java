package uk.police.hcir.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.record.TimestampType;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.extensions.kafka.eventhandling.KafkaMessageConverter;
import org.axonframework.extensions.kafka.eventhandling.consumer.streamable.Buffer;
import org.axonframework.extensions.kafka.eventhandling.consumer.streamable.KafkaEventMessage;
import org.axonframework.extensions.kafka.eventhandling.consumer.streamable.KafkaTrackingToken;
import org.axonframework.extensions.kafka.eventhandling.consumer.streamable.SortedKafkaMessageBuffer;
import org.axonframework.extensions.kafka.eventhandling.consumer.streamable.TrackingRecordConverter;
import org.junit.jupiter.api.Test;

class FetchOrderKafkaMessageBufferTest {

    private static final String TOPIC = "hcir.intake.v1";

    @Test
    void noRecordReachesTheProcessorWithATokenCoveredByTheOneBeforeItWhateverTheTimestamps() throws Exception {
        Random random = new Random(20261129);
        for (int round = 0; round < 50; round++) {
            List<KafkaEventMessage> fetched = fetchedWithShuffledTimestamps(random, 60);
            Buffer<KafkaEventMessage> buffer = new FetchOrderKafkaMessageBuffer<>(1000);
            buffer.putAll(fetched);

            assertThat(skippedByAPooledProcessor(drain(buffer))).as("records a processor would skip").isEmpty();
        }
    }

    @Test
    void timestampOrderAcrossPartitionsHidesRecordsFromTheProcessor() throws Exception {
        List<KafkaEventMessage> fetched = fetchedWithShuffledTimestamps(new Random(7), 60);
        Buffer<KafkaEventMessage> buffer = new SortedKafkaMessageBuffer<>(1000);
        buffer.putAll(fetched);

        assertThat(skippedByAPooledProcessor(drain(buffer)))
                .as("the extension's sorted buffer, which this one replaces").isNotEmpty();
    }

    @Test
    void eachPartitionKeepsItsOrder() throws Exception {
        List<KafkaEventMessage> fetched = fetchedWithShuffledTimestamps(new Random(11), 60);
        Buffer<KafkaEventMessage> buffer = new FetchOrderKafkaMessageBuffer<>(1000);
        buffer.putAll(fetched);

        Map<Integer, Long> lastOffset = new LinkedHashMap<>();
        for (KafkaEventMessage message : drain(buffer)) {
            assertThat(message.offset()).isGreaterThan(lastOffset.getOrDefault(message.partition(), -1L));
            lastOffset.put(message.partition(), message.offset());
        }
    }

    @Test
    void aFullBufferMakesTheFetcherWaitAndAnEmptyOneReportsTheFetchersFailure() throws Exception {
        FetchOrderKafkaMessageBuffer<String> buffer = new FetchOrderKafkaMessageBuffer<>(2);
        buffer.put("a");
        buffer.put("b");
        assertThat(buffer.remainingCapacity()).isZero();

        Thread fetcher = new Thread(() -> {
            try {
                buffer.put("c");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        fetcher.start();
        fetcher.join(200);
        assertThat(fetcher.isAlive()).as("blocked while the buffer is full").isTrue();

        assertThat(buffer.take()).isEqualTo("a");
        fetcher.join(5000);
        assertThat(buffer.poll(1, TimeUnit.SECONDS)).isEqualTo("b");
        assertThat(buffer.poll(1, TimeUnit.SECONDS)).isEqualTo("c");
        assertThat(buffer.poll(10, TimeUnit.MILLISECONDS)).isNull();

        buffer.setException(new IllegalStateException("broker gone"));
        assertThatThrownBy(() -> buffer.poll(1, TimeUnit.SECONDS)).hasMessage("broker gone");
        assertThatThrownBy(buffer::peek).hasMessage("broker gone");
    }

    /** What the fetcher hands the buffer: records of six partitions, each carrying the token of all fetched so far. */
    private static List<KafkaEventMessage> fetchedWithShuffledTimestamps(Random random, int count) {
        Map<TopicPartition, List<ConsumerRecord<String, String>>> polled = new LinkedHashMap<>();
        long[] nextOffset = new long[6];
        long now = 1_800_000_000_000L;
        for (int i = 0; i < count; i++) {
            int partition = random.nextInt(6);
            long timestamp = now + random.nextInt(2000);
            polled.computeIfAbsent(new TopicPartition(TOPIC, partition), p -> new ArrayList<>())
                  .add(new ConsumerRecord<>(TOPIC, partition, nextOffset[partition]++, timestamp,
                                            TimestampType.CREATE_TIME, 0, 0, "case-" + i, "event-" + i,
                                            new org.apache.kafka.common.header.internals.RecordHeaders(),
                                            Optional.empty()));
        }
        TrackingRecordConverter<String, String> converter =
                new TrackingRecordConverter<>(new PlainConverter(), KafkaTrackingToken.emptyToken());
        return converter.convert(new ConsumerRecords<>(polled));
    }

    private static List<KafkaEventMessage> drain(Buffer<KafkaEventMessage> buffer) throws InterruptedException {
        List<KafkaEventMessage> delivered = new ArrayList<>();
        while (!buffer.isEmpty()) {
            delivered.add(buffer.take());
        }
        return delivered;
    }

    /** The rule of Axon's pooled streaming processor: an event whose token the last delivered one covers is skipped. */
    private static List<KafkaEventMessage> skippedByAPooledProcessor(List<KafkaEventMessage> delivered) {
        List<KafkaEventMessage> skipped = new ArrayList<>();
        TrackingToken lastDelivered = null;
        for (KafkaEventMessage message : delivered) {
            TrackingToken token = message.value().trackingToken();
            if (lastDelivered != null && lastDelivered.covers(token)) {
                skipped.add(message);
            } else {
                lastDelivered = token;
            }
        }
        return skipped;
    }

    private static final class PlainConverter implements KafkaMessageConverter<String, String> {

        @Override
        public ProducerRecord<String, String> createKafkaMessage(EventMessage<?> eventMessage, String topic) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<EventMessage<?>> readKafkaMessage(ConsumerRecord<String, String> consumerRecord) {
            return Optional.of(GenericEventMessage.asEventMessage(consumerRecord.value()));
        }
    }
}
