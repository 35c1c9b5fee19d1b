package uk.police.hcir.cases.events;

/**
 * The case's outcome, as a Home Office outcome type.
 *
 * @param caseId            the case
 * @param outcomeType       the Home Office outcome type number, 1 to 22
 * @param victimViewsSealed the victim's views on the outcome, sealed; required for a community resolution
 */
public record OutcomeRecorded(String caseId, int outcomeType, String victimViewsSealed) {

    public static final String EVENT_TYPE = "uk.police.hcir.case.outcome-recorded";
    public static final String REVISION = "1";
}
