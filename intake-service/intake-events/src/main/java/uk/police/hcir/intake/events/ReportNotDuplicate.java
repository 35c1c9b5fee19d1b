package uk.police.hcir.intake.events;

/**
 * A reviewer decided that two reports that looked alike are about different incidents.
 *
 * @param reportId  the later report
 * @param candidate the earlier report it was compared with
 * @param score     the duplicate score of the pair, from 0 to 1
 * @param reason    why the reviewer kept them apart
 */
public record ReportNotDuplicate(String reportId, String candidate, double score, String reason) {

    public static final String EVENT_TYPE = "uk.police.hcir.intake.report-not-duplicate";
    public static final String REVISION = "1";
}
