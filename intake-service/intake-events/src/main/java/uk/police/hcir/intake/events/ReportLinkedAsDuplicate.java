package uk.police.hcir.intake.events;

/**
 * A report was found to be about the same incident as an earlier one and joined to it. Nothing is deleted: the
 * report stays, and its case joins the case of the report it duplicates.
 *
 * @param reportId          the later report
 * @param duplicateOf       the report it duplicates, whose case it joins
 * @param score             the duplicate score that put the pair in front of a reviewer, from 0 to 1
 * @param reason            why the reviewer linked them
 */
public record ReportLinkedAsDuplicate(String reportId, String duplicateOf, double score, String reason) {

    public static final String EVENT_TYPE = "uk.police.hcir.intake.report-linked-as-duplicate";
    public static final String REVISION = "1";
}
