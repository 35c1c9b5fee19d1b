package uk.police.hcir.cases.summary.query;

import java.time.Instant;

public record CaseSummary(String caseId, String reportReference, String status, Instant openedAt) {
}
