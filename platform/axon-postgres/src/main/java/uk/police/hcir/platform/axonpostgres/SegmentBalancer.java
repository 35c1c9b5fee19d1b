package uk.police.hcir.platform.axonpostgres;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Shares each streaming processor's segments among the instances of a service that are alive. Axon lets the first
 * instance claim every segment; this has each instance write a heartbeat and, when it holds more than its fair share
 * (the segments divided by the live instances, rounded up), release the extra ones for a while so that another
 * instance claims them. When an instance dies its heartbeat stops, the others' fair share grows, and they claim its
 * segments once Axon's claims lapse. One instance alone keeps everything.
 */
public class SegmentBalancer implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(SegmentBalancer.class);

    private final EventProcessingConfiguration processing;
    private final TokenStore tokenStore;
    private final TransactionManager transactions;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration interval;
    private final String instanceId = UUID.randomUUID().toString();
    private ScheduledExecutorService scheduler;

    public SegmentBalancer(EventProcessingConfiguration processing, TokenStore tokenStore,
                           TransactionManager transactions, JdbcClient jdbc, Clock clock, Duration interval) {
        this.processing = processing;
        this.tokenStore = tokenStore;
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.clock = clock;
        this.interval = interval;
    }

    /** Writes this instance's heartbeat and releases what it holds beyond its share; returns the instances alive. */
    int balance() {
        jdbc.sql("""
                 INSERT INTO hcir_processor_instance (instance_id, seen_at) VALUES (?, ?)
                 ON CONFLICT (instance_id) DO UPDATE SET seen_at = EXCLUDED.seen_at""")
            .param(instanceId).param(Timestamp.from(clock.instant())).update();
        Timestamp aliveSince = Timestamp.from(clock.instant().minus(interval.multipliedBy(3)));
        jdbc.sql("DELETE FROM hcir_processor_instance WHERE seen_at < ?").param(aliveSince).update();
        int alive = Math.max(1, jdbc.sql("SELECT count(*) FROM hcir_processor_instance").query(Integer.class)
                                    .single());
        List<StreamingEventProcessor> processors = processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance).map(StreamingEventProcessor.class::cast).toList();
        for (StreamingEventProcessor processor : processors) {
            releaseBeyondShare(processor, alive);
        }
        return alive;
    }

    private void releaseBeyondShare(StreamingEventProcessor processor, int alive) {
        int segments = transactions.fetchInTransaction(() -> tokenStore.fetchSegments(processor.getName())).length;
        int share = (segments + alive - 1) / alive;
        List<Integer> claimed = processor.processingStatus().keySet().stream().sorted().toList();
        for (int extra = share; extra < claimed.size(); extra++) {
            int segment = claimed.get(extra);
            processor.releaseSegment(segment, interval.multipliedBy(2).toMillis(), TimeUnit.MILLISECONDS);
            LOG.debug("Released segment {} of {}: {} instances share {} segments", segment, processor.getName(),
                      alive, segments);
        }
    }

    @Override
    public void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "hcir-segment-balancer");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(() -> {
            try {
                balance();
            } catch (RuntimeException e) {
                LOG.warn("Could not balance segments this time: {}", e.getMessage());
            }
        }, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
        try {
            jdbc.sql("DELETE FROM hcir_processor_instance WHERE instance_id = ?").param(instanceId).update();
        } catch (RuntimeException e) {
            LOG.debug("Could not remove this instance's heartbeat; it lapses on its own: {}", e.getMessage());
        }
    }

    @Override
    public boolean isRunning() {
        return scheduler != null;
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 1;
    }
}
