package uk.police.hcir.platform.kafka;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.extensions.kafka.eventhandling.consumer.streamable.KafkaTrackingToken;
import org.axonframework.messaging.StreamableMessageSource;

/**
 * The inbound topics as a pooled streaming processor reads them, guarding against two ways the Kafka extension
 * loses records.
 *
 * <p>Every token names every partition, with -1 for one nothing has been read of. The extension's
 * {@code KafkaTrackingToken.lowerBound} takes a partition a token does not name as offset 0, that is as if its first
 * record had been handled. When a segment is claimed again (after a failed batch, a restart, a database outage) the
 * processor re-opens its stream at the lower bound of its tokens, so a segment whose token did not name a partition
 * yet never got that partition's first record. Tokens that name every partition from the start never meet that
 * default.
 *
 * <p>No stream is opened until the broker has confirmed every topic: a stream opened on a topic that does not exist
 * yet would be assigned no partition of it. Refused, the processor tries again later, as when the broker is away.
 */
final class InboundTopicsMessageSource implements StreamableMessageSource<TrackedEventMessage<?>> {

    private final StreamableMessageSource<TrackedEventMessage<?>> delegate;
    private final KafkaTopics topics;
    private final List<String> reads;

    InboundTopicsMessageSource(StreamableMessageSource<TrackedEventMessage<?>> delegate, KafkaTopics topics,
                               List<String> reads) {
        this.delegate = delegate;
        this.topics = topics;
        this.reads = List.copyOf(reads);
    }

    @Override
    public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken trackingToken) {
        if (!topics.exist(reads)) {
            throw new IllegalStateException("Kafka has not yet confirmed topics " + topics.missing()
                                                    + "; the stream will be opened once it has");
        }
        return delegate.openStream(naming(KafkaTrackingToken.from(trackingToken), every()));
    }

    /**
     * Nothing read of any partition the topics are made with. Asked for when a processor starts for the first time,
     * on the thread that starts the service, so it does not wait for the broker; a partition beyond those is named
     * when the stream opens.
     */
    @Override
    public TrackingToken createTailToken() {
        return naming(KafkaTrackingToken.emptyToken(), topics.configuredPartitionsOf(reads));
    }

    @Override
    public TrackingToken createHeadToken() {
        return naming(KafkaTrackingToken.from(delegate.createHeadToken()), every());
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return naming(KafkaTrackingToken.from(delegate.createTokenAt(dateTime)), every());
    }

    @Override
    public TrackingToken createTokenSince(Duration duration) {
        return createTokenAt(Instant.now().minus(duration));
    }

    /** The token, naming each of the partitions it does not name yet at -1: nothing read of it. */
    static KafkaTrackingToken naming(KafkaTrackingToken token, List<TopicPartition> partitions) {
        Map<TopicPartition, Long> positions = new HashMap<>(token.getPositions());
        partitions.forEach(partition -> positions.putIfAbsent(partition, -1L));
        return positions.size() == token.getPositions().size() ? token : KafkaTrackingToken.newInstance(positions);
    }

    private List<TopicPartition> every() {
        return topics.partitionsOf(reads);
    }
}
