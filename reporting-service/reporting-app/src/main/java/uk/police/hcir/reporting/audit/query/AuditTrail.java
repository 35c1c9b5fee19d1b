package uk.police.hcir.reporting.audit.query;

import java.util.List;

/** A case's full history across every service, oldest first. */
public record AuditTrail(String caseId, List<AuditEntry> entries) {
}
