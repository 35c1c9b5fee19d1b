package uk.police.hcir.reporting.integrity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Takes a checkpoint over every chain now and then (hourly by default), for export to a store outside HCIR. */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "hcir.reporting.integrity.checkpoints.enabled", havingValue = "true",
                       matchIfMissing = true)
class CheckpointSchedule {

    private static final Logger log = LoggerFactory.getLogger(CheckpointSchedule.class);
    private final HashChainVerifier verifier;

    CheckpointSchedule(HashChainVerifier verifier) {
        this.verifier = verifier;
    }

    @Scheduled(initialDelayString = "${hcir.reporting.integrity.checkpoints.interval:PT1H}",
               fixedDelayString = "${hcir.reporting.integrity.checkpoints.interval:PT1H}")
    void takeCheckpoint() {
        Checkpoint checkpoint = verifier.takeCheckpoint();
        log.info("Integrity checkpoint {}: Merkle root {} over {} cases and {} events", checkpoint.checkpointId(),
                 checkpoint.merkleRoot(), checkpoint.caseCount(), checkpoint.eventCount());
    }
}
