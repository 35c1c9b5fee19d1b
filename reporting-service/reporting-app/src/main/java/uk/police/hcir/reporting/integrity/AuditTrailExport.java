package uk.police.hcir.reporting.integrity;

import java.time.Instant;
import java.util.List;

/**
 * A case's full audit trail as exported for an auditor: every event in chain order with the exact stored payload
 * and its chain hashes, and the outcome of verifying the chain when it was exported. Anyone can recompute the
 * chain from this document alone with {@link ChainHashing}'s published rules.
 */
public record AuditTrailExport(String caseId, Instant exportedAt, String hashAlgorithm, String chainRule,
                               CaseVerification verification, List<Link> events) {

    public record Link(int seq, String eventId, String eventType, String revision, String sourceService,
                       Instant occurredAt, String actorId, String actorRole, String correlationId,
                       String causationId, String reason, String storedPayload, String entryHash,
                       String chainHash) {
    }
}
