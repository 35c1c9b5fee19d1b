package uk.police.hcir.cases.events;

/**
 * A further report of the same incident joined the case, and its own case was merged into this one.
 *
 * @param caseId          the case the report joined
 * @param reportId        the report, whose own case is merged into this one
 * @param reportReference that report's reference
 */
public record ReportJoinedCase(String caseId, String reportId, String reportReference) {

    public static final String EVENT_TYPE = "uk.police.hcir.case.report-joined-case";
    public static final String REVISION = "1";
}
