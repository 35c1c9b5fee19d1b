package uk.police.hcir.reporting.audit.query;

import java.util.List;

/** A case's full history across every service, in the order reporting received it: the order of its hash chain. */
public record AuditTrail(String caseId, List<AuditEntry> entries) {
}
