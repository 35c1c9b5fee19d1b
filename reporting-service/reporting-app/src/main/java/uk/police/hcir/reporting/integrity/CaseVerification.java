package uk.police.hcir.reporting.integrity;

/**
 * The outcome of checking one case's hash chain from its first event.
 *
 * @param caseId          the case
 * @param intact          whether every link holds
 * @param eventsChecked   how many links were checked
 * @param headHash        the chain hash of the last link as recomputed, when intact
 * @param firstBrokenLink the first link that does not hold, when not intact
 */
public record CaseVerification(String caseId, boolean intact, int eventsChecked, String headHash,
                               BrokenLink firstBrokenLink) {

    /**
     * @param seq               the link's position in the case's chain, from 1
     * @param eventId           the event at that position, where there is one
     * @param problem           ENTRY_ALTERED (the stored event no longer hashes to its link), LINK_ALTERED (the
     *                          stored chain hash is not the hash of the previous link and this entry), LINK_MISSING
     *                          (a position is missing), PAYLOAD_COPY_DIFFERS (the queryable copy of the payload
     *                          differs from the stored bytes), HEAD_MISMATCH (the chain's recorded end is not its
     *                          last link) or CHECKPOINT_MISMATCH (the chain at a checkpoint's position differs)
     * @param expectedChainHash the chain hash recomputed from the stored bytes
     * @param storedChainHash   the chain hash stored for that position
     */
    public record BrokenLink(int seq, String eventId, String problem, String expectedChainHash,
                             String storedChainHash) {
    }
}
