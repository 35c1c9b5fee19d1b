package uk.police.hcir.platform.axonpostgres;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Tuning of the event store and of the streaming processors every service runs.
 *
 * @param gapTimeout        how long a processor waits for a transaction holding a lower global index to commit
 *                          before it stops looking for that event
 * @param maxGapOffset      how far behind the newest event a gap is still tracked
 * @param readBatchSize     events read from the store per query
 * @param processorBatchSize events a streaming processor handles in one transaction
 * @param initialSegments   segments a new streaming processor is split into, the most instances that can share it
 */
@ConfigurationProperties("hcir.axon")
public record AxonPostgresProperties(
        Duration gapTimeout,
        Integer maxGapOffset,
        Integer readBatchSize,
        Integer processorBatchSize,
        Integer initialSegments) {

    public AxonPostgresProperties {
        gapTimeout = gapTimeout == null ? Duration.ofMinutes(5) : gapTimeout;
        maxGapOffset = maxGapOffset == null ? 10_000 : maxGapOffset;
        readBatchSize = readBatchSize == null ? 500 : readBatchSize;
        processorBatchSize = processorBatchSize == null ? 100 : processorBatchSize;
        initialSegments = initialSegments == null ? 4 : initialSegments;
    }
}
