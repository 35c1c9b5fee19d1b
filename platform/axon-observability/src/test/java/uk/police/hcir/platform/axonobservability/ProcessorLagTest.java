package uk.police.hcir.platform.axonobservability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.apache.kafka.common.TopicPartition;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.extensions.kafka.eventhandling.consumer.streamable.KafkaTrackingToken;
import org.axonframework.messaging.StreamableMessageSource;
import org.junit.jupiter.api.Test;

class ProcessorLagTest {

    private final StreamableMessageSource<?> store = mock(StreamableMessageSource.class);
    private Optional<Map<TopicPartition, Long>> endOffsets = Optional.empty();
    private final ProcessorLag lag = new ProcessorLag(() -> store, () -> endOffsets, Duration.ZERO,
                                                      Clock.systemUTC());

    @Test
    void aProcessorOfTheOwnStoreIsAsFarBehindAsTheEventsStoredAfterItsSlowestSegment() {
        when(store.createHeadToken()).thenReturn(new GlobalSequenceTrackingToken(41));

        OptionalLong behind = lag.of(processorAt(new GlobalSequenceTrackingToken(40),
                                                 new GlobalSequenceTrackingToken(29)));

        assertThat(behind).hasValue(12);
    }

    @Test
    void aProcessorThatHasHandledNothingIsBehindByEveryStoredEvent() {
        when(store.createHeadToken()).thenReturn(new GlobalSequenceTrackingToken(9));

        assertThat(lag.of(processorAt((TrackingToken) null))).hasValue(10);
    }

    @Test
    void aReplayingProcessorIsMeasuredFromWhereItHasGotTo() {
        when(store.createHeadToken()).thenReturn(new GlobalSequenceTrackingToken(100));
        TrackingToken replaying = ReplayToken.createReplayToken(new GlobalSequenceTrackingToken(100),
                                                                new GlobalSequenceTrackingToken(60));

        assertThat(lag.of(processorAt(replaying))).hasValue(40);
    }

    @Test
    void aProcessorOfOtherServicesTopicsIsBehindByTheRecordsPublishedAfterItsPositionInEveryPartition() {
        TopicPartition first = new TopicPartition("hcir.intake.v1", 0);
        TopicPartition second = new TopicPartition("hcir.intake.v1", 1);
        TopicPartition untouched = new TopicPartition("hcir.intake.v1", 2);
        endOffsets = Optional.of(Map.of(first, 10L, second, 5L, untouched, 3L));

        OptionalLong behind = lag.of(processorAt(KafkaTrackingToken.newInstance(Map.of(first, 9L, second, 1L))));

        assertThat(behind).hasValue(0 + 3 + 3);
    }

    @Test
    void theLagIsUnknownWhenTheBrokerCannotSayWhereTheTopicsEnd() {
        endOffsets = Optional.empty();

        assertThat(lag.of(processorAt(KafkaTrackingToken.newInstance(Map.of())))).isEmpty();
    }

    @Test
    void theLagIsUnknownOnAnInstanceThatHoldsNoSegment() {
        assertThat(lag.of(processorAt())).isEmpty();
    }

    private static StreamingEventProcessor processorAt(TrackingToken... tokens) {
        StreamingEventProcessor processor = mock(StreamingEventProcessor.class);
        Map<Integer, EventTrackerStatus> statuses = new java.util.HashMap<>();
        for (int segment = 0; segment < tokens.length; segment++) {
            EventTrackerStatus status = mock(EventTrackerStatus.class);
            when(status.getTrackingToken()).thenReturn(tokens[segment]);
            statuses.put(segment, status);
        }
        when(processor.processingStatus()).thenReturn(statuses);
        return processor;
    }
}
