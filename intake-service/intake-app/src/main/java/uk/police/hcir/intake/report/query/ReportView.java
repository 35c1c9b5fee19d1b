package uk.police.hcir.intake.report.query;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * A report as an officer reads it: everything that was reported, with personal data opened for the reader, or
 * shown as "[erased]" where the person it is about has been erased.
 */
public record ReportView(String reportId,
                         String reference,
                         String channel,
                         Instant receivedAt,
                         String status,
                         String linkedTo,
                         String withdrawalReason,
                         JsonNode report) {
}
