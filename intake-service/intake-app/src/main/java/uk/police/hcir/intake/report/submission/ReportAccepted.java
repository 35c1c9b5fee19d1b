package uk.police.hcir.intake.report.submission;

/** What the reporter is told at once: the report's id and the reference to quote. */
public record ReportAccepted(String reportId, String reference) {
}
