package uk.police.hcir.reporting.integrity;

import java.time.Instant;
import java.util.List;

/**
 * A Merkle root over the head of every case's chain at one moment. Kept outside the system, it lets a later verify
 * prove that no case's history up to then has changed since.
 */
public record Checkpoint(String checkpointId, Instant takenAt, String merkleRoot, int caseCount, long eventCount,
                         List<ChainHeadAt> cases) {

    /** One case's chain as it stood at the checkpoint: its length and the hash of its last link. */
    public record ChainHeadAt(String caseId, int lastSeq, String chainHash) {
    }
}
