package uk.police.hcir.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.extensions.kafka.eventhandling.consumer.streamable.KafkaTrackingToken;
import org.junit.jupiter.api.Test;

/**
 * How a pooled streaming processor re-opens its stream when it claims a segment again: at the lower bound of the
 * stream's position and the segment's stored token; then the segment skips every event its token covers.
 */
class InboundTopicsMessageSourceTest {

    private static final TopicPartition P0 = new TopicPartition("hcir.intake.v1", 0);
    private static final TopicPartition P4 = new TopicPartition("hcir.intake.v1", 4);
    private static final List<TopicPartition> PARTITIONS = List.of(P0, P4);

    @Test
    void aSegmentClaimedAgainGetsTheFirstRecordOfAPartitionItHadNotSeen() {
        KafkaTrackingToken stream = token(Map.of(P0, 9L, P4, 3L));
        KafkaTrackingToken stored = InboundTopicsMessageSource.naming(token(Map.of(P0, 5L)), PARTITIONS);

        TrackingToken reopenedAt = stream.lowerBound(stored);

        assertThat(firstOffsetReadOf(P4, reopenedAt)).isZero();
        assertThat(stored.covers(eventAt(reopenedAt, P4, 0))).as("the segment skips P4@0").isFalse();
    }

    @Test
    void withoutThePartitionNamedTheSegmentNeverGetsItsFirstRecord() {
        KafkaTrackingToken stream = token(Map.of(P0, 9L, P4, 3L));
        KafkaTrackingToken stored = token(Map.of(P0, 5L));

        TrackingToken reopenedAt = stream.lowerBound(stored);

        assertThat(firstOffsetReadOf(P4, reopenedAt)).as("the extension's lower bound, unaided").isOne();
    }

    @Test
    void namingKeepsEveryPositionAlreadyKnown() {
        KafkaTrackingToken named = InboundTopicsMessageSource.naming(token(Map.of(P0, 5L)), PARTITIONS);

        assertThat(named.getPositions()).containsExactlyInAnyOrderEntriesOf(Map.of(P0, 5L, P4, -1L));
        assertThat(InboundTopicsMessageSource.naming(named, PARTITIONS)).isSameAs(named);
    }

    /** Where a stream opened at the token starts reading a partition, as the extension seeks it. */
    private static long firstOffsetReadOf(TopicPartition partition, TrackingToken token) {
        Long position = ((KafkaTrackingToken) token).getPositions().get(partition);
        return position == null ? 0 : position + 1;
    }

    private static KafkaTrackingToken eventAt(TrackingToken streamStart, TopicPartition partition, long offset) {
        return ((KafkaTrackingToken) streamStart).advancedTo(partition.topic(), partition.partition(), offset);
    }

    private static KafkaTrackingToken token(Map<TopicPartition, Long> positions) {
        return KafkaTrackingToken.newInstance(positions);
    }
}
