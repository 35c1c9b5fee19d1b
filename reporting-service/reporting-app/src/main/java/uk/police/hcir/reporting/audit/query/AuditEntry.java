package uk.police.hcir.reporting.audit.query;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * One fact in a case's history: what happened, which service recorded it, who did it and in which role, when,
 * under which request (correlation id), because of which earlier message (causation id), and why where a reason
 * was given.
 */
public record AuditEntry(String eventId,
                         String eventType,
                         String revision,
                         String sourceService,
                         Instant occurredAt,
                         String actorId,
                         String actorRole,
                         String correlationId,
                         String causationId,
                         String reason,
                         JsonNode data) {
}
