package uk.police.hcir.reporting.integrity;

import java.util.List;

/**
 * The outcome of checking today's stored history against a checkpoint taken earlier.
 *
 * @param checkpointId       the checkpoint checked against
 * @param merkleRootMatches  whether the checkpoint's cases still give its Merkle root (a checkpoint edited after
 *                           export does not)
 * @param intact             whether the root matches and every case's chain still reaches the checkpoint's head
 * @param casesChecked       how many cases were checked
 * @param brokenCases        the cases whose history differs, each with its first broken link
 */
public record CheckpointVerification(String checkpointId, boolean merkleRootMatches, boolean intact,
                                     int casesChecked, List<CaseVerification> brokenCases) {
}
