package uk.police.hcir.platform.axonobservability;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;
import org.apache.kafka.common.TopicPartition;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.extensions.kafka.eventhandling.consumer.streamable.KafkaTrackingToken;
import org.axonframework.messaging.StreamableMessageSource;

/**
 * How many events a streaming processor still has to handle, on the segments this instance holds: for a processor
 * of the service's own event store, the events stored after its position; for one that streams other services'
 * topics, the records published after its position in every partition. Empty when this instance holds no segment
 * of the processor, or the head of its source cannot be read just now.
 */
public final class ProcessorLag {

    private final Cached<OptionalLong> localHead;
    private final Supplier<Optional<Map<TopicPartition, Long>>> kafkaEndOffsets;

    /**
     * @param localStore      the service's own event store
     * @param kafkaEndOffsets the next offset of every partition of the topics the service streams, when known
     */
    ProcessorLag(Supplier<? extends StreamableMessageSource<?>> localStore,
                 Supplier<Optional<Map<TopicPartition, Long>>> kafkaEndOffsets, Duration maxAge, Clock clock) {
        this.localHead = new Cached<>(() -> headOf(localStore), maxAge, clock);
        this.kafkaEndOffsets = kafkaEndOffsets;
    }

    public OptionalLong of(StreamingEventProcessor processor) {
        long worst = -1;
        for (EventTrackerStatus status : processor.processingStatus().values()) {
            OptionalLong lag = lagOf(WrappedToken.unwrapLowerBound(status.getTrackingToken()));
            if (lag.isEmpty()) {
                return OptionalLong.empty();
            }
            worst = Math.max(worst, lag.getAsLong());
        }
        return worst < 0 ? OptionalLong.empty() : OptionalLong.of(worst);
    }

    private OptionalLong lagOf(TrackingToken token) {
        if (token instanceof KafkaTrackingToken kafkaToken) {
            return kafkaLag(kafkaToken.getPositions());
        }
        OptionalLong head = localHead.get();
        if (head.isEmpty()) {
            return OptionalLong.empty();
        }
        if (token == null) {
            return OptionalLong.of(head.getAsLong() + 1);
        }
        OptionalLong position = token.position();
        return position.isPresent()
                ? OptionalLong.of(Math.max(0, head.getAsLong() - position.getAsLong()))
                : OptionalLong.empty();
    }

    private OptionalLong kafkaLag(Map<TopicPartition, Long> consumed) {
        Optional<Map<TopicPartition, Long>> ends = kafkaEndOffsets.get();
        if (ends.isEmpty()) {
            return OptionalLong.empty();
        }
        long behind = 0;
        for (Map.Entry<TopicPartition, Long> end : ends.get().entrySet()) {
            long next = consumed.getOrDefault(end.getKey(), -1L) + 1;
            behind += Math.max(0, end.getValue() - next);
        }
        return OptionalLong.of(behind);
    }

    private static OptionalLong headOf(Supplier<? extends StreamableMessageSource<?>> store) {
        try {
            TrackingToken head = store.get().createHeadToken();
            return head == null ? OptionalLong.of(-1) : head.position();
        } catch (RuntimeException e) {
            return OptionalLong.empty();
        }
    }
}
