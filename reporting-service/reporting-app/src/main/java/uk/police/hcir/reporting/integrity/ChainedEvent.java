package uk.police.hcir.reporting.integrity;

import java.time.Instant;

/**
 * What one link of a case's hash chain covers: the event's payload exactly as stored, and the metadata that says
 * what it is, who did it, when and why.
 */
public record ChainedEvent(String eventId,
                           String caseId,
                           String sourceService,
                           String eventType,
                           String revision,
                           Instant occurredAt,
                           String actorId,
                           String actorRole,
                           String correlationId,
                           String causationId,
                           String reason,
                           String storedPayload) {
}
