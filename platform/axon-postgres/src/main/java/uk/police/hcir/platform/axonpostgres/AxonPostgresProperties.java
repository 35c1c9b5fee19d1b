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
 * @param balanceInterval   how often an instance checks it holds no more than its share of every processor's
 *                          segments; an instance not heard from for three intervals is taken to be gone
 */
@ConfigurationProperties("hcir.axon")
public record AxonPostgresProperties(
        Duration gapTimeout,
        Integer maxGapOffset,
        Integer readBatchSize,
        Integer processorBatchSize,
        Integer initialSegments,
        Duration balanceInterval) {

    public AxonPostgresProperties {
        gapTimeout = gapTimeout == null ? Duration.ofMinutes(5) : gapTimeout;
        maxGapOffset = maxGapOffset == null ? 10_000 : maxGapOffset;
        readBatchSize = readBatchSize == null ? 500 : readBatchSize;
        processorBatchSize = processorBatchSize == null ? 100 : processorBatchSize;
        initialSegments = initialSegments == null ? 4 : initialSegments;
        balanceInterval = balanceInterval == null ? Duration.ofSeconds(5) : balanceInterval;
    }
}
