package uk.police.hcir.intake.report.query;

import java.time.Instant;

/** What a reporting centre may see of a report it submitted: where it stands, not what the police did with it. */
public record PartnerReportStatus(String centreReference, String reference, Instant receivedAt, String status) {
}
