package uk.police.hcir.reporting.audit.query;

public record FindAuditTrailQuery(String caseId) {
}
