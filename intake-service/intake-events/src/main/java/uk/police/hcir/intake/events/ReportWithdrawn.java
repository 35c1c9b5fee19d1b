package uk.police.hcir.intake.events;

/**
 * The reporter withdrew a report. The report and everything recorded about it stay; the withdrawal is a new fact.
 *
 * @param reportId the report
 * @param reason   why it was withdrawn
 */
public record ReportWithdrawn(String reportId, String reason) {

    public static final String EVENT_TYPE = "uk.police.hcir.intake.report-withdrawn";
    public static final String REVISION = "1";
}
